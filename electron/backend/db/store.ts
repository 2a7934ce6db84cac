import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import type { StartupNotice } from '../../../shared/contract/channels';
import { ApiError } from '../../../shared/contract/result';
import type { BackupInfo } from '../../../shared/domain/backups';
import { backupDir, backupName, listBackups, writeBackup } from './backups';
import { BULK_STATEMENTS, Database } from './database';
import { nodeFs, writeFileDurably, type WriteFs } from './durable-write';
import { lockDataFolder } from './folder-lock';
import { appendToJournal, readJournal, resetJournal, type JournalRecord } from './journal';
import { assertNotNewer, LATEST_VERSION, migrate } from './migrations';
import { loadSqlJs } from './sql';

export const DB_FILE_NAME = 'spring-breeze.sqlite';
export const JOURNAL_FILE_NAME = 'spring-breeze.journal';
/** While a session is active, take a rolling backup at most this often (at a checkpoint). */
const BACKUP_INTERVAL_MS = 30 * 60_000;
/** Fold the journal into the database file once it grows past either limit. */
const CHECKPOINT_BYTES = 16 * 1024 * 1024;
const CHECKPOINT_RECORDS = 2000;
const MIB = 1024 * 1024;

export interface StoreOptions {
  dataDir: string;
  clock?: () => Date;
  writeFs?: WriteFs;
  /** Checkpoint thresholds; tests lower them to make checkpoints frequent. */
  checkpointBytes?: number;
  checkpointRecords?: number;
  /** Statements above which a write batch is saved by a checkpoint instead of the journal; tests lower it. */
  bulkStatements?: number;
  /** The 32-byte data key: the database file, journal, backups and staged uploads are encrypted with it. */
  key?: Uint8Array;
}

export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const stampOf = (at: Date) => backupName(at).replace(/^spring-breeze-|\.sqlite$/g, '');

interface JournalState {
  gen: string;
  seq: number;
}

/**
 * The one module that opens the database file. On open it checks the file, recovers from backups
 * when it is damaged (never overwriting the damaged file), replays the journal, and migrates (after
 * copying the file aside). Each committed change is made durable by appending it to the journal;
 * checkpoints rewrite the whole file (atomically) and empty the journal.
 */
export class Store {
  private lastBackupAt: number;
  private journalBytes = 0;
  private journalRecords = 0;
  /** A failed append may have left a torn record: checkpoint before appending again. */
  private journalSuspect = false;
  private checkpointBytes = CHECKPOINT_BYTES;
  private checkpointRecords = CHECKPOINT_RECORDS;

  private constructor(
    private readonly SQL: SqlJsStatic,
    private current: Database,
    private state: JournalState,
    readonly dataDir: string,
    readonly notices: StartupNotice[],
    private readonly clock: () => Date,
    private readonly fs: WriteFs,
    private readonly unlock: () => Promise<void>,
    private readonly bulkStatements: number,
  ) {
    this.lastBackupAt = clock().getTime();
  }

  get db(): Database {
    return this.current;
  }

  get dbFile(): string {
    return path.join(this.dataDir, DB_FILE_NAME);
  }

  get journalFile(): string {
    return path.join(this.dataDir, JOURNAL_FILE_NAME);
  }

  static async open(options: StoreOptions): Promise<Store> {
    const SQL = await loadSqlJs();
    const clock = options.clock ?? (() => new Date());
    const dataDir = path.resolve(options.dataDir);
    await mkdir(dataDir, { recursive: true });
    const unlock = await lockDataFolder(dataDir);
    try {
      const bulk = options.bulkStatements ?? BULK_STATEMENTS;
      const store = await Store.openLocked(SQL, dataDir, clock, options.writeFs ?? nodeFs, unlock, bulk);
      store.checkpointBytes = options.checkpointBytes ?? CHECKPOINT_BYTES;
      store.checkpointRecords = options.checkpointRecords ?? CHECKPOINT_RECORDS;
      return store;
    } catch (err) {
      await unlock();
      throw err;
    }
  }

