import { v7 as uuidv7 } from 'uuid';
import { checkIdNumber } from '../../../../shared/domain/id-number';
import type { SeekerInputParsed } from '../../../../shared/domain/seeker';
import type { BulkValue } from '../../db/bulk-insert';
import type { Database } from '../../db/database';
import { key as eventTallyKey, UPSERT as EVENT_TALLY_UPSERT } from '../../db/migrations/0007-event-tally';
import { newUuidBytes } from '../../db/binary-uuid';
import { INSERT_REGISTRATION_SQL } from '../../seekers/repos/registrations';
import { INSERT_SEEKER_SQL, lastSeekerSeq, seekerValues } from '../../seekers/repos/seeker-insert';
import { deriveState } from '../../seekers/repos/seeker-state';
import type { WriteContext } from '../../write-context';

/** Statements an imported person costs (the person, the registration, the sign-up event). */
const STATEMENTS_PER_PERSON = 3;

/** What an imported person adds to the database file, with a margin (100k people added some 97 MB). */
const BYTES_PER_PERSON = 1280;

/**
 * Whether registering `count` people takes the set-based path: too large for the journal (the
 * batch is saved by a checkpoint), rows straight into SQLite, tallies added by grouped statements.
 */
export function isBulkImport(db: Database, count: number): boolean {
  return count * STATEMENTS_PER_PERSON > db.bulkStatementLimit;
}

/** Free room the database file needs for `count` more people (see Store.makeRoom). */
export function roomForImport(count: number): number {
  return count * BYTES_PER_PERSON;
}

/** The triggers an import's inserts fire; suspended (dropped, then created again) for a large import. */
const INSERT_TRIGGERS = ['seeker_tally_insert', 'event_tally_insert'];

/** A person is skipped, not refused, when someone registered them since the preview. */
const INSERT_NEW_SEEKER_SQL = `${INSERT_SEEKER_SQL} ON CONFLICT (id_number) DO NOTHING`;

const INSERT_SIGNUP_EVENT_SQL = `INSERT INTO seeker_events (id, seeker_seq, type, date, enterprise_id, post, reason,
  note, recorded_by, recorded_at) VALUES (?, ?, 'signed_up', ?, NULL, '', NULL, ?, ?, ?)`;

/** The groups of the people added after `base` (seq), added to the counting module's tally (migration 0008). */
const SEEKER_TALLY_ADD_SQL = `INSERT INTO seeker_tally (county_code, enterprise_id, employer_id, stage, reached,
    entry_date, people, trips, transported)
  SELECT county_code, COALESCE(enterprise_id, ''), COALESCE(employer_id, ''), stage, reached, COALESCE(entry_date, ''),
    COUNT(*), SUM(trips), SUM(trips > 0)
  FROM seekers WHERE seq > ? GROUP BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (county_code, enterprise_id, employer_id, stage, reached, entry_date) DO UPDATE SET
    people = people + excluded.people, trips = trips + excluded.trips, transported = transported + excluded.transported`;

/** Their events, added to the dashboard's tally by the same key the triggers use (migration 0007). */
const EVENT_TALLY_ADD_SQL = `INSERT INTO event_tally (date, county_code, type, enterprise_id, reason, n)
  SELECT ${eventTallyKey('e', 's')}, COUNT(*)
  FROM seekers s JOIN seeker_events e ON e.seeker_seq = s.seq
  WHERE s.seq > ? AND e.voided = 0 GROUP BY 1, 2, 3, 4, 5
  ${EVENT_TALLY_UPSERT}`;

/** Row by row through a prepared statement, each run captured for the journal. */
function runEach(db: Database, sql: string, count: number, rowAt: (i: number) => BulkValue[]): Uint8Array {
  const changes = new Uint8Array(count);
  const stmt = db.prepare(sql);
  try {
    for (let i = 0; i < count; i++) {
      stmt.run(rowAt(i));
      changes[i] = db.changes();
    }
  } finally {
    stmt.free();
  }
  return changes;
}

