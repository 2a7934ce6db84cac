import type { Database } from '../../db/database';
import { INSERT_SEEKER_SQL, lastSeekerSeq, seekerValues, type SeekerDetails } from './seeker-insert';
import { registrationParams, INSERT_REGISTRATION_SQL, type NewRegistration } from './registrations';
import { eventParams, prepareEventInsert, type NewEvent } from './seeker-events';
import { deriveState } from './seeker-state';

/** A person with their whole history, as the demo (and later an import) brings them. */
export interface BulkSeeker extends SeekerDetails {
  /** Index of the partner in the same batch. */
  partner: number | null;
  registrations: Omit<NewRegistration, 'seekerSeq'>[];
  /** In order; the first is the sign-up. */
  events: Omit<NewEvent, 'seekerSeq'>[];
}

/** The steps ever passed, as migration 0007 keeps them in `seekers.reached` (interview 1, exam 2, training 4). */
const REACHED_BITS: Partial<Record<string, number>> = {
  interview_passed: 1,
  exam_passed: 2,
  training_completed: 4,
};

/**
 * Written with the person, so that the events inserted after them find it already set: the
 * trigger that keeps it then changes nothing, and the counting tally is not moved once per step.
 */
function reachedOf(events: readonly { type: string }[]): number {
  return events.reduce((bits, e) => bits | (REACHED_BITS[e.type] ?? 0), 0);
}

/**
 * Inserts many people with their registrations and events through prepared statements, their
 * current state derived from the events as every other write does. Runs in the caller's transaction.
 */
export function insertSeekersBulk(
  db: Database,
  people: readonly BulkSeeker[],
  now: string,
): { seekers: number; registrations: number; events: number } {
  const base = lastSeekerSeq(db);
  const seekers = db.prepare(INSERT_SEEKER_SQL);
  const registrations = db.prepare(INSERT_REGISTRATION_SQL);
  const events = prepareEventInsert(db);
  let registrationCount = 0;
  let eventCount = 0;
  try {
    people.forEach((p, i) => {
      const seq = base + i + 1;
      const state = deriveState(p.events, p.intendedEnterpriseId);
      if (!state) throw new Error(`${p.name} has no events`);
      seekers.run(seekerValues(seq, p, state, reachedOf(p.events), now));
      for (const r of p.registrations) registrations.run(registrationParams({ ...r, seekerSeq: seq }));
      for (const e of p.events) events.run(eventParams(e, seq));
      registrationCount += p.registrations.length;
      eventCount += p.events.length;
    });
  } finally {
    seekers.free();
    registrations.free();
    events.free();
  }
  // Partners last: a link needs both rows to exist.
  const link = db.prepare('UPDATE seekers SET partner_seq = ? WHERE seq = ?');
  try {
    people.forEach((p, i) => {
      if (p.partner !== null) link.run([base + p.partner + 1, base + i + 1]);
    });
  } finally {
    link.free();
  }
  return { seekers: people.length, registrations: registrationCount, events: eventCount };
}
