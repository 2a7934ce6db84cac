import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../../../../electron/backend/db/database';
import { migrate } from '../../../../../electron/backend/db/migrations';
import { loadSqlJs } from '../../../../../electron/backend/db/sql';
import { COUNTS_FROM_SEEKERS_SQL, COUNTS_SQL } from '../../../../../electron/backend/counts/counts';

let db: Database;
let enterprise: string;
const NOW = '2022-03-10T02:00:00.000Z';
const CUTOFF = '2022-02-23';

let nextSeq = 1;
function insertSeeker(values: Record<string, string | number | null> = {}): number {
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

const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
/** The tally's groups and the groups counted from the people: they must always agree. */
function expectTallyRight(): void {
  expect(sorted(db.all(COUNTS_SQL, [CUTOFF]))).toEqual(sorted(db.all(COUNTS_FROM_SEEKERS_SQL, [CUTOFF])));
}

beforeEach(async () => {
  const SQL = await loadSqlJs();
  db = new Database(new SQL.Database());
  nextSeq = 1;
  migrate(db, 7);
  enterprise = randomUUID();
  db.run("INSERT INTO enterprises (id, name, created_at, updated_at) VALUES (?, '甲厂', ?, ?)", [
    enterprise,
    NOW,
    NOW,
  ]);
});

describe('migration 0008 (seeker tally)', () => {
  it('tallies the people already there', () => {
    insertSeeker();
    insertSeeker({
      stage: 'employed',
      enterprise_id: enterprise,
      employer_id: enterprise,
      entry_date: '2022-02-20',
      trips: 2,
    });
    insertSeeker({
      stage: 'employed',
      enterprise_id: enterprise,
      employer_id: enterprise,
      entry_date: '2022-02-20',
      trips: 1,
    });
    expect(migrate(db, 8)).toEqual([8]);
    expectTallyRight();
    expect(db.all(COUNTS_SQL, [CUTOFF])).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          stage: 'employed',
          enterprise_id: enterprise,
          people: 2,
          trips: 3,
          transported: 2,
          settled: 2,
        }),
        expect.objectContaining({
          stage: 'signed_up',
          enterprise_id: null,
          employer_id: null,
          people: 1,
          settled: 0,
        }),
      ]),
    );
  });

  it('keeps the tally right as people are added, move on, change county and are removed', () => {
    migrate(db, 8);
    const a = insertSeeker();
    const b = insertSeeker({ county_code: '422801' });
    expectTallyRight();
    db.run("UPDATE seekers SET stage = 'transported', trips = trips + 1 WHERE seq = ?", [a]);
    expectTallyRight();
    db.run(
      "UPDATE seekers SET stage = 'employed', enterprise_id = ?, employer_id = ?, entry_date = '2022-03-01', reached = 7 WHERE seq = ?",
      [enterprise, enterprise, a],
    );
    expectTallyRight();
    db.run("UPDATE seekers SET county_code = '422828', name = '向敏敏' WHERE seq = ?", [a]);
    expectTallyRight();
    // A write that changes none of the counted columns leaves the tally alone.
    const before = db.all('SELECT * FROM seeker_tally');
    db.run("UPDATE seekers SET stage = stage, trips = trips, notes = '改了备注' WHERE seq = ?", [b]);
    expect(db.all('SELECT * FROM seeker_tally')).toEqual(before);
    db.run('DELETE FROM seekers WHERE seq = ?', [b]);
    expectTallyRight();
    expect(db.all(COUNTS_SQL, [CUTOFF])).toHaveLength(1);
  });

  it('answers the grid\'s "stable" filter from the stage index alone', () => {
    migrate(db, 8);
    const plan = db
      .all<{ detail: string }>(
        "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM seekers s WHERE s.stage = 'employed' AND s.entry_date <= ?",
        [CUTOFF],
      )
      .map((r) => r.detail)
      .join('\n');
    expect(plan).toMatch(/COVERING INDEX seekers_stage/);
  });
});