  private static async openLocked(
    SQL: SqlJsStatic,
    dataDir: string,
    clock: () => Date,
    fs: WriteFs,
    unlock: () => Promise<void>,
    bulk: number,
  ): Promise<Store> {
    const file = path.join(dataDir, DB_FILE_NAME);
    const journalFile = path.join(dataDir, JOURNAL_FILE_NAME);
    const notices: StartupNotice[] = [];

    const bytes = await readIfExists(file);
    let db: Database | null = bytes ? tryOpen(SQL, bytes, bulk) : null;
    /** The bytes the database was opened from (the file, or the backup it was recovered from). */
    let openedBytes = db ? bytes : null;
    let newGeneration = !bytes;
    if (bytes && !db) {
      // Damaged: keep the file (and its journal) as they are under other names, then look for the
      // last good backup.
      const stamp = stampOf(clock());
      const damagedCopy = path.join(dataDir, `spring-breeze.damaged-${stamp}.sqlite`);
      await rename(file, damagedCopy);
      await rename(journalFile, path.join(dataDir, `spring-breeze.damaged-${stamp}.journal`)).catch(
        () => undefined,
      );
      const recovered = await openNewestGoodBackup(SQL, dataDir, bulk);
      newGeneration = true;
      if (recovered) {
        db = recovered.db;
        openedBytes = recovered.bytes;
        notices.push({ kind: 'recovered_from_backup', file: recovered.name, damagedCopy });
      } else {
        notices.push({ kind: 'damaged_no_backup', file: null, damagedCopy });
      }
    }
    db ??= new Database(new SQL.Database(), bulk, SQL);
    const version = db.userVersion();
    try {
      assertNotNewer(version);
    } catch (err) {
      db.close();
      throw err;
    }

    let state = ensureJournalState(db);
    if (newGeneration) state = startGeneration(db);
    const journal = await readJournal(journalFile);
    const replayed = newGeneration ? 0 : replayJournal(db, state, journal.records);
    state = readJournalState(db);

    if (openedBytes && version < LATEST_VERSION) {
      // The copy kept before migrating: the file as found, or with its journal folded in.
      const aside = path.join(dataDir, `spring-breeze.pre-v${LATEST_VERSION}-${stampOf(clock())}.sqlite`);
      await writeFileDurably(aside, replayed > 0 ? db.export() : openedBytes, { fs });
      if (version > 0) notices.push({ kind: 'migrated', file: path.basename(aside), damagedCopy: null });
    }
    const applied = migrate(db);

    const store = new Store(SQL, db, state, dataDir, notices, clock, fs, unlock, bulk);
    const foundIntact = bytes !== null && notices.every((n) => n.kind === 'migrated');
    const journalHadBytes = journal.records.length > 0 || journal.trailingBytes > 0;
    if (!foundIntact || applied.length > 0 || replayed > 0 || journalHadBytes) await store.checkpoint();
    if (foundIntact) {
      // A rolling backup of the data as found, before this session changes anything.
      await writeBackup(dataDir, db.export(), clock(), 'open');
    }
    return store;
  }

  /**
   * Runs a group of changes in one transaction, each in its own savepoint (one failing undoes only
   * itself), then appends what they did to the journal and waits for it to reach the disk before
   * committing. If the append fails, the whole group is rolled back and refused.
   */
  async commitBatch(changes: readonly (() => unknown)[]): Promise<Outcome[]> {
    if (this.journalSuspect) {
      try {
        await this.checkpoint();
      } catch (error) {
        return changes.map(() => ({ ok: false, error }));
      }
    }
    const db = this.current;
    db.beginBatch();
    const outcomes: Outcome[] = changes.map((change) => {
      try {
        return { ok: true, value: db.inSavepoint(change) };
      } catch (error) {
        return { ok: false, error };
      }
    });
    if (db.bulkBatch) return this.commitBulk(outcomes);
    const statements = [...db.capturedStatements()];
    if (statements.length === 0) {
      db.endBatch(true);
      return outcomes;
    }
    const seq = this.state.seq + 1;
    db.runUncaptured('UPDATE journal_state SET seq = ? WHERE id = 1', [seq]);
    const record: JournalRecord = { gen: this.state.gen, seq, statements };
    try {
      this.journalBytes += await appendToJournal(this.journalFile, [record], this.fs);
    } catch (err) {
      db.endBatch(false);
      this.journalSuspect = true;
      const error = storageError(err);
      return outcomes.map((o) => (o.ok ? { ok: false, error } : o));
    }
    db.endBatch(true);
    this.state = { ...this.state, seq };
    this.journalRecords++;
    return outcomes;
  }

  /**
   * A batch too large for the journal (a big import) is made durable by a checkpoint: committed in
   * memory, then the whole database is written (temp file, fsync, rename) before anyone is
   * answered. If that write fails, the database in memory is ahead of the disk: it is opened again
   * from the file and journal, which hold exactly the changes acknowledged so far, and the batch
   * is refused (unless the new file did land, which the reopened database's sequence number tells).
   */
  private async commitBulk(outcomes: Outcome[]): Promise<Outcome[]> {
    const db = this.current;
    const seq = this.state.seq + 1;
    db.runUncaptured('UPDATE journal_state SET seq = ? WHERE id = 1', [seq]);
    db.endBatch(true);
    try {
      await this.checkpoint();
    } catch (err) {
      const error = storageError(err);
      try {
        await this.reopenFromDisk();
      } catch (reopenError) {
        // Both the save and reading the file back failed: the batch is refused, and the database in
        // memory (which holds it) is the only copy of everything acknowledged since the last checkpoint.
        console.error('[store] reading the database back after a failed save failed:', reopenError);
        this.journalSuspect = true;
      }
      if (this.state.seq >= seq) return outcomes;
      return outcomes.map((o) => (o.ok ? { ok: false, error } : o));
    }
    this.state = { ...this.state, seq };
    return outcomes;
  }

