import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../../../../electron/backend/db/database';
import { migrate } from '../../../../../electron/backend/db/migrations';
import { loadSqlJs } from '../../../../../electron/backend/db/sql';
import { COUNTS_FROM_SEEKERS_SQL } from '../../../../../electron/backend/counts/counts';

let db: Database;
const NOW = '2022-03-10T02:00:00.000Z';
let nextSeq = 1;
const enterprise = { A: '', B: '' };

beforeEach(async () => {
  const SQL = await loadSqlJs();
  db = new Database(new SQL.Database());
  migrate(db, 6);
  for (const k of ['A', 'B'] as const) {
    enterprise[k] = randomUUID();
    db.run('INSERT INTO enterprises (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)', [
      enterprise[k],
      `${k}厂`,
      NOW,
      NOW,
    ]);
  }
});

function insertSeeker(county = '422823', enterpriseId: string | null = null): number {
  const seq = nextSeq++;
  db.run(
    `INSERT INTO seekers (seq, id, id_number, name, gender, birth_date, phone, county_code, channel, signed_up_on,
       stage, stage_date, enterprise_id, created_at, updated_at)
     VALUES (?, ?, ?, '向敏', 'female', '1990-01-15', '13712341255', ?, 'point_to_point', '2022-02-10',
       'signed_up', '2022-02-10', ?, ?, ?)`,
    [seq, randomUUID(), `42282319900115${String(seq).padStart(4, '0')}`, county, enterpriseId, NOW, NOW],
  );
  return seq;
}

let nextEvent = 1;
function insertEvent(
  seekerSeq: number,
  type: string,
  date: string,
  enterpriseId: string | null = null,
  reason: string | null = null,
): number {
  const seq = nextEvent++;
  db.run(
    `INSERT INTO seeker_events (seq, id, seeker_seq, type, date, enterprise_id, reason, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, '', ?)`,
    [
      seq,
      new Uint8Array(16).map((_, i) => ((seq >> (i % 4)) & 255) ^ i),
      seekerSeq,
      type,
      date,
      enterpriseId,
      reason,
      NOW,
    ],
  );
  return seq;
}

