import { randomUUID } from 'node:crypto';
import { checkIdNumber } from '../../../shared/domain/id-number';
import type { SeekerInputParsed } from '../../../shared/domain/seeker';
import type { Database, PreparedWrite } from '../db/database';
import { key as eventTallyKey, UPSERT as EVENT_TALLY_UPSERT } from '../db/migrations/0007-event-tally';
import { newUuidBytes } from './binary-uuid';
import { INSERT_REGISTRATION_SQL } from './registrations';
import { deriveState } from './seeker-state';
import type { WriteContext } from './write-context';

/** Statements an imported person costs (the person, the registration, the sign-up event). */
const STATEMENTS_PER_PERSON = 3;

/** The triggers an import's inserts fire; suspended (dropped, then created again) for a large import. */
const INSERT_TRIGGERS = ['seeker_tally_insert', 'event_tally_insert'];

/** A person is skipped, not refused, when someone registered them since the preview. */
const INSERT_SEEKER_SQL = `INSERT INTO seekers (seq, id, id_number, name, gender, birth_date, phone, county_code, town,
  village, intended_enterprise_id, previous_work, notes, pref_near_home, pref_mothers_line, channel, signed_up_on,
  signed_up_at, stage, stage_date, enterprise_id, employer_id, entry_date, trips, reached, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
  ON CONFLICT (id_number) DO NOTHING`;

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

function runAll<T>(db: Database, sql: string, items: readonly T[], params: (item: T) => unknown[]): void {
  const stmt: PreparedWrite = db.prepare(sql);
  try {
    for (const item of items) stmt.run(params(item) as Parameters<PreparedWrite['run']>[0]);
  } finally {
    stmt.free();
  }
}

/**
 * Registers an import's new people, in the caller's transaction: for each, the same rows
 * `registerSeeker` writes (the person with their state, the first registration, the sign-up
 * event). One audit entry covers the batch (written by the caller), not one per person. People
 * already registered (someone may have registered them since the preview) are skipped by the
 * unique ID number and returned, never changed.
 *
 * Each table is filled by one prepared statement in turn; a large import suspends the tally
 * triggers and adds its groups to the tallies afterwards, so the result is the same as row by row.
 */
export function registerImportedSeekers(
  db: Database,
  people: readonly SeekerInputParsed[],
  ctx: WriteContext,
  source: string,
  progress: (done: number) => void = () => undefined,
): { created: number; alreadyRegistered: Set<string> } {
  const base = db.get<{ n: number }>('SELECT COALESCE(MAX(seq), 0) AS n FROM seekers')?.n ?? 0;
  // An import too large for the journal (saved by a checkpoint) brings the counting tallies up to
  // date by two grouped statements after the insert instead of by per-row triggers (a 100k-row
  // roster: one upsert per group instead of 200k).
  const setBased = people.length * STATEMENTS_PER_PERSON > db.bulkStatementLimit;
  const suspended = setBased
    ? db.all<{ name: string; sql: string }>(
        `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${INSERT_TRIGGERS.map(() => '?').join(', ')})`,
        INSERT_TRIGGERS,
      )
    : [];
  for (const t of suspended) db.exec(`DROP TRIGGER ${t.name}`);

  const alreadyRegistered = new Set<string>();
  const added: { seq: number; p: SeekerInputParsed }[] = [];
  const seekers = db.prepare(INSERT_SEEKER_SQL);
  try {
    let seq = base;
    for (let i = 0; i < people.length; i++) {
      const p = people[i]!;
      const id = checkIdNumber(p.idNumber);
      if (!id.ok)
        throw new Error(`an import row with an invalid ID number reached the commit: ${id.problem}`);
      const state = deriveState(
        [{ type: 'signed_up', date: p.signedUpOn, enterpriseId: null }],
        p.intendedEnterpriseId,
      )!;
      seekers.run([
        seq + 1,
        randomUUID(),
        id.info.id,
        p.name,
        id.info.gender,
        id.info.birthDate,
        p.phone,
        p.countyCode,
        p.town,
        p.village,
        p.intendedEnterpriseId,
        p.previousWork,
        p.notes,
        p.prefNearHome ? 1 : 0,
        p.prefMothersLine ? 1 : 0,
        p.channel,
        p.signedUpOn,
        p.signedUpAt,
        state.stage,
        state.stageDate,
        state.enterpriseId,
        state.employerId,
        state.entryDate,
        state.trips,
        ctx.now,
        ctx.now,
      ]);
      if (db.changes() === 0) alreadyRegistered.add(id.info.id);
      else added.push({ seq: ++seq, p });
      if (i % 5000 === 4999) progress(i + 1);
    }
  } finally {
    seekers.free();
  }
  runAll(db, INSERT_REGISTRATION_SQL, added, ({ seq, p }) => [
    randomUUID(),
    seq,
    p.signedUpOn,
    p.signedUpAt,
    p.channel,
    source,
    ctx.operator,
    ctx.now,
  ]);
  runAll(db, INSERT_SIGNUP_EVENT_SQL, added, ({ seq, p }) => [
    newUuidBytes(),
    seq,
    p.signedUpOn,
    p.signedUpAt,
    ctx.operator,
    ctx.now,
  ]);

  if (setBased) {
    db.run(SEEKER_TALLY_ADD_SQL, [base]);
    db.run(EVENT_TALLY_ADD_SQL, [base]);
    for (const t of suspended) db.exec(t.sql);
  }
  return { created: added.length, alreadyRegistered };
}
