import { ApiError } from '../../../shared/contract/result';
import { countedAt, reconcile } from '../../../shared/domain/transport/reconcile';
import { splitCouples } from '../../../shared/domain/transport/seating';
import type { TripDetail } from '../../../shared/domain/transport/trip';
import type { Database } from '../db/database';
import { listSeats, personTripsOf, toPassenger } from './repos/trip-seats';
import { findTrip, tripRecord, type DbTrip } from './repos/trips';
import { refuse } from './refusal';

/** A trip with its passengers, counts checked against each other, and couples split apart. */
export function tripDetail(db: Database, id: string, asOf: string): TripDetail {
  const trip = findTrip(db, id);
  if (!trip) throw new ApiError('not_found', 'e.not_found');
  const seats = listSeats(db, id);
  const passengers = seats.map((s) => toPassenger(s, asOf));
  return {
    ...trip,
    passengers,
    reconciliation: reconcile(passengers, countedAt(trip.status)),
    splitCouples: splitCouples(
      trip.seats,
      passengers.map((p) => ({ seatNo: p.seatNo, personId: p.seekerId, partnerId: p.partnerId })),
    ),
    personTrips: personTripsOf(db, id),
  };
}

export function requireTrip(db: Database, id: string): DbTrip {
  const trip = tripRecord(db, id);
  if (!trip) throw new ApiError('not_found', 'e.not_found');
  return trip;
}

/** Passengers are fixed once a trip is closed (its person-trips are recorded) or cancelled. */
export function assertPassengersEditable(trip: DbTrip): void {
  if (trip.status === 'closed') throw refuse('v.trip_closed_passengers', { trip: trip.trip_no });
  if (trip.status === 'cancelled') throw refuse('v.trip_cancelled', { trip: trip.trip_no });
}
