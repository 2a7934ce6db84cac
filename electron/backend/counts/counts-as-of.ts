import { EVENT_TYPES, type EventType } from '../../../shared/domain/pipeline';
import type { Database } from '../db/database';
import { activeTransfersOf, deriveState, type StateEvent } from '../seekers/repos/seeker-state';
import type { CountGroup } from './counts-tally';
import type { EntryGroup } from './counts-tally';

/**
 * The counting module as it stood at the end of a day. The tallies behind the figures hold each
 * person as they are now; everything dated after the as-of date (a trip of the next day closed
 * early, a hire recorded ahead) must not count in a dashboard or report as of that day, or the two
 * disagree. Only people with something dated after the day differ from their stored state, and
 * their stage date (the date of their latest event or transfer) says who they are: they are read
 * through the stage index and replayed up to the day (usually none, so this costs one index probe).
 */
export interface PersonState {
  county_code: string;
  enterprise_id: string | null;
  employer_id: string | null;
  stage: EventType;
  reached: number;
  entry_date: string | null;
  stage_date: string;
  trips: number;
}

/** A person as stored now, and as they stood at the end of the day (null: not yet signed up). */
export interface LaterChange {
  now: PersonState;
  then: PersonState | null;
}

const CHUNK = 500;
const STAGES = EVENT_TYPES.map((t) => `'${t}'`).join(', ');
/** Bits of `seekers.reached` (migration 0007). */
const REACHED_BIT: Partial<Record<EventType, number>> = {
  interview_passed: 1,
  exam_passed: 2,
  training_completed: 4,
};

/** Everyone whose record goes past `day`, with their state at its end. */
export function changesAfter(db: Database, day: string): LaterChange[] {
  const people = db.all<PersonState & { seq: number; intended_enterprise_id: string | null }>(
    `SELECT seq, county_code, enterprise_id, employer_id, stage, reached, entry_date, stage_date, trips,
       intended_enterprise_id
     FROM seekers WHERE stage IN (${STAGES}) AND stage_date > ?`,
    [day],
  );
  const out: LaterChange[] = [];
  for (let i = 0; i < people.length; i += CHUNK) {
    const chunk = people.slice(i, i + CHUNK);
    const seqs = chunk.map((p) => p.seq);
    const marks = seqs.map(() => '?').join(',');
    const events = new Map<number, StateEvent[]>();
    for (const e of db.all<{
      seeker_seq: number;
      type: EventType;
      date: string;
      enterprise_id: string | null;
    }>(
      `SELECT seeker_seq, type, date, enterprise_id FROM seeker_events
       WHERE seeker_seq IN (${marks}) AND voided = 0 AND date <= ? ORDER BY seeker_seq, date, seq`,
      [...seqs, day],
    )) {
      const list = events.get(e.seeker_seq) ?? [];
      list.push({ type: e.type, date: e.date, enterpriseId: e.enterprise_id });
      events.set(e.seeker_seq, list);
    }
    const transfers = activeTransfersOf(db, seqs, day);
    for (const p of chunk) {
      const past = events.get(p.seq) ?? [];
      const state = deriveState(past, p.intended_enterprise_id, transfers.get(p.seq) ?? []);
      out.push({
        now: p,
        then: state && {
          county_code: p.county_code,
          enterprise_id: state.enterpriseId,
          employer_id: state.employerId,
          stage: state.stage,
          reached: past.reduce((bits, e) => bits | (REACHED_BIT[e.type] ?? 0), 0),
          entry_date: state.entryDate,
          stage_date: state.stageDate,
          trips: state.trips,
        },
      });
    }
  }
  return out;
}

/** The counting module's groups with the later changes taken back: as they stood at the end of the day. */
export function groupsAsOf(
  groups: readonly CountGroup[],
  changes: readonly LaterChange[],
  stableCutoff: string,
): CountGroup[] {
  if (changes.length === 0) return [...groups];
  const byKey = new Map<string, CountGroup>();
  const keyOf = (
    g: Pick<CountGroup, 'county_code' | 'enterprise_id' | 'employer_id' | 'stage' | 'reached'>,
  ) => `${g.county_code}|${g.enterprise_id ?? ''}|${g.employer_id ?? ''}|${g.stage}|${g.reached}`;
  for (const g of groups) byKey.set(keyOf(g), { ...g });
  const add = (p: PersonState, sign: 1 | -1) => {
    const key = keyOf(p);
    let g = byKey.get(key);
    if (!g) {
      g = { ...p, people: 0, trips: 0, transported: 0, settled: 0 };
      byKey.set(key, g);
    }
    g.people += sign;
    g.trips += sign * p.trips;
    g.transported += sign * (p.trips > 0 ? 1 : 0);
    g.settled = (g.settled ?? 0) + sign * (p.entry_date !== null && p.entry_date <= stableCutoff ? 1 : 0);
  };
  for (const c of changes) {
    add(c.now, -1);
    if (c.then) add(c.then, 1);
  }
  return [...byKey.values()]
    .filter((g) => g.people !== 0)
    .map((g) => ({
      county_code: g.county_code,
      enterprise_id: g.enterprise_id,
      employer_id: g.employer_id,
      stage: g.stage,
      reached: g.reached,
      people: g.people,
      trips: g.trips,
      transported: g.transported,
      settled: g.settled,
    }));
}

/** People who ever had a job (for who was stable when), with the later changes taken back. */
export function entriesAsOf(
  entries: readonly EntryGroup[],
  changes: readonly LaterChange[],
  filter: { countyCode: string | null; employerId: string | null },
): EntryGroup[] {
  if (changes.length === 0) return [...entries];
  const byKey = new Map<string, EntryGroup>();
  for (const e of entries) byKey.set(`${e.entry_date}|${e.left_on ?? ''}`, { ...e });
  const add = (p: PersonState, sign: 1 | -1) => {
    if (p.entry_date === null) return;
    if (filter.countyCode !== null && p.county_code !== filter.countyCode) return;
    if (filter.employerId !== null && p.employer_id !== filter.employerId) return;
    const leftOn = p.stage === 'employed' ? null : p.stage_date;
    const key = `${p.entry_date}|${leftOn ?? ''}`;
    const found = byKey.get(key);
    if (found) found.people += sign;
    else byKey.set(key, { entry_date: p.entry_date, left_on: leftOn, people: sign });
  };
  for (const c of changes) {
    add(c.now, -1);
    if (c.then) add(c.then, 1);
  }
  return [...byKey.values()].filter((e) => e.people !== 0);
}
