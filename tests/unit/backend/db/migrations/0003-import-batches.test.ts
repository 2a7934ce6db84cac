import { beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../../../../electron/backend/db/database';
import { migrate } from '../../../../../electron/backend/db/migrations';
import { loadSqlJs } from '../../../../../electron/backend/db/sql';

let db: Database;

beforeEach(async () => {
  const SQL = await loadSqlJs();
  db = new Database(new SQL.Database());
  migrate(db, 2);
});

describe('migration 0003: import batches', () => {
  it('adds the batch tables and an index on registration sources', () => {
    expect(migrate(db, 3)).toEqual([3]);
    const names = db
      .all<{ name: string }>(
        "SELECT name FROM sqlite_master WHERE name IN ('import_batches', 'import_batch_items', 'registrations_source')",
      )
      .map((r) => r.name)
      .sort();
    expect(names).toEqual(['import_batch_items', 'import_batches', 'registrations_source']);
  });

  it('keeps a batch’s kind and status to the known values, and items to existing batches', () => {
    migrate(db, 3);
    const insert = (kind: string, status: string) =>
      db.run(
        `INSERT INTO import_batches (id, kind, file_name, sheet, operator, created_at, rows, imported, rejected, duplicates,
           warnings, normalised, status) VALUES (?, ?, 'f.xlsx', 'S', 'op', '2022-03-01T00:00:00Z', 1, 1, 0, 0, 0, 0, ?)`,
        [`b-${kind}-${status}`, kind, status],
      );
    insert('seekers', 'active');
    expect(() => insert('people', 'active')).toThrow(/CHECK/);
    expect(() => insert('demand', 'deleted')).toThrow(/CHECK/);
    expect(() => db.run("INSERT INTO import_batch_items VALUES ('nope', 'enterprise', 'x')")).toThrow(
      /FOREIGN KEY/,
    );
  });
});
