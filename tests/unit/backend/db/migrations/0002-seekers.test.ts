import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../../../../electron/backend/db/database';
import { migrate } from '../../../../../electron/backend/db/migrations';
import { loadSqlJs } from '../../../../../electron/backend/db/sql';

let db: Database;
const NOW = '2022-03-10T02:00:00.000Z';

beforeEach(async () => {
  const SQL = await loadSqlJs();
  db = new Database(new SQL.Database());
  expect(migrate(db, 2)).toEqual([1, 2]);
});

function names(type: 'table' | 'index'): string[] {
  return db
    .all<{ name: string }>(
      `SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      [type],
    )
    .map((r) => r.name);
}

let nextSeq = 1;
function insertSeeker(values: Partial<Record<string, string | number | null>> = {}): number {
  const seq = nextSeq++;
  const row = {
    seq,
    id: randomUUID(),
    id_number: `42282319900115${String(seq).padStart(4, '0')}`,
    name: '向敏',
    gender: 'female',
    birth_date: '1990-01-15',
    phone: '13712341255',
    county_code: '422823',
    channel: 'point_to_point',
    signed_up_on: '2022-02-10',
    stage: 'signed_up',
    stage_date: '2022-02-10',
    created_at: NOW,
    updated_at: NOW,
    ...values,
  };
  const cols = Object.keys(row);
  db.run(
    `INSERT INTO seekers (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
    Object.values(row) as (string | number | null)[],
  );
  return seq;
}

function insertEvent(
  seekerSeq: number,
  values: Partial<Record<string, string | number | Uint8Array | null>> = {},
) {
  const row = {
    id: new Uint8Array(16).map(() => Math.floor(Math.random() * 256)),
    seeker_seq: seekerSeq,
    type: 'signed_up',
    date: '2022-02-10',
    recorded_by: '王主任',
    recorded_at: NOW,
    ...values,
  };
  const cols = Object.keys(row);
  db.run(
    `INSERT INTO seeker_events (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
    Object.values(row) as (string | number | Uint8Array | null)[],
  );
}

describe('migration 0002 (seekers)', () => {
  it('sets user_version 2 and adds the seekers, registrations and events tables', () => {
    expect(db.userVersion()).toBe(2);
    expect(names('table')).toEqual(expect.arrayContaining(['registrations', 'seeker_events', 'seekers']));
  });

  it('indexes the filters, the timeline and the counts', () => {
    expect(names('index')).toEqual(
      expect.arrayContaining([
        'registrations_seeker',
        'seeker_events_seeker',
        'seekers_counts',
        'seekers_enterprise',
        'seekers_name',
        'seekers_partner',
        'seekers_stage',
      ]),
    );
  });

  it('answers the counting GROUP BY from the covering index alone, without sorting', () => {
    const counts = `SELECT county_code, enterprise_id, employer_id, stage, COUNT(*), SUM(trips), SUM(trips > 0),
      SUM(entry_date <= ?) FROM seekers GROUP BY county_code, enterprise_id, employer_id, stage`;
    const plan = db
      .all<{ detail: string }>(`EXPLAIN QUERY PLAN ${counts}`, ['2022-02-23'])
      .map((r) => r.detail)
      .join('\n');
    expect(plan).toMatch(/USING COVERING INDEX seekers_counts/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });

  it('keeps one person per ID number', () => {
    insertSeeker({ id_number: '422823199001151234' });
    expect(() => insertSeeker({ id_number: '422823199001151234' })).toThrow(/UNIQUE constraint/);
  });

  it('refuses an unknown county, gender, stage or a stage list smuggled in one value', () => {
    expect(() => insertSeeker({ county_code: '110105' })).toThrow(/FOREIGN KEY constraint/);
    expect(() => insertSeeker({ gender: 'x' })).toThrow(/CHECK constraint/);
    expect(() => insertSeeker({ stage: 'hired' })).toThrow(/CHECK constraint/);
    expect(() => insertSeeker({ stage: 'signed' })).toThrow(/CHECK constraint/);
    expect(() => insertSeeker({ stage: 'signed_up verified' })).toThrow(/CHECK constraint/);
    expect(() => insertSeeker({ stage: 'withdrawn' })).not.toThrow();
  });

  it('refuses a partner who does not exist, or oneself', () => {
    const a = insertSeeker();
    expect(() => insertSeeker({ partner_seq: 999 })).toThrow(/FOREIGN KEY constraint/);
    expect(() => db.run('UPDATE seekers SET partner_seq = seq WHERE seq = ?', [a])).toThrow(
      /CHECK constraint/,
    );
    const b = insertSeeker({ partner_seq: a });
    expect(b).toBeGreaterThan(a);
  });

  it('checks events: a known person and enterprise, a known type and leave reason, a 16-byte id', () => {
    const s = insertSeeker();
    expect(() => insertEvent(s)).not.toThrow();
    expect(() => insertEvent(999)).toThrow(/FOREIGN KEY constraint/);
    expect(() => insertEvent(s, { enterprise_id: randomUUID() })).toThrow(/FOREIGN KEY constraint/);
    expect(() => insertEvent(s, { type: 'hired' })).toThrow(/CHECK constraint/);
    expect(() => insertEvent(s, { type: 'left', reason: 'bored' })).toThrow(/CHECK constraint/);
    expect(() => insertEvent(s, { type: 'left', reason: 'homesick' })).not.toThrow();
    expect(() => insertEvent(s, { id: new Uint8Array(15) })).toThrow(/CHECK constraint/);
    const id = new Uint8Array(16).fill(7);
    insertEvent(s, { id });
    expect(() => insertEvent(s, { id })).toThrow(/UNIQUE constraint/);
  });

  it('is a no-op when run again', () => {
    insertSeeker();
    expect(migrate(db, 2)).toEqual([]);
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM seekers')?.n).toBe(1);
  });
});
