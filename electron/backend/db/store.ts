import { copyFile, mkdir, readFile, rename, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import type { StartupNotice } from '../../../shared/contract/channels';
import { ApiError } from '../../../shared/contract/result';
import type { BackupInfo } from '../../../shared/domain/backups';
import { backupDir, backupName, listBackups, writeBackup } from './backups';
import { Database } from './database';
import { writeFileDurably, type WriteFs } from './durable-write';
import { lockDataFolder } from './folder-lock';
import { assertNotNewer, LATEST_VERSION, migrate } from './migrations';
import { loadSqlJs } from './sql';

export const DB_FILE_NAME = 'spring-breeze.sqlite';
/** While a session is active, take a rolling backup at most this often. */
const BACKUP_INTERVAL_MS = 30 * 60_000;

export interface StoreOptions {
  dataDir: string;
  clock?: () => Date;
  writeFs?: WriteFs;
}

const stampOf = (at: Date) => backupName(at).replace(/^spring-breeze-|\.sqlite$/g, '');

/**
 * The one module that opens the database file. It checks it, recovers from backups when it is
 * damaged (never overwriting the damaged file), migrates (after copying the file aside), and saves
 * durably. The in-memory database always matches the last successful save, or is about to.
 */
export class Store {
  private lastSaved: Uint8Array;

  private lastBackupAt: number;

  private constructor(
    private readonly SQL: SqlJsStatic,
    private current: Database,
    readonly dataDir: string,
    readonly notices: StartupNotice[],
    private readonly clock: () => Date,
    private readonly writeFs: WriteFs | undefined,
    private readonly unlock: () => Promise<void>,
  ) {
    this.lastSaved = new Uint8Array();
    this.lastBackupAt = clock().getTime();
  }

  get db(): Database {
    return this.current;
  }

  get dbFile(): string {
    return path.join(this.dataDir, DB_FILE_NAME);
  }

  static async open(options: StoreOptions): Promise<Store> {
    const SQL = await loadSqlJs();
    const clock = options.clock ?? (() => new Date());
    const dataDir = path.resolve(options.dataDir);
    await mkdir(dataDir, { recursive: true });
    const unlock = await lockDataFolder(dataDir);
    try {
      return await Store.openLocked(SQL, dataDir, clock, options.writeFs, unlock);
    } catch (err) {
      await unlock();
      throw err;
    }
  }

  private static async openLocked(
    SQL: SqlJsStatic,
    dataDir: string,
    clock: () => Date,
    writeFs: WriteFs | undefined,
    unlock: () => Promise<void>,
  ): Promise<Store> {
    const file = path.join(dataDir, DB_FILE_NAME);
    const notices: StartupNotice[] = [];

    let bytes: Uint8Array | null = await readFile(file).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    });
    let db: Database | null = null;
    if (bytes) {
      db = tryOpen(SQL, bytes);
      if (!db) {
        // Damaged: keep the file as it is under another name, then look for the last good backup.
        const damagedCopy = path.join(dataDir, `spring-breeze.damaged-${stampOf(clock())}.sqlite`);
        await rename(file, damagedCopy);
        const recovered = await openNewestGoodBackup(SQL, dataDir);
        if (recovered) {
          db = recovered.db;
          bytes = recovered.bytes;
          notices.push({ kind: 'recovered_from_backup', file: recovered.name, damagedCopy });
        } else {
          bytes = null;
          notices.push({ kind: 'damaged_no_backup', file: null, damagedCopy });
        }
      }
    }
    if (db) {
      const version = db.userVersion();
      try {
        assertNotNewer(version);
      } catch (err) {
        db.close();
        throw err;
      }
      if (version < LATEST_VERSION && bytes) {
        const aside = path.join(dataDir, `spring-breeze.pre-v${LATEST_VERSION}-${stampOf(clock())}.sqlite`);
        await writeFileDurably(aside, bytes, withFs(writeFs));
        if (version > 0) notices.push({ kind: 'migrated', file: path.basename(aside), damagedCopy: null });
      }
    } else {
      db = new Database(new SQL.Database());
    }

    const applied = migrate(db);
    const store = new Store(SQL, db, dataDir, notices, clock, writeFs, unlock);
    const foundIntact = bytes !== null && notices.length === 0;
    if (foundIntact && bytes) {
      // A rolling backup of the file as it was found, before this session changes anything.
      await writeBackup(dataDir, bytes, clock(), 'open');
    }
    if (!foundIntact || applied.length > 0) await store.persist();
    else store.lastSaved = db.export();
    return store;
  }

  /** Exports the database and writes it durably. Never called while a transaction is open. */
  async persist(): Promise<void> {
    const bytes = this.current.export();
    try {
      await writeFileDurably(this.dbFile, bytes, withFs(this.writeFs));
    } catch (err) {
      throw new ApiError('storage', 'e.storage', { params: { detail: describeFsError(err) } });
    }
    this.lastSaved = bytes;
    const now = this.clock().getTime();
    if (now - this.lastBackupAt >= BACKUP_INTERVAL_MS) {
      this.lastBackupAt = now;
      await writeBackup(this.dataDir, bytes, this.clock(), 'auto').catch(() => undefined);
    }
  }

  /** After a failed save: drop the unsaved changes so memory matches the file on disk again. */
  revertToLastSaved(): void {
    const previous = this.current;
    this.current = new Database(new this.SQL.Database(this.lastSaved));
    previous.close();
  }

  async backupNow(): Promise<BackupInfo> {
    return writeBackup(this.dataDir, this.lastSaved, this.clock(), 'manual');
  }

  listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.dataDir);
  }

  /**
   * Replaces the database with a backup, keeping the current file aside first. `record` writes
   * into the restored database (the audit entry) so that one save carries both.
   */
  async restore(
    name: string,
    record: (db: Database, result: { restored: string; keptAside: string }) => void = () => undefined,
  ): Promise<{ restored: string; keptAside: string }> {
    const source = path.join(backupDir(this.dataDir), path.basename(name));
    const bytes = await readFile(source).catch(() => {
      throw new ApiError('not_found', 'e.not_found');
    });
    const candidate = tryOpen(this.SQL, bytes);
    if (!candidate) throw new ApiError('conflict', 'e.backup_damaged', { params: { name } });
    try {
      assertNotNewer(candidate.userVersion());
      migrate(candidate);
    } catch (err) {
      candidate.close();
      throw err;
    }
    const keptAside = `spring-breeze.before-restore-${stampOf(this.clock())}.sqlite`;
    const result = { restored: path.basename(name), keptAside };
    await copyFile(this.dbFile, path.join(this.dataDir, keptAside));
    const previous = this.current;
    this.current = candidate;
    try {
      candidate.transaction(() => record(candidate, result));
      await this.persist();
    } catch (err) {
      this.current = previous;
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

function withFs(fs: WriteFs | undefined): { fs?: WriteFs } {
  return fs ? { fs } : {};
}

/** Opens bytes as a database if they pass quick_check; null when damaged. */
function tryOpen(SQL: SqlJsStatic, bytes: Uint8Array): Database | null {
  if (bytes.byteLength === 0) return null;
  let db: Database | null = null;
  try {
    db = new Database(new SQL.Database(bytes));
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
): Promise<{ db: Database; bytes: Uint8Array; name: string } | null> {
  for (const b of await listBackups(dataDir)) {
    const bytes = await readFile(path.join(backupDir(dataDir), b.name)).catch(() => null);
    if (!bytes) continue;
    const db = tryOpen(SQL, bytes);
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
