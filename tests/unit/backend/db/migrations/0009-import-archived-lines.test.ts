import { beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../../../../electron/backend/db/database';
import { migrate } from '../../../../../electron/backend/db/migrations';
import { loadSqlJs } from '../../../../../electron/backend/db/sql';

let db: Database;

beforeEach(async () => {
  const SQL = await loadSqlJs();
  db = new Database(new SQL.Database());
  migrate(db, 8);
  db.run(
    `INSERT INTO import_batches (id, kind, file_name, sheet, operator, created_at, rows, imported, rejected, duplicates,
       warnings, normalised) VALUES ('b1', 'demand', 'd.xlsx', 'S', 'op', '2022-03-01T00:00:00Z', 1, 1, 0, 0, 0, 0)`,
  );
  db.run("INSERT INTO import_batch_items VALUES ('b1', 'demand_line', 'l1'), ('b1', 'enterprise', 'e1')");
});

describe('migration 0009: lines a demand import archived', () => {
  it('keeps the batch items there were and accepts the lines a batch replaced', () => {
    expect(migrate(db, 9)).toEqual([9]);
    expect(db.all('SELECT entity, entity_id FROM import_batch_items ORDER BY entity')).toEqual([
      { entity: 'demand_line', entity_id: 'l1' },
      { entity: 'enterprise', entity_id: 'e1' },
    ]);
    db.run("INSERT INTO import_batch_items VALUES ('b1', 'archived_line', 'l0')");
    expect(() => db.run("INSERT INTO import_batch_items VALUES ('b1', 'person', 'p')")).toThrow(/CHECK/);
    expect(() => db.run("INSERT INTO import_batch_items VALUES ('nope', 'archived_line', 'x')")).toThrow(
      /FOREIGN KEY/,
    );
  });
});
