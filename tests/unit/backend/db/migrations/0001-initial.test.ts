import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../../../../electron/backend/db/database';
import { LATEST_VERSION, migrate } from '../../../../../electron/backend/db/migrations';
import { loadSqlJs } from '../../../../../electron/backend/db/sql';
import { COUNTIES } from '../../../../../shared/domain/counties';

let db: Database;
const NOW = '2026-02-11T08:00:00.000Z';

beforeEach(async () => {
  const SQL = await loadSqlJs();
  db = new Database(new SQL.Database());
  expect(migrate(db, 1)).toEqual([1]);
});

function tables(): string[] {
  return db
    .all<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .map((r) => r.name);
}

function insertEnterprise(name: string): string {
  const id = randomUUID();
  db.run('INSERT INTO enterprises (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)', [
    id,
    name,
    NOW,
    NOW,
  ]);
  return id;
}

function insertLine(
  enterpriseId: string,
  values: { headcount?: number; start?: string; end?: string } = {},
): void {
  db.run(
    `INSERT INTO demand_lines (id, enterprise_id, post, headcount, period_start, period_end, shift_pattern, created_at, updated_at)
     VALUES (?, ?, '普工', ?, ?, ?, 'long_day', ?, ?)`,
    [
      randomUUID(),
      enterpriseId,
      values.headcount ?? 10,
      values.start ?? '2022-01-01',
      values.end ?? '2022-06-30',
      NOW,
      NOW,
    ],
  );
}

describe('migration 0001 (initial)', () => {
  it('sets user_version 1', () => {
    expect(db.userVersion()).toBe(1);
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(1);
  });

  it('creates the tables', () => {
    expect(tables()).toEqual(['audit_log', 'counties', 'demand_lines', 'enterprises', 'settings', 'towns']);
  });

  it("seeds the prefecture's eight counties with their region codes and names", () => {
    const rows = db.all<{ id: string; code: string; name_zh: string; name_en: string }>(
      'SELECT id, code, name_zh, name_en FROM counties ORDER BY code',
    );
    expect(rows.map((r) => ({ code: r.code, nameZh: r.name_zh, nameEn: r.name_en }))).toEqual(
      COUNTIES.map((c) => ({ code: c.code, nameZh: c.nameZh, nameEn: c.nameEn })),
    );
    expect(rows.map((r) => r.code)).toEqual([
      '422801',
      '422802',
      '422822',
      '422823',
      '422825',
      '422826',
      '422827',
      '422828',
    ]);
    for (const r of rows) expect(r.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a negative headcount but accepts zero', () => {
    const id = insertEnterprise('立讯');
    expect(() => insertLine(id, { headcount: -1 })).toThrow(/CHECK constraint/);
    expect(() => insertLine(id, { headcount: 0 })).not.toThrow();
  });

  it('refuses a period that ends before it starts, accepts a one-day period', () => {
    const id = insertEnterprise('立讯');
    expect(() => insertLine(id, { start: '2022-06-30', end: '2022-01-01' })).toThrow(/CHECK constraint/);
    expect(() => insertLine(id, { start: '2022-03-01', end: '2022-03-01' })).not.toThrow();
  });

  it('refuses two enterprises with the same name', () => {
    insertEnterprise('恩施华鑫科技有限公司');
    expect(() => insertEnterprise('恩施华鑫科技有限公司')).toThrow(/UNIQUE constraint/);
  });

  it('refuses an archived flag other than 0 or 1', () => {
    expect(() =>
      db.run(
        "INSERT INTO enterprises (id, name, archived, created_at, updated_at) VALUES (?, 'x', 2, ?, ?)",
        [randomUUID(), NOW, NOW],
      ),
    ).toThrow(/CHECK constraint/);
  });

  it('enforces foreign keys: no demand line without its enterprise, no town without its county', () => {
    expect(() => insertLine(randomUUID())).toThrow(/FOREIGN KEY constraint/);
    expect(() =>
      db.run('INSERT INTO towns (id, county_id, name) VALUES (?, ?, ?)', [
        randomUUID(),
        randomUUID(),
        '龙凤镇',
      ]),
    ).toThrow(/FOREIGN KEY constraint/);
  });

  it('refuses the same town twice in one county', () => {
    const county = db.get<{ id: string }>("SELECT id FROM counties WHERE code = '422801'")!.id;
    db.run('INSERT INTO towns (id, county_id, name) VALUES (?, ?, ?)', [randomUUID(), county, '龙凤镇']);
    expect(() =>
      db.run('INSERT INTO towns (id, county_id, name) VALUES (?, ?, ?)', [randomUUID(), county, '龙凤镇']),
    ).toThrow(/UNIQUE constraint/);
  });

  it('numbers audit entries in order', () => {
    for (const action of ['a', 'b']) {
      db.run("INSERT INTO audit_log (at, operator, action, entity, summary) VALUES (?, '', ?, 'x', '')", [
        NOW,
        action,
      ]);
    }
    expect(db.all<{ id: number; action: string }>('SELECT id, action FROM audit_log ORDER BY id')).toEqual([
      { id: 1, action: 'a' },
      { id: 2, action: 'b' },
    ]);
  });

  it('is a no-op when run again', () => {
    const before = db.all('SELECT * FROM counties ORDER BY code');
    expect(migrate(db, 1)).toEqual([]);
    expect(db.userVersion()).toBe(1);
    expect(db.all('SELECT * FROM counties ORDER BY code')).toEqual(before);
  });
});
