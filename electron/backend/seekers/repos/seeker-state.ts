import type { EventType } from '../../../../shared/domain/pipeline';
import { applyTransfer, mergeByDate, type TransferStep } from '../../../../shared/domain/transfers';
import type { Database } from '../../db/database';

export interface StateEvent {
  type: EventType;
  date: string;
  enterpriseId: string | null;
}

/** What the seekers table keeps of a person's events, so that grids and counts read one row per person. */
export interface SeekerState {
  stage: EventType;
  stageDate: string;
  /** The enterprise of the latest event that names one, else the intended enterprise. */
  enterpriseId: string | null;
  /** The enterprise of the latest `employed` event. */
  employerId: string | null;
  entryDate: string | null;
  trips: number;
}

/** The state after one more event (events in date order, voided ones left out). */
export function nextState(
  prev: SeekerState | null,
  e: StateEvent,
  intendedEnterpriseId: string | null,
): SeekerState {
  const employed = e.type === 'employed';
  return {
    stage: e.type,
    stageDate: e.date,
    enterpriseId: e.enterpriseId ?? prev?.enterpriseId ?? intendedEnterpriseId,
    employerId: employed ? e.enterpriseId : (prev?.employerId ?? null),
    entryDate: employed ? e.date : (prev?.entryDate ?? null),
    trips: (prev?.trips ?? 0) + (e.type === 'transported' ? 1 : 0),
  };
}

/**
 * Replays the events, and the transfers (stabilisation) between them: a transfer moves the employer
 * without a pipeline step (see shared/domain/transfers.ts for why it keeps the entry date).
 */
export function deriveState(
  events: readonly StateEvent[],
  intendedEnterpriseId: string | null,
  transfers: readonly TransferStep[] = [],
): SeekerState | null {
  let state: SeekerState | null = null;
  for (const step of mergeByDate(events, transfers)) {
    if (step.kind === 'event') state = nextState(state, step.item, intendedEnterpriseId);
    else if (state) state = applyTransfer(state, step.item);
  }
  return state;
}

export const UPDATE_STATE_SQL = `UPDATE seekers SET stage = ?, stage_date = ?, enterprise_id = ?, employer_id = ?,
  entry_date = ?, trips = ?, updated_at = ? WHERE seq = ?`;

export function stateParams(seq: number, s: SeekerState, now: string): (string | number | null)[] {
  return [s.stage, s.stageDate, s.enterpriseId, s.employerId, s.entryDate, s.trips, now, seq];
}

/** A person's events that count, in order: by date, then as recorded. */
export function activeEvents(db: Database, seq: number): (StateEvent & { seq: number })[] {
  return db
    .all<{ seq: number; type: EventType; date: string; enterprise_id: string | null }>(
      'SELECT seq, type, date, enterprise_id FROM seeker_events WHERE seeker_seq = ? AND voided = 0 ORDER BY date, seq',
      [seq],
    )
    .map((r) => ({ seq: r.seq, type: r.type, date: r.date, enterpriseId: r.enterprise_id }));
}

/** A person's transfers that count, in date order (then as recorded). */
export function activeTransfers(db: Database, seq: number): TransferStep[] {
  return db
    .all<{ date: string; to_enterprise_id: string }>(
      'SELECT date, to_enterprise_id FROM transfers WHERE seeker_seq = ? AND voided = 0 ORDER BY date, recorded_at, rowid',
      [seq],
    )
    .map((r) => ({ date: r.date, toEnterpriseId: r.to_enterprise_id }));
}

/** The transfers that count of several people, dated up to a day, each person's in date order (then as recorded). */
export function activeTransfersOf(
  db: Database,
  seqs: readonly number[],
  upTo: string,
): Map<number, TransferStep[]> {
  const out = new Map<number, TransferStep[]>();
  if (seqs.length === 0) return out;
  const rows = db.all<{ seeker_seq: number; date: string; to_enterprise_id: string }>(
    `SELECT seeker_seq, date, to_enterprise_id FROM transfers
     WHERE seeker_seq IN (${seqs.map(() => '?').join(',')}) AND voided = 0 AND date <= ?
     ORDER BY seeker_seq, date, recorded_at, rowid`,
    [...seqs, upTo],
  );
  for (const r of rows) {
    const list = out.get(r.seeker_seq) ?? [];
    list.push({ date: r.date, toEnterpriseId: r.to_enterprise_id });
    out.set(r.seeker_seq, list);
  }
  return out;
}

/** Recomputes the stored state from the events and transfers (after a correction, a transfer, a change of intended enterprise). */
export function recomputeState(db: Database, seq: number, now: string): SeekerState {
  const intended =
    db.get<{ intended_enterprise_id: string | null }>(
      'SELECT intended_enterprise_id FROM seekers WHERE seq = ?',
      [seq],
    )?.intended_enterprise_id ?? null;
  const state = deriveState(activeEvents(db, seq), intended, activeTransfers(db, seq));
  if (!state) throw new Error(`seeker ${seq} has no events`);
  db.run(UPDATE_STATE_SQL, stateParams(seq, state, now));
  return state;
}
