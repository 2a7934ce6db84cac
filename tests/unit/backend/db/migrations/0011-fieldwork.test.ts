import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../../../../electron/backend/db/database';
import { migrate } from '../../../../../electron/backend/db/migrations';
import { loadSqlJs } from '../../../../../electron/backend/db/sql';
import { REQUEST_CATEGORIES, VISIT_KINDS } from '../../../../../shared/domain/fieldwork';

let db: Database;
const NOW = '2022-03-10T02:00:00.000Z';
let enterprise: string;
let seeker: number;
let classId: string;

beforeEach(async () => {
  const SQL = await loadSqlJs();
  db = new Database(new SQL.Database());
  // The version before this one, whichever that is: a database at it holds rows worth keeping.
  migrate(db, 10);
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
  expect(migrate(db, 11)).toEqual([11]);
  seeker = db.get<{ seq: number }>('SELECT seq FROM seekers')!.seq;
  classId = randomUUID();
  db.run(
    `INSERT INTO recruitment_classes (id, name, county_codes, created_at, updated_at) VALUES (?, '第三招聘专班', '["422822"]', ?, ?)`,
    [classId, NOW, NOW],
  );
});

function insertVisit(
  values: { kind?: string; reached?: number; signedUp?: number; policies?: string } = {},
): string {
  const id = randomUUID();
  db.run(
    `INSERT INTO field_visits (id, kind, visit_date, class_id, county_code, town, village, reached, signed_up, policies,
       created_at, updated_at) VALUES (?, ?, '2022-02-13', ?, '422822', '长梁镇', '长梁村', ?, ?, ?, ?, ?)`,
    [
      id,
      values.kind ?? 'village_meeting',
      classId,
      values.reached ?? 80,
      values.signedUp ?? 12,
      values.policies ?? '[]',
      NOW,
      NOW,
    ],
  );
  return id;
}

function insertRequest(values: { category?: string; solvedOn?: string | null; done?: string } = {}): void {
  db.run(
    `INSERT INTO service_requests (id, enterprise_id, raised_on, category, asked, done, solved_on, created_at, updated_at)
     VALUES (?, ?, '2022-02-15', ?, '一季度缺口500人', ?, ?, ?, ?)`,
    [
      randomUUID(),
      enterprise,
      values.category ?? 'shortage',
      values.done ?? '',
      values.solvedOn ?? null,
      NOW,
      NOW,
    ],
  );
}

describe('migration 0011 (field visits, enterprise service)', () => {
  it('sets user_version 10, keeps the rows it found and creates the field-work tables', () => {
    expect(db.userVersion()).toBe(11);
    expect(db.all('SELECT name FROM seekers')).toEqual([{ name: '高登琼' }]);
    expect(db.all('SELECT name FROM enterprises')).toEqual([{ name: '立讯' }]);
    const tables = db
      .all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'recruitment_classes',
        'field_visits',
        'field_visit_signups',
        'enterprise_commissioners',
        'service_requests',
      ]),
    );
  });

  it('accepts every visit kind of the domain and no other', () => {
    for (const kind of VISIT_KINDS) expect(() => insertVisit({ kind })).not.toThrow();
    expect(() => insertVisit({ kind: 'banquet' })).toThrow(/CHECK constraint/);
  });

  it('refuses more sign-ups than people reached, and policies that are not a list', () => {
    expect(() => insertVisit({ reached: 10, signedUp: 11 })).toThrow(/CHECK constraint/);
    expect(() => insertVisit({ reached: -1, signedUp: 0 })).toThrow(/CHECK constraint/);
    expect(() => insertVisit({ policies: '"stabilisation_refund"' })).toThrow(/CHECK constraint/);
  });

  it('links a person to a visit once', () => {
    const visit = insertVisit();
    const link = () =>
      db.run('INSERT INTO field_visit_signups (id, visit_id, seeker_seq) VALUES (?, ?, ?)', [
        randomUUID(),
        visit,
        seeker,
      ]);
    link();
    expect(link).toThrow(/UNIQUE constraint/);
    expect(() =>
      db.run('INSERT INTO field_visit_signups (id, visit_id, seeker_seq) VALUES (?, ?, ?)', [
        randomUUID(),
        visit,
        seeker + 1000,
      ]),
    ).toThrow(/FOREIGN KEY/);
  });

  it('accepts every request category, and closes a request only with what was done, not before it was raised', () => {
    for (const category of REQUEST_CATEGORIES) expect(() => insertRequest({ category })).not.toThrow();
    expect(() => insertRequest({ category: 'complaint' })).toThrow(/CHECK constraint/);
    expect(() => insertRequest({ solvedOn: '2022-02-20' })).toThrow(/CHECK constraint/);
    expect(() => insertRequest({ solvedOn: '2022-02-14', done: '已协调' })).toThrow(/CHECK constraint/);
    expect(() => insertRequest({ solvedOn: '2022-02-20', done: '组织专场招聘会' })).not.toThrow();
  });

  it('keeps one commissioner per enterprise', () => {
    const add = () =>
      db.run(
        `INSERT INTO enterprise_commissioners (id, enterprise_id, name, phone, created_at, updated_at)
         VALUES (?, ?, '谭专员', '13800000000', ?, ?)`,
        [randomUUID(), enterprise, NOW, NOW],
      );
    add();
    expect(add).toThrow(/UNIQUE constraint/);
  });
});
