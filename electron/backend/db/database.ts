import type { Database as SqlJsDatabase, SqlJsStatic, SqlValue, Statement } from 'sql.js';
import { insertRows, type BulkValue } from './bulk-insert';

export type Params = Record<string, SqlValue> | SqlValue[];
export type Row = Record<string, SqlValue>;
/** A statement as run; `null` params mark a multi-statement `exec`. */
export type CapturedStatement = [sql: string, params: Params | null];

/** A batch that has run more statements than this is saved whole (a checkpoint), not journaled. */
export const BULK_STATEMENTS = 20_000;

/**
 * Connection settings. The database lives in sql.js's in-memory file system, and durability comes
 * from the store's journal and checkpoints, never from SQLite's own files: so SQLite's rollback
 * journal and temporary files are kept in memory (written to the in-memory file they cost a copy
 * of every changed page, twice), and the page cache is large enough that a 100k-row import does not
 * spill pages into the file mid-transaction. Rollback and savepoints work the same.
 */
const PRAGMAS = `PRAGMA foreign_keys = ON; PRAGMA journal_mode = MEMORY; PRAGMA temp_store = MEMORY;
  PRAGMA cache_size = -131072;`;

/**
 * A thin synchronous wrapper over one sql.js database: the only place SQL is executed. While a
 * write batch is open, every changing statement is captured so the store can append it to the
 * journal; replaying the journal must give the same result, so statements take their values from
 * parameters (ids, times) and never from `random()` or `'now'` inside SQL.
 *
 * A batch that grows past `bulkStatements` statements (a large import) stops capturing: the store
 * then makes it durable by writing the whole database instead, which for such a batch is both
 * smaller and faster than journaling every statement (and holding them all in memory meanwhile).
 */
export class Database {
  private inTransaction = false;
  private captured: CapturedStatement[] | null = null;
  private bulk = false;
  private savepoints = 0;

  constructor(
    private raw: SqlJsDatabase,
    private readonly bulkStatements: number = BULK_STATEMENTS,
    /** sql.js's module, for `insertRows`; without it those rows go through sql.js's statements. */
    private readonly sqlite?: SqlJsStatic,
  ) {
    raw.exec(PRAGMAS);
  }

  /**
   * Takes over `other`'s database (the same data opened again, e.g. with room to grow, or read back
   * from disk) and closes its own: everyone holding this object keeps working. `other` is spent.
   */
  adopt(other: Database): void {
    if (this.inTransaction || other.inTransaction) throw new Error('a transaction is open');
    const previous = this.raw;
    this.raw = other.raw;
    previous.close();
  }

  /** Statements above which a write batch is made durable by a checkpoint instead of the journal. */
  get bulkStatementLimit(): number {
    return this.bulkStatements;
  }

  private capture(statement: CapturedStatement): void {
    const captured = this.captured;
    if (captured === null || this.bulk) return;
    captured.push(statement);
    if (captured.length > this.bulkStatements) {
      this.bulk = true;
      captured.length = 0;
    }
  }

  all<T = Row>(sql: string, params: Params = []): T[] {
    const stmt = this.raw.prepare(sql);
    try {
      stmt.bind(params);
      const rows: T[] = [];
      while (stmt.step()) rows.push(stmt.getAsObject() as T);
      return rows;
    } finally {
      stmt.free();
    }
  }

  get<T = Row>(sql: string, params: Params = []): T | undefined {
    return this.all<T>(sql, params)[0];
  }

  run(sql: string, params: Params = []): void {
    this.raw.run(sql, params);
    this.capture([sql, params]);
  }

  exec(sql: string): void {
    this.raw.exec(sql);
    this.capture([sql, null]);
  }

  /** A statement prepared once and run many times (bulk inserts); each run is captured like `run`. */
  prepare(sql: string): PreparedWrite {
    return new PreparedWrite(this.raw.prepare(sql), sql, (params) => this.capture([sql, params]));
  }

  /**
   * Runs one INSERT for `count` rows (see bulk-insert.ts) and returns per row how many rows it
   * changed. For large batches only: the open batch becomes bulk (saved by a checkpoint), as these
   * rows are not captured for the journal.
   */
  insertRows(
    sql: string,
    count: number,
    rowAt: (i: number) => readonly BulkValue[],
    onRows?: (done: number) => void,
  ): Uint8Array {
    if (this.captured && !this.bulk) {
      this.bulk = true;
      this.captured.length = 0;
    }
    return insertRows(this.sqlite, this.raw, sql, count, rowAt, onRows);
  }

