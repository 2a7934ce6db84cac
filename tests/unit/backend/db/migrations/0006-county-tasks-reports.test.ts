import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../../../../electron/backend/db/database';
import { migrate } from '../../../../../electron/backend/db/migrations';
import { loadSqlJs } from '../../../../../electron/backend/db/sql';

let db: Database;
const NOW = '2022-03-10T08:00:00.000Z';

beforeEach(async () => {
  const SQL = await loadSqlJs();
  db = new Database(new SQL.Database());
  migrate(db, 5);
  expect(migrate(db, 6)).toEqual([6]);
});

function insertTask(
  values: { county?: string; headcount?: number; start?: string; end?: string } = {},
): void {
  db.run(
    `INSERT INTO county_tasks (id, county_code, headcount, period_start, period_end, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [
      randomUUID(),
      values.county ?? '422828',
      values.headcount ?? 600,
      values.start ?? '2022-01-01',
      values.end ?? '2022-06-30',
      NOW,
      NOW,
    ],
  );
}

function insertReport(snapshot: string): void {
  db.run('INSERT INTO daily_reports (id, report_date, generated_at, snapshot) VALUES (?, ?, ?, ?)', [
    randomUUID(),
    '2022-03-10',
    NOW,
    snapshot,
  ]);
}

describe('migration 0006 (county tasks, daily reports)', () => {
  it('sets user_version 6 and creates both tables', () => {
    expect(db.userVersion()).toBe(6);
    const names = db
      .all<{ name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('county_tasks', 'daily_reports')",
      )
      .map((r) => r.name)
      .sort();
    expect(names).toEqual(['county_tasks', 'daily_reports']);
  });

  it('keeps a task per county and period', () => {
    insertTask();
    insertTask({ start: '2022-01-01', end: '2022-03-31' });
    expect(() => insertTask()).toThrow(/UNIQUE constraint/);
  });

  it('refuses an unknown county, a negative task and a period ending before it starts', () => {
    expect(() => insertTask({ county: '110101' })).toThrow(/FOREIGN KEY constraint/);
    expect(() => insertTask({ headcount: -1 })).toThrow(/CHECK constraint/);
    expect(() => insertTask({ start: '2022-06-30', end: '2022-01-01' })).toThrow(/CHECK constraint/);
  });

  it('stores a report only as valid JSON', () => {
    insertReport('{"date":"2022-03-10"}');
    expect(() => insertReport('{not json')).toThrow(/CHECK constraint/);
  });

  it('is a no-op when run again', () => {
    insertTask();
    expect(migrate(db, 6)).toEqual([]);
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM county_tasks')?.n).toBe(1);
  });
});