/** The tally as it should be: the events that count, grouped the way the triggers keep them. */
function recounted(): string[] {
  return db
    .all<Record<string, string | number>>(
      `SELECT e.date, s.county_code, e.type,
         CASE
           WHEN e.enterprise_id IS NOT NULL THEN e.enterprise_id
           WHEN e.type = 'left' THEN (SELECT j.enterprise_id FROM seeker_events j WHERE j.seeker_seq = e.seeker_seq
             AND j.type = 'employed' AND j.voided = 0 AND j.date <= e.date AND j.seq < e.seq ORDER BY j.date DESC, j.seq DESC LIMIT 1)
           ELSE COALESCE(s.enterprise_id, '')
         END AS enterprise_id,
         COALESCE(e.reason, '') AS reason, COUNT(*) AS n
       FROM seeker_events e JOIN seekers s ON s.seq = e.seeker_seq WHERE e.voided = 0
       GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
    )
    .map((r) => Object.values(r).join('|'));
}

function tally(): string[] {
  return db
    .all<Record<string, string | number>>(
      `SELECT date, county_code, type, enterprise_id, reason, n FROM event_tally WHERE n <> 0
       ORDER BY 1, 2, 3, 4, 5`,
    )
    .map((r) => Object.values(r).join('|'));
}

const reached = (seq: number) =>
  db.get<{ r: number }>('SELECT reached AS r FROM seekers WHERE seq = ?', [seq])?.r;

/** A person transported twice who passed interview and exam with A. */
function pathToExam(county = '422823'): number {
  const p = insertSeeker(county, enterprise.A);
  insertEvent(p, 'signed_up', '2022-02-10');
  insertEvent(p, 'transported', '2022-02-12');
  insertEvent(p, 'transported', '2022-02-14');
  insertEvent(p, 'interview_passed', '2022-02-14', enterprise.A);
  insertEvent(p, 'exam_passed', '2022-02-15', enterprise.A);
  return p;
}

describe('migration 0007 (event tally)', () => {
  it('backfills the tally and the steps reached from events already there', () => {
    const p = pathToExam();
    insertEvent(p, 'withdrawn', '2022-02-16');
    db.run("UPDATE seeker_events SET voided = 1 WHERE type = 'signed_up'");
    expect(migrate(db, 7)).toEqual([7]);
    expect(tally()).toEqual(recounted());
    expect(tally()).toContain(`2022-02-12|422823|transported|${enterprise.A}||1`);
    expect(tally().some((r) => r.includes('signed_up'))).toBe(false);
    expect(reached(p)).toBe(3);
  });

  describe('once migrated', () => {
    beforeEach(() => {
      migrate(db, 7);
    });

    it('counts each new event for the enterprise it names, else the person’s current one', () => {
      const p = pathToExam();
      const q = insertSeeker('422801');
      insertEvent(q, 'signed_up', '2022-02-12');
      insertEvent(q, 'left', '2022-02-20', null, 'homesick');
      expect(tally()).toEqual(recounted());
      expect(tally()).toContain(`2022-02-12|422801|signed_up|||1`);
      expect(tally()).toContain(`2022-02-20|422801|left||homesick|1`);
      expect(reached(p)).toBe(3);
      expect(reached(q)).toBe(0);
    });

    it('takes voided events out and puts them back when a void is undone', () => {
      const p = pathToExam();
      db.run("UPDATE seeker_events SET voided = 1 WHERE type = 'exam_passed'");
      expect(tally()).toEqual(recounted());
      expect(tally().some((r) => r.includes('exam_passed'))).toBe(false);
      expect(reached(p)).toBe(1);
      db.run("UPDATE seeker_events SET voided = 0 WHERE type = 'exam_passed'");
      expect(tally()).toEqual(recounted());
      expect(reached(p)).toBe(3);
    });

    it('moves an event whose date is corrected', () => {
      pathToExam();
      db.run("UPDATE seeker_events SET date = '2022-02-13' WHERE date = '2022-02-12'");
      expect(tally()).toEqual(recounted());
      expect(tally()).toContain(`2022-02-13|422823|transported|${enterprise.A}||1`);
    });

    it('moves the events without an enterprise when the person’s enterprise changes, and all when the county does', () => {
      const p = pathToExam();
      db.run('UPDATE seekers SET enterprise_id = ? WHERE seq = ?', [enterprise.B, p]);
      expect(tally()).toEqual(recounted());
      expect(tally()).toContain(`2022-02-14|422823|transported|${enterprise.B}||1`);
      expect(tally()).toContain(`2022-02-14|422823|interview_passed|${enterprise.A}||1`);
      db.run("UPDATE seekers SET county_code = '422828' WHERE seq = ?", [p]);
      expect(tally()).toEqual(recounted());
      expect(tally().every((r) => r.includes('|422828|'))).toBe(true);
      db.run("UPDATE seekers SET county_code = '422801', enterprise_id = NULL WHERE seq = ?", [p]);
      expect(tally()).toEqual(recounted());
    });

    it('counts a leaving for the job left, wherever the person heads or works next', () => {
      const p = pathToExam();
      insertEvent(p, 'training_completed', '2022-02-16', enterprise.A);
      insertEvent(p, 'employed', '2022-02-17', enterprise.A);
      insertEvent(p, 'left', '2022-02-25', null, 'family');
      db.run('UPDATE seekers SET employer_id = ? WHERE seq = ?', [enterprise.A, p]);
      expect(tally()).toContain(`2022-02-25|422823|left|${enterprise.A}|family|1`);
      db.run('UPDATE seekers SET enterprise_id = ? WHERE seq = ?', [enterprise.B, p]);
      insertEvent(p, 'interview_arranged', '2022-02-26', enterprise.B);
      insertEvent(p, 'employed', '2022-03-01', enterprise.B);
      db.run('UPDATE seekers SET employer_id = ? WHERE seq = ?', [enterprise.B, p]);
      expect(tally()).toContain(`2022-02-25|422823|left|${enterprise.A}|family|1`);
      expect(tally()).toContain(`2022-02-12|422823|transported|${enterprise.B}||1`);
      expect(tally()).toEqual(recounted());
      db.run("UPDATE seekers SET county_code = '422801' WHERE seq = ?", [p]);
      expect(tally()).toContain(`2022-02-25|422801|left|${enterprise.A}|family|1`);
      expect(tally()).toEqual(recounted());
    });

    it('forgets deleted events (an undone import)', () => {
      const p = pathToExam();
      db.run('DELETE FROM seeker_events WHERE seeker_seq = ? AND type = ?', [p, 'interview_passed']);
      expect(tally()).toEqual(recounted());
      expect(reached(p)).toBe(2);
      db.run('DELETE FROM seeker_events WHERE seeker_seq = ?', [p]);
      db.run('DELETE FROM seekers WHERE seq = ?', [p]);
      expect(tally()).toEqual([]);
    });

    it('keeps the counting module’s GROUP BY on the covering index', () => {
      const plan = db
        .all<{ detail: string }>(`EXPLAIN QUERY PLAN ${COUNTS_FROM_SEEKERS_SQL}`, ['2022-02-23'])
        .map((r) => r.detail)
        .join('\n');
      expect(plan).toMatch(/USING COVERING INDEX seekers_counts/);
    });
  });
});
