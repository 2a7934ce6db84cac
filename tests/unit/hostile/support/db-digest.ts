import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Database } from '../../../../electron/backend/db/database';
import { DB_FILE_NAME, JOURNAL_FILE_NAME } from '../../../../electron/backend/db/store';

/** A fingerprint of every row of every table (and the schema version): equal digests, equal data. */
export function rowsDigest(db: Database): string {
  const hash = createHash('sha256');
  hash.update(`v${db.userVersion()}`);
  const tables = db.all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
  );
  for (const { name } of tables) {
    hash.update(`\n#${name}\n`);
    for (const row of db.all(`SELECT * FROM "${name.replaceAll('"', '""')}"`)) {
      for (const [k, v] of Object.entries(row)) {
        hash.update(k);
        hash.update(v instanceof Uint8Array ? Buffer.from(v).toString('hex') : `${typeof v}:${String(v)}`);
        hash.update('\u0001');
      }
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}

/** The database file and its journal as they are on disk (what a restart would read). */
export function filesDigest(dataDir: string): string {
  const hash = createHash('sha256');
  for (const name of [DB_FILE_NAME, JOURNAL_FILE_NAME]) {
    const file = path.join(dataDir, name);
    hash.update(`${name}:`);
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * A cheap witness of any write: SQLite's count of rows changed since the database was opened (it
 * grows even when a transaction is rolled back) and the size and time of the files on disk.
 */
export function writeWitness(db: Database, dataDir: string): string {
  const changes = db.get<{ n: number }>('SELECT total_changes() AS n')!.n;
  const files = [DB_FILE_NAME, JOURNAL_FILE_NAME].map((name) => {
    const s = fs.statSync(path.join(dataDir, name), { throwIfNoEntry: false, bigint: true });
    return s ? `${s.size}@${s.mtimeNs}` : '-';
  });
  return `${changes}|${files.join('|')}`;
}
