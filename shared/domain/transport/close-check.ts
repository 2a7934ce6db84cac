import { z } from 'zod';
import { reasonFits, reconcile, type SeatCheck } from './reconcile';
import type { TripStatus } from './trip-status';

/**
 * What stands between a trip and closing it, all at once, so the close dialog can say everything
 * that is missing before asking (and the backend refuses with the first of the same list).
 */
export const CLOSE_PROBLEMS = [
  'closed',
  'not_arrived',
  'future',
  'no_passengers',
  'not_boarded_unexplained',
  'no_arrivals',
  'not_arrived_unexplained',
  'cannot_ride',
] as const;
export type CloseProblemKind = (typeof CLOSE_PROBLEMS)[number];

export const CloseProblem = z.object({
  kind: z.enum(CLOSE_PROBLEMS),
  /** The passengers it is about (seat and name), for the problems about people. */
  people: z.array(z.object({ seatNo: z.number().int(), name: z.string() })),
});
export type CloseProblem = z.infer<typeof CloseProblem>;

export const CloseCheck = z.object({
  problems: z.array(CloseProblem),
  /** Passengers who arrived: the person-trips closing records. */
  arrived: z.number().int(),
});
export type CloseCheck = z.infer<typeof CloseCheck>;

export interface ClosingSeat extends SeatCheck {
  seatNo: number;
  name: string;
  /** The pipeline still lets the person take the ride closing records. */
  mayRide: boolean;
}

/**
 * The problems, in the order they are met: the trip must have arrived (and not be closed), be dated
 * today or earlier, carry passengers, have a reason for each who did not board, have its arrivals
 * ticked with a reason for each who boarded and did not arrive; and each who arrived must still be
 * able to ride in the pipeline.
 */
export function closeProblems(
  trip: { status: TripStatus; date: string },
  seats: readonly ClosingSeat[],
  today: string,
): CloseProblem[] {
  if (trip.status === 'closed') return [{ kind: 'closed', people: [] }];
  if (trip.status !== 'arrived') return [{ kind: 'not_arrived', people: [] }];
  const problems: CloseProblem[] = [];
  const add = (kind: CloseProblemKind, people: readonly ClosingSeat[] = []) =>
    problems.push({ kind, people: people.map((s) => ({ seatNo: s.seatNo, name: s.name })) });
  if (trip.date > today) add('future');
  if (seats.length === 0) {
    add('no_passengers');
    return problems;
  }
  const notBoarded = seats.filter((s) => !s.boarded && !reasonFits(s));
  if (notBoarded.length > 0) add('not_boarded_unexplained', notBoarded);
  const r = reconcile(seats);
  if (r.arrived === 0) add('no_arrivals');
  else {
    const notArrived = seats.filter((s) => s.boarded && !s.arrived && !reasonFits(s));
    if (notArrived.length > 0) add('not_arrived_unexplained', notArrived);
  }
  const cannotRide = seats.filter((s) => s.boarded && s.arrived && !s.mayRide);
  if (cannotRide.length > 0) add('cannot_ride', cannotRide);
  return problems;
}
