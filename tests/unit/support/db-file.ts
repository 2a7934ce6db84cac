import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Database } from '../../../electron/backend/db/database';
import { loadSqlJs } from '../../../electron/backend/db/sql';
import { DB_FILE_NAME, JOURNAL_FILE_NAME, Store } from '../../../electron/backend/db/store';

/** Opens a database file from disk as it is, without its journal. */
export async function openFile(file: string): Promise<Database> {
  const SQL = await loadSqlJs();
  return new Database(new SQL.Database(fs.readFileSync(file)));
}

/**
 * What a restart would find: the database file of `file`'s folder plus its journal, opened by the
 * real recovery path on a copy (so the running backend's folder and lock are left alone).
 */
export async function openSavedState(
  file: string,
  key?: Uint8Array,
): Promise<{ db: Database; close: () => Promise<void> }> {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-saved-'));
  fs.copyFileSync(file, path.join(copy, DB_FILE_NAME));
  const journal = path.join(path.dirname(file), JOURNAL_FILE_NAME);
  if (fs.existsSync(journal)) fs.copyFileSync(journal, path.join(copy, JOURNAL_FILE_NAME));
  const store = await Store.open(key ? { dataDir: copy, key } : { dataDir: copy });
  return {
    db: store.db,
    close: async () => {
      await store.close();
      fs.rmSync(copy, { recursive: true, force: true });
    },
  };
}

/** Enterprise names that survive a restart (the database file plus its journal). */
export async function enterpriseNamesOnDisk(file: string, key?: Uint8Array): Promise<string[]> {
  const saved = await openSavedState(file, key);
  try {
    return saved.db.all<{ name: string }>('SELECT name FROM enterprises ORDER BY name').map((r) => r.name);
  } finally {
    await saved.close();
  }
}

/** Bytes of a fresh SQLite database with the given user_version and a table of its own. */
export async function foreignDatabase(userVersion: number): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const raw = new SQL.Database();
  raw.exec(
    `CREATE TABLE legacy (note TEXT); INSERT INTO legacy VALUES ('kept'); PRAGMA user_version = ${userVersion};`,
  );
  const bytes = raw.export();
  raw.close();
  return bytes;
}
