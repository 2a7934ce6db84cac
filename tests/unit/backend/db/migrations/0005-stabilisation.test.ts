import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../../../../electron/backend/db/database';
import { migrate } from '../../../../../electron/backend/db/migrations';
import { loadSqlJs } from '../../../../../electron/backend/db/sql';
import { CASE_TYPES } from '../../../../../shared/domain/service-cases';

let db: Database;
const NOW = '2022-03-10T02:00:00.000Z';
let enterprise: string;
let seeker: number;

beforeEach(async () => {
  const SQL = await loadSqlJs();
  db = new Database(new SQL.Database());
  migrate(db, 4);
  expect(migrate(db, 5)).toEqual([5]);
  enterprise = randomUUID();
  db.run('INSERT INTO enterprises (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)', [
    enterprise,
    '立讯',
    NOW,
    NOW,
  ]);
  db.run(
    `INSERT INTO seekers (id, id_number, name, gender, birth_date, phone, county_code, channel, signed_up_on, stage,
       stage_date, created_at, updated_at)
     VALUES (?, '422822199001011234', '高登琼', 'female', '1990-01-01', '13700000000', '422822', 'point_to_point',
       '2022-02-10', 'employed', '2022-02-16', ?, ?)`,
    [randomUUID(), NOW, NOW],
  );
  seeker = db.get<{ seq: number }>('SELECT seq FROM seekers')!.seq;
});

function insertCase(values: { type?: string; status?: string } = {}): string {
  const id = randomUUID();
  db.run(
    `INSERT INTO service_cases (id, seeker_seq, enterprise_id, opened_on, type, request, status, recorded_by, recorded_at,
       updated_at) VALUES (?, ?, ?, '2022-02-20', ?, '颈椎病', ?, '', ?, ?)`,
    [id, seeker, enterprise, values.type ?? 'illness', values.status ?? 'open', NOW, NOW],
  );
  return id;
}

function insertVisit(values: { reached: number; risk: string | null; wellbeing: string | null }): void {
  db.run(
    `INSERT INTO return_visits (id, seeker_seq, visited_on, method, reached, wellbeing, risk, recorded_by, recorded_at)
     VALUES (?, ?, '2022-02-23', 'phone', ?, ?, ?, '', ?)`,
    [randomUUID(), seeker, values.reached, values.wellbeing, values.risk, NOW],
  );
}

describe('migration 0005 (stabilisation)', () => {
  it('sets user_version 5 and creates the stabilisation tables', () => {
    expect(db.userVersion()).toBe(5);
    const tables = db
      .all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'special_classes',
        'class_members',
        'service_cases',
        'case_actions',
        'return_visits',
        'transfers',
        'leaves',
      ]),
    );
  });

  it('accepts every case type of the domain and no other, and only the three statuses', () => {
    for (const type of CASE_TYPES) expect(() => insertCase({ type })).not.toThrow();
    expect(() => insertCase({ type: 'quit' })).toThrow(/CHECK constraint/);
    expect(() => insertCase({ type: 'illness other' })).toThrow(/CHECK constraint/);
    expect(() => insertCase({ status: 'closed' })).toThrow(/CHECK constraint/);
  });

  it('keeps money in whole fen, never negative', () => {
    const caseId = insertCase();
    const action = (fen: number) =>
      db.run(
        `INSERT INTO case_actions (id, case_id, date, action, cash_fen, recorded_by, recorded_at)
         VALUES (?, ?, '2022-02-21', '充值饭卡', ?, '', ?)`,
        [randomUUID(), caseId, fen, NOW],
      );
    expect(() => action(10_000)).not.toThrow();
    expect(() => action(-1)).toThrow(/CHECK constraint/);
  });

  it('records how a visit went only when the person was reached', () => {
    expect(() => insertVisit({ reached: 1, wellbeing: 'good', risk: 'none' })).not.toThrow();
    expect(() => insertVisit({ reached: 0, wellbeing: null, risk: null })).not.toThrow();
    expect(() => insertVisit({ reached: 0, wellbeing: 'good', risk: 'low' })).toThrow(/CHECK constraint/);
    expect(() => insertVisit({ reached: 1, wellbeing: 'good', risk: 'medium' })).toThrow(/CHECK constraint/);
  });

  it('refuses leave that ends before it starts and staff of an unknown county', () => {
    expect(() =>
      db.run(
        `INSERT INTO leaves (id, seeker_seq, start_date, end_date, reason, recorded_by, recorded_at)
         VALUES (?, ?, '2022-03-05', '2022-03-04', '接孩子', '', ?)`,
        [randomUUID(), seeker, NOW],
      ),
    ).toThrow(/CHECK constraint/);
    const classId = randomUUID();
    db.run(
      `INSERT INTO special_classes (id, name, enterprise_id, start_date, created_at, updated_at)
       VALUES (?, '驻立讯专班', ?, '2022-02-10', ?, ?)`,
      [classId, enterprise, NOW, NOW],
    );
    expect(() =>
      db.run(
        `INSERT INTO class_members (id, class_id, name, county_code, role, start_date)
         VALUES (?, ?, '何廷胜', '999999', 'member', '2022-02-10')`,
        [randomUUID(), classId],
      ),
    ).toThrow(/FOREIGN KEY constraint/);
  });

  it('refuses a transfer to an enterprise that does not exist', () => {
    expect(() =>
      db.run(
        `INSERT INTO transfers (id, seeker_seq, date, from_enterprise_id, to_enterprise_id, to_post, recorded_by,
           recorded_at) VALUES (?, ?, '2022-03-03', ?, ?, '宝妈线普工', '', ?)`,
        [randomUUID(), seeker, enterprise, randomUUID(), NOW],
      ),
    ).toThrow(/FOREIGN KEY constraint/);
  });
});