  /** Replaces the database in memory with what the file and the journal hold. */
  private async reopenFromDisk(): Promise<void> {
    const bytes = await readFile(this.dbFile);
    const db = tryOpen(this.SQL, bytes, this.bulkStatements);
    if (!db) throw new Error('the database file cannot be read back after a failed save');
    try {
      const journal = await readJournal(this.journalFile);
      replayJournal(db, readJournalState(db), journal.records);
    } catch (err) {
      db.close();
      throw err;
    }
    this.current.adopt(db);
    this.state = readJournalState(this.current);
    // The journal may hold records the file already has, or a torn one: start it afresh before appending.
    this.journalSuspect = true;
  }

  needsCheckpoint(): boolean {
    return this.journalBytes >= this.checkpointBytes || this.journalRecords >= this.checkpointRecords;
  }

  get journalRecordCount(): number {
    return this.journalRecords;
  }

  /**
   * Writes the whole database durably (temp file, fsync, rename) and empties the journal. Never
   * called while a transaction is open.
   */
  async checkpoint(): Promise<void> {
    const bytes = this.current.export();
    try {
      await writeFileDurably(this.dbFile, bytes, { fs: this.fs });
    } catch (err) {
      throw storageError(err);
    }
    try {
      await resetJournal(this.journalFile, this.fs);
      this.journalSuspect = false;
    } catch {
      // The file already holds everything; the stale records are skipped by sequence number.
      this.journalSuspect = true;
    }
    this.journalBytes = 0;
    this.journalRecords = 0;
    const now = this.clock().getTime();
    if (now - this.lastBackupAt >= BACKUP_INTERVAL_MS) {
      this.lastBackupAt = now;
      await writeBackup(this.dataDir, bytes, this.clock(), 'auto').catch(() => undefined);
    }
  }

  /**
   * Makes sure `bytes` more data fit without growing sql.js's in-memory file an eighth at a time:
   * pages freed earlier (an undone import) are used first; beyond them, the database is opened
   * again with free room after its last page (see withHeadroom), where new pages are written in
   * place. Never called while a transaction is open; the data is unchanged.
   */
  makeRoom(bytes: number): void {
    const free = this.current.get<{ n: number }>(
      'SELECT freelist_count * page_size AS n FROM pragma_freelist_count, pragma_page_size',
    )!.n;
    if (bytes <= free) return;
    const room = Math.ceil((bytes - free) / 4096) * 4096;
    const db = new Database(
      new this.SQL.Database(withRoom(this.current.export(), room)),
      this.bulkStatements,
      this.SQL,
    );
    this.current.adopt(db);
  }

  async backupNow(): Promise<BackupInfo> {
    return writeBackup(this.dataDir, this.current.export(), this.clock(), 'manual');
  }

  listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.dataDir);
  }

  /**
   * Replaces the database with a backup, keeping the current file aside first. `record` writes
   * into the restored database (the audit entry) so that one checkpoint carries both.
   */
  async restore(
    name: string,
    record: (db: Database, result: { restored: string; keptAside: string }) => void = () => undefined,
  ): Promise<{ restored: string; keptAside: string }> {
    const source = path.join(backupDir(this.dataDir), path.basename(name));
    const bytes = await readFile(source).catch(() => {
      throw new ApiError('not_found', 'e.not_found');
    });
    const candidate = tryOpen(this.SQL, bytes, this.bulkStatements);
    if (!candidate) throw new ApiError('conflict', 'e.backup_damaged', { params: { name } });
    let state: JournalState;
    try {
      assertNotNewer(candidate.userVersion());
      ensureJournalState(candidate);
      // A new generation: journal records written after this backup was taken must never apply to it.
      state = startGeneration(candidate);
      migrate(candidate);
    } catch (err) {
      candidate.close();
      throw err;
    }
    const keptAside = `spring-breeze.before-restore-${stampOf(this.clock())}.sqlite`;
    const result = { restored: path.basename(name), keptAside };
    await copyFile(this.dbFile, path.join(this.dataDir, keptAside));
    const previous = this.current;
    const previousState = this.state;
    this.current = candidate;
    this.state = state;
    try {
      candidate.transaction(() => record(candidate, result));
      await this.checkpoint();
    } catch (err) {
      this.current = previous;
      this.state = previousState;
      candidate.close();
      throw err;
    }
    previous.close();
    return result;
  }

  async fileSize(): Promise<number> {
    return (await stat(this.dbFile)).size;
  }

  async close(): Promise<void> {
    this.current.close();
    await this.unlock();
  }
}

