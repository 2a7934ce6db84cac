/**
 * Counting people on and off: booked, boarded, arrived. The counts must match, or every difference
 * has a reason: someone booked who did not board (did not show, medical, other), someone who
 * boarded and did not arrive (left at a stop, medical, other).
 */
export const DIFFERENCE_REASONS = ['no_show', 'left_at_stop', 'medical', 'other'] as const;
export type DifferenceReason = (typeof DIFFERENCE_REASONS)[number];

/** Reasons that explain a booked person who did not board. */
export const NOT_BOARDED_REASONS: readonly DifferenceReason[] = ['no_show', 'medical', 'other'];
/** Reasons that explain a person who boarded and did not arrive. */
export const NOT_ARRIVED_REASONS: readonly DifferenceReason[] = ['left_at_stop', 'medical', 'other'];

export interface SeatCheck {
  boarded: boolean;
  arrived: boolean;
  reason: DifferenceReason | null;
}

export interface Reconciliation {
  booked: number;
  boarded: number;
  arrived: number;
  /** Booked, not boarded, with a reason that explains it. */
  notBoardedExplained: number;
  /** Boarded, not arrived, with a reason that explains it. */
  notArrivedExplained: number;
  /** Differences without a (fitting) reason. */
  unexplainedNotBoarded: number;
  unexplainedNotArrived: number;
  byReason: Record<DifferenceReason, number>;
  /** booked = boarded + explained no-boards, and boarded = arrived + explained no-arrivals. */
  balanced: boolean;
}

/** Which reasons fit a seat's ticks: none when the person boarded and arrived. */
export function reasonsFor(seat: Pick<SeatCheck, 'boarded' | 'arrived'>): readonly DifferenceReason[] {
  if (!seat.boarded) return NOT_BOARDED_REASONS;
  if (!seat.arrived) return NOT_ARRIVED_REASONS;
  return [];
}

/** Whether the reason explains the seat's difference (a seat without a difference needs none). */
export function reasonFits(seat: SeatCheck): boolean {
  const fitting = reasonsFor(seat);
  if (fitting.length === 0) return true;
  return seat.reason !== null && fitting.includes(seat.reason);
}

/** Which counts have been taken: a difference exists only once its count has been. */
export interface Counted {
  /** The bus has left: whoever did not board did not come. */
  boarding: boolean;
  /** The bus has arrived: whoever boarded and did not arrive is missing. */
  arrival: boolean;
}

/** Before the bus leaves, people not yet on board are still expected; before it arrives, on the way. */
export function countedAt(status: string): Counted {
  return {
    boarding: status === 'departed' || status === 'arrived' || status === 'closed',
    arrival: status === 'arrived' || status === 'closed',
  };
}

export function reconcile(
  seats: readonly SeatCheck[],
  counted: Counted = { boarding: true, arrival: true },
): Reconciliation {
  const byReason: Record<DifferenceReason, number> = { no_show: 0, left_at_stop: 0, medical: 0, other: 0 };
  const r = {
    booked: seats.length,
    boarded: 0,
    arrived: 0,
    notBoardedExplained: 0,
    notArrivedExplained: 0,
    unexplainedNotBoarded: 0,
    unexplainedNotArrived: 0,
  };
  for (const s of seats) {
    if (s.boarded) r.boarded++;
    if (s.boarded && s.arrived) r.arrived++;
    if (s.boarded && (s.arrived || !counted.arrival)) continue;
    if (!s.boarded && !counted.boarding && s.reason === null) continue;
    const explained = reasonFits(s);
    if (explained && s.reason) byReason[s.reason]++;
    if (!s.boarded) {
      if (explained) r.notBoardedExplained++;
      else r.unexplainedNotBoarded++;
    } else if (explained) r.notArrivedExplained++;
    else r.unexplainedNotArrived++;
  }
  return { ...r, byReason, balanced: r.unexplainedNotBoarded === 0 && r.unexplainedNotArrived === 0 };
}

/**
 * The seat after new ticks: nobody arrives without boarding, and a reason that no longer fits the
 * ticks (a no-show who then boarded) is dropped rather than left contradicting them.
 */
export function applyTicks(seat: SeatCheck, patch: { boarded?: boolean; arrived?: boolean }): SeatCheck {
  const boarded = patch.boarded ?? seat.boarded;
  const arrived = boarded && (patch.arrived ?? (patch.boarded === false ? false : seat.arrived));
  const next = { boarded, arrived, reason: seat.reason };
  if (next.reason !== null && !reasonsFor(next).includes(next.reason)) next.reason = null;
  return next;
}
