import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../../../../electron/backend/db/database';
import { migrate } from '../../../../../electron/backend/db/migrations';
import { loadSqlJs } from '../../../../../electron/backend/db/sql';
import { FINDING_CATEGORIES, FINDING_STATES, FINDING_STEPS } from '../../../../../shared/domain/supervision';

let db: Database;
const NOW = '2022-03-10T02:00:00.000Z';
let enterprise: string;

beforeEach(async () => {
  const SQL = await loadSqlJs();
  db = new Database(new SQL.Database());
  migrate(db, 9);
  enterprise = randomUUID();
  db.run("INSERT INTO enterprises (id, name, created_at, updated_at) VALUES (?, '立讯', ?, ?)", [
    enterprise,
    NOW,
    NOW,
  ]);
});

function insertFinding(values: Record<string, string | number | null> = {}): string {
  const row = {
    id: randomUUID(),
    class_no: 2,
    found_on: '2022-03-01',
    county_code: '422825',
    town: '椒园镇',
    enterprise_id: null,
    category: 'recruitment_task',
    problem: '报名人员核实分类滞后',
    requirement: '3日内完成核实分类',
    responsible_unit: '宣恩县人社局',
    responsible_person: '田xx',
    deadline_kind: 'by_date',
    deadline: '2022-03-05',
    state: 'assigned',
    state_on: '2022-03-01',
    closed_on: null,
    recorded_by: '',
    recorded_at: NOW,
    updated_at: NOW,
    ...values,
  };
  const cols = Object.keys(row);
  db.run(
    `INSERT INTO findings (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
    Object.values(row),
  );
  return row.id;
}

function insertStep(findingId: string, values: Record<string, string | null> = {}): void {
  const row = {
    id: randomUUID(),
    finding_id: findingId,
    step: 'progress',
    date: '2022-03-03',
    note: '已核实一半',
    by_whom: '',
    outcome: null,
    from_state: 'assigned',
    to_state: 'in_progress',
    recorded_by: '',
    recorded_at: NOW,
    ...values,
  };
  const cols = Object.keys(row);
  db.run(
    `INSERT INTO finding_steps (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
    Object.values(row),
  );
}

describe('migration 0010 (supervision findings)', () => {
  it('keeps the rows already there and adds the findings tables', () => {
    const before = db.all('SELECT * FROM enterprises');
    expect(migrate(db, 10)).toEqual([10]);
    expect(db.userVersion()).toBe(10);
    expect(db.all('SELECT * FROM enterprises')).toEqual(before);
    const tables = db
      .all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['findings', 'finding_steps']));
  });

  it('accepts every category, state and step of the domain and no other', () => {
    migrate(db, 10);
    for (const category of FINDING_CATEGORIES) expect(() => insertFinding({ category })).not.toThrow();
    for (const state of FINDING_STATES)
      expect(() =>
        insertFinding({ state, closed_on: state === 'closed' ? '2022-03-08' : null }),
      ).not.toThrow();
    expect(() => insertFinding({ category: 'weather' })).toThrow(/CHECK constraint/);
    expect(() => insertFinding({ state: 'done' })).toThrow(/CHECK constraint/);
    const id = insertFinding();
    for (const step of FINDING_STEPS)
      expect(() => insertStep(id, { step, outcome: step === 'follow_up' ? 'held' : null })).not.toThrow();
    expect(() => insertStep(id, { step: 'approve' })).toThrow(/CHECK constraint/);
    expect(() => insertStep(id, { step: 'follow_up', outcome: null })).toThrow(/CHECK constraint/);
  });

  it('refuses a deadline before the finding, a dated finding without a deadline, and an unknown county', () => {
    migrate(db, 10);
    expect(() => insertFinding({ deadline: '2022-02-28' })).toThrow(/CHECK constraint/);
    expect(() => insertFinding({ deadline: null })).toThrow(/CHECK constraint/);
    expect(() => insertFinding({ deadline_kind: 'ongoing', deadline: null })).not.toThrow();
    expect(() => insertFinding({ county_code: '999999' })).toThrow(/FOREIGN KEY constraint/);
    expect(() => insertFinding({ enterprise_id: enterprise })).not.toThrow();
  });

  it('keeps the closing date exactly when the finding is closed', () => {
    migrate(db, 10);
    expect(() => insertFinding({ state: 'closed', closed_on: null })).toThrow(/CHECK constraint/);
    expect(() => insertFinding({ state: 'checked', closed_on: '2022-03-08' })).toThrow(/CHECK constraint/);
  });
});
