import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../../../../electron/backend/db/database';
import { migrate } from '../../../../../electron/backend/db/migrations';
import { loadSqlJs } from '../../../../../electron/backend/db/sql';
import { CLAIM_STATES } from '../../../../../shared/domain/policies/status';
import { EVIDENCE_KINDS } from '../../../../../shared/domain/policies/catalogue';

let db: Database;
const NOW = '2022-03-10T02:00:00.000Z';
let seq: number;

beforeEach(async () => {
  const SQL = await loadSqlJs();
  db = new Database(new SQL.Database());
  migrate(db, 11);
  db.run(
    `INSERT INTO seekers (id, id_number, name, gender, birth_date, phone, county_code, channel, signed_up_on,
       stage, stage_date, entry_date, created_at, updated_at)
     VALUES (?, '422825199001011234', '向阳', 'male', '1990-01-01', '13800000000', '422825', 'point_to_point',
       '2022-02-09', 'employed', '2022-02-15', '2022-02-15', ?, ?)`,
    [randomUUID(), NOW, NOW],
  );
  seq = db.get<{ seq: number }>('SELECT seq FROM seekers')!.seq;
});

function insert(table: string, row: Record<string, string | number | null>): void {
  const cols = Object.keys(row);
  db.run(
    `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
    Object.values(row),
  );
}

function rule(values: Record<string, string | number | null> = {}): string {
  const id = randomUUID();
  insert('policy_rules', {
    id,
    rule_key: 'k1',
    version: 1,
    name: '一次性求职补贴',
    definition: '{}',
    created_at: NOW,
    updated_at: NOW,
    ...values,
  });
  return id;
}

function batch(ruleId: string): string {
  const id = randomUUID();
  insert('policy_batches', {
    id,
    batch_no: `B-${id.slice(0, 8)}`,
    rule_id: ruleId,
    county_code: '422825',
    made_on: '2022-03-10',
    created_at: NOW,
  });
  return id;
}

function claim(ruleId: string, batchId: string, values: Record<string, string | number | null> = {}): void {
  insert('policy_claims', {
    id: randomUUID(),
    batch_id: batchId,
    rule_id: ruleId,
    rule_key: 'k1',
    seeker_seq: seq,
    period: '',
    state: 'claimed',
    computed_amount: 500,
    created_at: NOW,
    updated_at: NOW,
    ...values,
  });
}

describe('migration 0012 (policies)', () => {
  it('keeps the people already there and adds the policy tables', () => {
    const before = db.all('SELECT * FROM seekers');
    expect(migrate(db, 12)).toEqual([12]);
    expect(db.userVersion()).toBe(12);
    expect(db.all('SELECT * FROM seekers')).toEqual(before);
    const tables = db
      .all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'policy_rules',
        'person_policy',
        'policy_evidence',
        'policy_batches',
        'policy_claims',
      ]),
    );
  });

  it('keeps one current version per rule', () => {
    migrate(db, 12);
    rule({ superseded_at: NOW });
    rule({ version: 2 });
    expect(() => rule({ version: 3 })).toThrow(/UNIQUE constraint/);
    expect(() => rule({ version: 2, superseded_at: NOW })).toThrow(/UNIQUE constraint/);
  });

  it('accepts every evidence kind and claim state of the domain and no other', () => {
    migrate(db, 12);
    for (const kind of EVIDENCE_KINDS)
      expect(() =>
        insert('policy_evidence', { seeker_seq: seq, kind, received_on: '2022-03-01', recorded_at: NOW }),
      ).not.toThrow();
    expect(() =>
      insert('policy_evidence', {
        seeker_seq: seq,
        kind: 'photo',
        received_on: '2022-03-01',
        recorded_at: NOW,
      }),
    ).toThrow(/CHECK constraint/);
    const r = rule();
    const b = batch(r);
    for (const state of CLAIM_STATES)
      expect(() =>
        claim(r, b, {
          state,
          period: state,
          paid_on: state === 'paid' ? '2022-03-10' : null,
          paid_amount: state === 'paid' ? 500 : null,
          returned_on: state === 'returned' ? '2022-03-10' : null,
        }),
      ).not.toThrow();
    expect(() => claim(r, b, { state: 'lost', period: 'x' })).toThrow(/CHECK constraint/);
  });

  it('refuses a second live claim of one person on one rule and period, and a paid claim without amount', () => {
    migrate(db, 12);
    const r = rule();
    const b = batch(r);
    claim(r, b);
    expect(() => claim(r, b)).toThrow(/UNIQUE constraint/);
    expect(() => claim(r, b, { period: '2022', state: 'paid', paid_on: '2022-03-10' })).toThrow(
      /CHECK constraint/,
    );
    expect(() => claim(r, b, { state: 'returned', returned_on: '2022-03-10' })).not.toThrow();
  });

  it('refuses a contract length without its start', () => {
    migrate(db, 12);
    expect(() => insert('person_policy', { seeker_seq: seq, contract_months: 12, updated_at: NOW })).toThrow(
      /CHECK constraint/,
    );
    expect(() =>
      insert('person_policy', {
        seeker_seq: seq,
        contract_months: 12,
        contract_start: '2022-02-15',
        updated_at: NOW,
      }),
    ).not.toThrow();
  });
});
