/**
 * A trip's life: planned → boarding → departed → arrived → closed, or cancelled before it leaves.
 * A step back is allowed while nothing final has happened (a bus marked departed too early); closing
 * is final because it records the person-trips, and a cancelled trip has released its passengers.
 */
export const TRIP_STATUSES = ['planned', 'boarding', 'departed', 'arrived', 'closed', 'cancelled'] as const;
export type TripStatus = (typeof TRIP_STATUSES)[number];

/** Statuses a trip can be moved to with `trips.setStatus`; closing has its own channel. */
export const SETTABLE_STATUSES = ['planned', 'boarding', 'departed', 'arrived', 'cancelled'] as const;
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

const NEXT: Record<TripStatus, readonly TripStatus[]> = {
  planned: ['boarding', 'cancelled'],
  boarding: ['departed', 'planned', 'cancelled'],
  departed: ['arrived', 'boarding'],
  arrived: ['closed', 'departed'],
  closed: [],
  cancelled: [],
};

export function allowedStatuses(from: TripStatus): readonly TripStatus[] {
  return NEXT[from];
}

export function canMoveTo(from: TripStatus, to: TripStatus): boolean {
  return NEXT[from].includes(to);
}

/** Trips that still hold their passengers' day: a person on one of them cannot be booked on another that day. */
export function isOpen(status: TripStatus): boolean {
  return status !== 'closed' && status !== 'cancelled';
}

/** Passengers are added, moved and removed until the bus leaves. */
export function seatingEditable(status: TripStatus): boolean {
  return status === 'planned' || status === 'boarding';
}

/** Boarding ticks from the start of boarding until the trip is closed (corrections after leaving). */
export function boardingEditable(status: TripStatus): boolean {
  return status === 'boarding' || status === 'departed' || status === 'arrived';
}

/** Arrival ticks once the bus has arrived, until the trip is closed. */
export function arrivalEditable(status: TripStatus): boolean {
  return status === 'arrived';
}

/** Date, county and vehicle size stay as they were once the bus has left. */
export function scheduleEditable(status: TripStatus): boolean {
  return status === 'planned' || status === 'boarding';
}

/** Header, supplies, handover and notes: paperwork is often completed after the trip, so a closed trip keeps them editable. */
export function detailsEditable(status: TripStatus): boolean {
  return status !== 'cancelled';
}

/**
 * Whether a seat on a trip with this status keeps the person from being booked on another trip the
 * same day: a cancelled trip releases everyone; once the bus has left, only those who boarded were
 * on it (someone who did not show may take a later bus).
 */
export function seatHoldsDay(status: TripStatus, boarded: boolean): boolean {
  if (status === 'cancelled') return false;
  if (status === 'planned' || status === 'boarding') return true;
  return boarded;
}