  /** Rows changed by the last INSERT, UPDATE or DELETE (0 when `ON CONFLICT DO NOTHING` skipped it). */
  changes(): number {
    return this.raw.getRowsModified();
  }

  /** Runs `fn` in one transaction: all of it is committed, or none of it. Inside a batch it is part of it. */
  transaction<T>(fn: () => T): T {
    if (this.inTransaction) return fn();
    this.raw.exec('BEGIN IMMEDIATE');
    this.inTransaction = true;
    try {
      const result = fn();
      this.raw.exec('COMMIT');
      return result;
    } catch (err) {
      this.raw.exec('ROLLBACK');
      throw err;
    } finally {
      this.inTransaction = false;
    }
  }

  /** Opens a write batch: one transaction holding several changes, each in its own savepoint. */
  beginBatch(): void {
    if (this.inTransaction) throw new Error('a transaction is already open');
    this.raw.exec('BEGIN IMMEDIATE');
    this.inTransaction = true;
    this.captured = [];
    this.bulk = false;
  }

  /**
   * Whether the open batch has outgrown the journal: its statements were not kept, and it must be
   * made durable by writing the whole database.
   */
  get bulkBatch(): boolean {
    if (!this.captured) throw new Error('no write batch is open');
    return this.bulk;
  }

  /** Runs one change of the batch: if it throws, only its own statements are undone. */
  inSavepoint<T>(fn: () => T): T {
    if (!this.captured) throw new Error('no write batch is open');
    const name = `change_${++this.savepoints}`;
    const mark = this.captured.length;
    this.raw.exec(`SAVEPOINT ${name}`);
    try {
      const result = fn();
      this.raw.exec(`RELEASE ${name}`);
      return result;
    } catch (err) {
      this.raw.exec(`ROLLBACK TO ${name}`);
      this.raw.exec(`RELEASE ${name}`);
      // Once bulk, the batch stays bulk: what was captured before it is gone, and it costs only speed.
      if (!this.bulk) this.captured.length = mark;
      throw err;
    }
  }

  /** The statements the open batch has run so far. */
  capturedStatements(): CapturedStatement[] {
    if (!this.captured) throw new Error('no write batch is open');
    if (this.bulk) throw new Error('a bulk batch keeps no statements');
    return this.captured;
  }

  /** Runs a statement inside the batch without capturing it (the journal's own bookkeeping). */
  runUncaptured(sql: string, params: Params = []): void {
    this.raw.run(sql, params);
  }

  endBatch(commit: boolean): void {
    if (!this.captured) throw new Error('no write batch is open');
    try {
      this.raw.exec(commit ? 'COMMIT' : 'ROLLBACK');
    } finally {
      this.captured = null;
      this.bulk = false;
      this.inTransaction = false;
    }
  }

  /** Applies statements captured earlier (journal replay), in the caller's transaction. */
  replay(statements: readonly CapturedStatement[]): void {
    for (const [sql, params] of statements) {
      if (params === null) this.raw.exec(sql);
      else this.raw.run(sql, params);
    }
  }

  get transactionOpen(): boolean {
    return this.inTransaction;
  }

  userVersion(): number {
    return Number(this.get<{ user_version: number }>('PRAGMA user_version')?.user_version ?? 0);
  }

  setUserVersion(version: number): void {
    this.raw.exec(`PRAGMA user_version = ${Math.trunc(version)}`);
  }

  /** `ok` when the file is sound; otherwise SQLite's list of problems. */
  quickCheck(): string {
    const rows = this.all<{ quick_check: string }>('PRAGMA quick_check');
    return rows.map((r) => r.quick_check).join('; ');
  }

  export(): Uint8Array {
    if (this.inTransaction) throw new Error('refusing to export while a transaction is open');
    return this.raw.export();
  }

  close(): void {
    this.raw.close();
  }
}

export class PreparedWrite {
  constructor(
    private readonly stmt: Statement,
    readonly sql: string,
    private readonly onRun: (params: Params) => void,
  ) {}

  run(params: Params): void {
    this.stmt.run(params);
    this.onRun(params);
  }

  free(): void {
    this.stmt.free();
  }
}
