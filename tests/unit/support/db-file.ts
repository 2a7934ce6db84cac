import * as fs from 'node:fs';
import { Database } from '../../../electron/backend/db/database';
import { loadSqlJs } from '../../../electron/backend/db/sql';

/** Opens a database file from disk, independently of the store, to see what was really saved. */
export async function openFile(file: string): Promise<Database> {
  const SQL = await loadSqlJs();
  return new Database(new SQL.Database(fs.readFileSync(file)));
}

/** Enterprise names saved in a database file on disk. */
export async function enterpriseNamesOnDisk(file: string): Promise<string[]> {
  const db = await openFile(file);
  try {
    return db.all<{ name: string }>('SELECT name FROM enterprises ORDER BY name').map((r) => r.name);
  } finally {
    db.close();
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