async function readIfExists(file: string): Promise<Uint8Array | null> {
  return readFile(file).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw err;
  });
}

function storageError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError('storage', 'e.storage', { params: { detail: describeFsError(err) } });
}

/** The journal's bookkeeping row: which generation the file is, and the last record folded into it. */
function ensureJournalState(db: Database): JournalState {
  db.transaction(() => {
    db.runUncaptured(
      'CREATE TABLE IF NOT EXISTS journal_state (id INTEGER PRIMARY KEY CHECK (id = 1), gen TEXT NOT NULL, seq INTEGER NOT NULL)',
    );
    db.runUncaptured('INSERT OR IGNORE INTO journal_state (id, gen, seq) VALUES (1, ?, 0)', [randomUUID()]);
  });
  return readJournalState(db);
}

function startGeneration(db: Database): JournalState {
  db.transaction(() =>
    db.runUncaptured('UPDATE journal_state SET gen = ?, seq = 0 WHERE id = 1', [randomUUID()]),
  );
  return readJournalState(db);
}

function readJournalState(db: Database): JournalState {
  const row = db.get<{ gen: string; seq: number }>('SELECT gen, seq FROM journal_state WHERE id = 1');
  if (!row) throw new Error('journal_state row missing');
  return { gen: row.gen, seq: Number(row.seq) };
}

/**
 * Applies the journal records that continue this file (same generation, next sequence numbers), in
 * order; stops at a gap. Returns how many were applied.
 */
function replayJournal(db: Database, state: JournalState, records: readonly JournalRecord[]): number {
  let seq = state.seq;
  let applied = 0;
  for (const r of records) {
    if (r.gen !== state.gen || r.seq <= seq) continue;
    if (r.seq !== seq + 1) break;
    db.transaction(() => {
      db.replay(r.statements);
      db.runUncaptured('UPDATE journal_state SET seq = ? WHERE id = 1', [r.seq]);
    });
    seq = r.seq;
    applied++;
  }
  return applied;
}

/** Room to grow: half the database again, at least 8 MiB and at most 256 MiB (the room costs memory). */
function headroomFor(size: number): number {
  return Math.min(256 * MIB, Math.max(8 * MIB, Math.floor(size / 2 / 4096) * 4096));
}

/**
 * The database's bytes followed by free room. sql.js keeps the database as a file in memory that
 * grows by an eighth each time it is full, copying the whole file at every step: a 100k-row import
 * spent seconds in those copies. With room at the end (zero bytes after the last page: SQLite reads
 * the database's size from its header and ignores them, and `export` writes only the pages), new
 * pages are written in place. The room costs as much memory (sql.js copies the bytes it is given).
 */
function withHeadroom(bytes: Uint8Array): Uint8Array {
  return withRoom(bytes, headroomFor(bytes.byteLength));
}

function withRoom(bytes: Uint8Array, room: number): Uint8Array {
  const padded = new Uint8Array(bytes.byteLength + room);
  padded.set(bytes);
  return padded;
}

/** Opens bytes as a database if they pass quick_check; null when damaged. */
function tryOpen(SQL: SqlJsStatic, bytes: Uint8Array, bulk: number): Database | null {
  if (bytes.byteLength === 0) return null;
  let db: Database | null = null;
  try {
    // sql.js copies the bytes into its file: the caller's stay as they were read.
    db = new Database(new SQL.Database(withHeadroom(bytes)), bulk, SQL);
    if (db.quickCheck() !== 'ok') throw new Error('quick_check failed');
    db.userVersion();
    return db;
  } catch {
    try {
      db?.close();
    } catch {
      /* already unusable */
    }
    return null;
  }
}

async function openNewestGoodBackup(
  SQL: SqlJsStatic,
  dataDir: string,
  bulk: number,
): Promise<{ db: Database; bytes: Uint8Array; name: string } | null> {
  for (const b of await listBackups(dataDir)) {
    const bytes = await readFile(path.join(backupDir(dataDir), b.name)).catch(() => null);
    if (!bytes) continue;
    const db = tryOpen(SQL, bytes, bulk);
    if (!db) continue;
    if (db.userVersion() > LATEST_VERSION) {
      db.close();
      continue;
    }
    return { db, bytes, name: b.name };
  }
  return null;
}

function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e.code ? `${e.code}${e.syscall ? ` (${e.syscall})` : ''}` : String(e.message ?? err);
}
