import type { Database as SqlJsDatabase, SqlJsStatic, Statement } from 'sql.js';

/** A value of a bulk-inserted row. */
export type BulkValue = string | number | null | Uint8Array;

/** The C functions sql.js's module exposes (for its own use) that a bulk insert calls directly. */
interface SqliteExports {
  _malloc(bytes: number): number;
  _free(ptr: number): void;
  writeArrayToMemory(array: Uint8Array, ptr: number): void;
  UTF8ToString(ptr: number): string;
  _sqlite3_sql(stmt: number): number;
  _sqlite3_bind_text(stmt: number, index: number, ptr: number, bytes: number, destructor: number): number;
  _sqlite3_bind_blob(stmt: number, index: number, ptr: number, bytes: number, destructor: number): number;
  _sqlite3_bind_int(stmt: number, index: number, value: number): number;
  _sqlite3_bind_double(stmt: number, index: number, value: number): number;
  _sqlite3_clear_bindings(stmt: number): number;
  _sqlite3_step(stmt: number): number;
  _sqlite3_reset(stmt: number): number;
  _sqlite3_changes(db: number): number;
  _sqlite3_errmsg(db: number): number;
}

const NEEDED: (keyof SqliteExports)[] = [
  '_malloc',
  '_free',
  'writeArrayToMemory',
  'UTF8ToString',
  '_sqlite3_sql',
  '_sqlite3_bind_text',
  '_sqlite3_bind_blob',
  '_sqlite3_bind_int',
  '_sqlite3_bind_double',
  '_sqlite3_clear_bindings',
  '_sqlite3_step',
  '_sqlite3_reset',
  '_sqlite3_changes',
  '_sqlite3_errmsg',
];

const SQLITE_DONE = 101;
/** SQLITE_STATIC: SQLite uses the bytes where they are (they outlive the row's step). */
const STATIC = 0;
/** Rows whose text is written into SQLite's memory at once. */
const CHUNK_ROWS = 4096;
const INT32_MAX = 2 ** 31 - 1;

function exportsOf(SQL: SqlJsStatic | undefined): SqliteExports | null {
  if (!SQL) return null;
  const m = SQL as unknown as Record<string, unknown>;
  return NEEDED.every((k) => typeof m[k] === 'function') ? (SQL as unknown as SqliteExports) : null;
}

/** The statement's and the connection's C handles: found, not assumed (sql.js minifies its fields). */
function handlesOf(
  c: SqliteExports,
  raw: SqlJsDatabase,
  stmt: Statement,
  sql: string,
): { stmt: number; db: number } | null {
  const db = (raw as unknown as { db?: unknown }).db;
  if (typeof db !== 'number' || db === 0) return null;
  for (const value of Object.values(stmt as unknown as Record<string, unknown>)) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 4096) continue;
    if (c.UTF8ToString(c._sqlite3_sql(value)) === sql) return { stmt: value, db };
  }
  return null;
}

/**
 * Runs one INSERT for many rows and returns, per row, how many rows it changed (0 when `ON
 * CONFLICT DO NOTHING` skipped it). sql.js binds each value through JavaScript (its UTF-8 length,
 * a malloc, a copy, a free): at 30 values a row that was most of a 100k-row import. Here the text
 * of a few thousand rows is written into SQLite's memory in one piece and each value is bound
 * where it lies, by SQLite's own functions. Falls back to sql.js's statement where its module does
 * not expose them.
 */
export function insertRows(
  SQL: SqlJsStatic | undefined,
  raw: SqlJsDatabase,
  sql: string,
  count: number,
  rowAt: (i: number) => readonly BulkValue[],
  /** Called after each few thousand rows with how many are in. */
  onRows: (done: number) => void = () => undefined,
): Uint8Array {
  const changes = new Uint8Array(count);
  const stmt = raw.prepare(sql);
  try {
    const c = exportsOf(SQL);
    const h = c ? handlesOf(c, raw, stmt, sql) : null;
    if (!c || !h) {
      for (let i = 0; i < count; i++) {
        stmt.run(rowAt(i) as (string | number | null | Uint8Array)[]);
        changes[i] = raw.getRowsModified();
      }
      onRows(count);
      return changes;
    }
    let buffer: Buffer = Buffer.alloc(1 << 20);
    for (let from = 0; from < count; from += CHUNK_ROWS) {
      const to = Math.min(count, from + CHUNK_ROWS);
      const rows: (readonly BulkValue[])[] = [];
      // Where each text or blob value of the chunk starts and how long it is, in bytes.
      const spans: number[] = [];
      let used = 0;
      for (let i = from; i < to; i++) {
        const row = rowAt(i);
        rows.push(row);
        for (const v of row) {
          if (typeof v === 'string') {
            const max = v.length * 3;
            if (used + max > buffer.length) buffer = grow(buffer, used + max);
            const n = buffer.write(v, used, 'utf8');
            spans.push(used, n);
            used += n;
          } else if (v instanceof Uint8Array) {
            if (used + v.length > buffer.length) buffer = grow(buffer, used + v.length);
            buffer.set(v, used);
            spans.push(used, v.length);
            used += v.length;
          }
        }
      }
      const base = c._malloc(Math.max(1, used));
      if (base === 0) throw new Error('out of memory for a bulk insert');
      try {
        c.writeArrayToMemory(buffer.subarray(0, used), base);
        let span = 0;
        for (let r = 0; r < rows.length; r++) {
          const row = rows[r]!;
          c._sqlite3_clear_bindings(h.stmt);
          for (let j = 0; j < row.length; j++) {
            const v = row[j];
            if (v === null || v === undefined) continue;
            if (typeof v === 'number') {
              if (Number.isInteger(v) && Math.abs(v) <= INT32_MAX) c._sqlite3_bind_int(h.stmt, j + 1, v);
              else c._sqlite3_bind_double(h.stmt, j + 1, v);
            } else {
              const at = base + spans[span++]!;
              const bytes = spans[span++]!;
              if (typeof v === 'string') c._sqlite3_bind_text(h.stmt, j + 1, at, bytes, STATIC);
              else c._sqlite3_bind_blob(h.stmt, j + 1, at, bytes, STATIC);
            }
          }
          const rc = c._sqlite3_step(h.stmt);
          if (rc !== SQLITE_DONE) {
            const message = c.UTF8ToString(c._sqlite3_errmsg(h.db));
            c._sqlite3_reset(h.stmt);
            throw new Error(message);
          }
          changes[from + r] = c._sqlite3_changes(h.db);
          c._sqlite3_reset(h.stmt);
        }
      } finally {
        c._sqlite3_clear_bindings(h.stmt);
        c._free(base);
      }
      onRows(to);
    }
    return changes;
  } finally {
    stmt.free();
  }
}

function grow(buffer: Buffer, needed: number): Buffer {
  const next = Buffer.alloc(Math.max(needed, buffer.length * 2));
  buffer.copy(next);
  return next;
}
