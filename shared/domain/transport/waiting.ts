import { canRecord, EVENT_TYPES, type EventType } from '../pipeline';

/**
 * Who a bus is for. The pipeline lets many people ride (someone who failed an interview may ride to
 * another enterprise; someone who left may come back), but the people a bus is organised for are
 * those waiting for one: verified, or with an interview arranged (`rideStanding` is `waiting`), going
 * where the bus goes (`goesTheirWay`).
 * Pure: the seating list, the seating refusal and the dialog's question all read it from here.
 */

/** Stages from which the pipeline lets a person ride (verified, waiting for an interview, back for another …). */
export const RIDING_STAGES: readonly EventType[] = EVENT_TYPES.filter((t) => canRecord(t, 'transported'));

/** Stages of people waiting for a bus. */
export const WAITING_STAGES: readonly EventType[] = ['verified', 'interview_arranged'];

/**
 * Where a person who may ride stands:
 * - `waiting`: waiting for a bus (the seating list's default);
 * - `rode_unresolved`: already rode and no result is recorded yet: seating them again asks first;
 * - `other`: may ride, but is not waiting (failed an interview or the exam elsewhere, left a job …).
 */
export const RIDE_STANDINGS = ['waiting', 'rode_unresolved', 'other'] as const;
export type RideStanding = (typeof RIDE_STANDINGS)[number];

/** Who may ride at all: the pipeline allows a `transported` step now, dated on the trip's day. */
export function mayRide(stage: EventType, stageDate: string, tripDate: string): boolean {
  return canRecord(stage, 'transported') && stageDate <= tripDate;
}

export function rideStanding(stage: EventType): RideStanding {
  if (WAITING_STAGES.includes(stage)) return 'waiting';
  return stage === 'transported' ? 'rode_unresolved' : 'other';
}

export interface Heading {
  stage: EventType;
  /** null: any enterprise (服从安排). */
  intendedEnterpriseId: string | null;
  /** The enterprise of the person's latest event that names one (e.g. the arranged interview). */
  enterpriseId: string | null;
}

/**
 * The enterprise a person is going to: the one their interview is arranged with, else the one they
 * intend; null when they take any (服从安排).
 */
export function headedFor(p: Heading): string | null {
  if (p.stage === 'interview_arranged' && p.enterpriseId !== null) return p.enterpriseId;
  return p.intendedEnterpriseId;
}

/** The bus goes their way: it visits the enterprise they are going to, or they take any. A bus with no enterprise named goes everyone's way. */
export function goesTheirWay(p: Heading, tripEnterpriseIds: readonly string[]): boolean {
  if (tripEnterpriseIds.length === 0) return true;
  const to = headedFor(p);
  return to === null || tripEnterpriseIds.includes(to);
}