/**
 * Registers an import's new people, in the caller's transaction: for each, the same rows
 * `registerSeeker` writes (the person with their state, the first registration, the sign-up
 * event). One audit entry covers the batch (written by the caller), not one per person. People
 * already registered (someone may have registered them since the preview) are skipped by the
 * unique ID number and returned, never changed.
 *
 * Ids are time-ordered UUIDs (version 7), so each table's id index grows at its end.
 * Each table is filled by one prepared statement in turn. A large import is not journaled (the
 * batch is saved by a checkpoint): its rows go straight into SQLite, and it suspends the tally
 * triggers and adds its groups to the tallies afterwards, so the result is the same as row by row.
 */
export function registerImportedSeekers(
  db: Database,
  people: readonly SeekerInputParsed[],
  ctx: WriteContext,
  source: string,
  progress: (done: number) => void = () => undefined,
): { created: number; alreadyRegistered: Set<string> } {
  const base = lastSeekerSeq(db);
  // An import too large for the journal (saved by a checkpoint) brings the counting tallies up to
  // date by two grouped statements after the insert instead of by per-row triggers (a 100k-row
  // roster: one upsert per group instead of 200k).
  const setBased = isBulkImport(db, people.length);
  const suspended = setBased
    ? db.all<{ name: string; sql: string }>(
        `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${INSERT_TRIGGERS.map(() => '?').join(', ')})`,
        INSERT_TRIGGERS,
      )
    : [];
  for (const t of suspended) db.exec(`DROP TRIGGER ${t.name}`);

  // Small imports go through the journal, row by row; large ones straight into SQLite (not journaled),
  // telling progress as they go: the people are about half the work, registrations and events a
  // quarter each (`from` and `share` are fractions of it).
  const insert = (
    sql: string,
    count: number,
    rowAt: (i: number) => BulkValue[],
    from: number,
    share: number,
  ): Uint8Array => {
    if (!setBased) return runEach(db, sql, count, rowAt);
    const onRows = (done: number) =>
      progress(Math.floor(people.length * (from + (share * done) / Math.max(1, count))));
    return db.insertRows(sql, count, rowAt, onRows);
  };

  const ids = people.map((p) => {
    const id = checkIdNumber(p.idNumber);
    if (!id.ok) throw new Error(`an import row with an invalid ID number reached the commit: ${id.problem}`);
    return id.info;
  });
  progress(0);
  const inserted = insert(
    INSERT_NEW_SEEKER_SQL,
    people.length,
    (i) => {
      const p = people[i]!;
      const id = ids[i]!;
      const state = deriveState(
        [{ type: 'signed_up', date: p.signedUpOn, enterpriseId: null }],
        p.intendedEnterpriseId,
      )!;
      const details = { ...p, id: uuidv7(), idNumber: id.id, gender: id.gender, birthDate: id.birthDate };
      return seekerValues(base + i + 1, details, state, 0, ctx.now);
    },
    0,
    0.5,
  );
  progress(Math.floor(people.length / 2));
  const alreadyRegistered = new Set<string>();
  // Person i has seq base + i + 1; someone skipped leaves a gap.
  const added: number[] = [];
  inserted.forEach((n, i) => (n === 0 ? alreadyRegistered.add(ids[i]!.id) : added.push(i)));
  insert(
    INSERT_REGISTRATION_SQL,
    added.length,
    (k) => {
      const i = added[k]!;
      const p = people[i]!;
      return [uuidv7(), base + i + 1, p.signedUpOn, p.signedUpAt, p.channel, source, ctx.operator, ctx.now];
    },
    0.5,
    0.25,
  );
  insert(
    INSERT_SIGNUP_EVENT_SQL,
    added.length,
    (k) => {
      const i = added[k]!;
      const p = people[i]!;
      return [newUuidBytes(), base + i + 1, p.signedUpOn, p.signedUpAt, ctx.operator, ctx.now];
    },
    0.75,
    0.25,
  );

  if (setBased) {
    db.run(SEEKER_TALLY_ADD_SQL, [base]);
    db.run(EVENT_TALLY_ADD_SQL, [base]);
    for (const t of suspended) db.exec(t.sql);
  }
  progress(people.length);
  return { created: added.length, alreadyRegistered };
}
