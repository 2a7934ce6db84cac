import { randomUUID } from 'node:crypto';
import {
  closeProblems,
  type CloseCheck,
  type CloseProblem,
} from '../../../shared/domain/transport/close-check';
import type { Trip, TripDetail } from '../../../shared/domain/transport/trip';
import type { TripInputParsed } from '../../../shared/domain/transport/trip-input';
import {
  canMoveTo,
  detailsEditable,
  scheduleEditable,
  seatHoldsDay,
  type SettableStatus,
} from '../../../shared/domain/transport/trip-status';
import { mayRide } from '../../../shared/domain/transport/waiting';
import type { Database } from '../db/database';
import { describeChanges, said } from '../audit/repos/audit';
import { assertEnterprise, fieldError } from '../seekers/repos/seekers';
import { assertSupplyItems } from './repos/supplies';
import { bookingsOnDay, listSeats } from './repos/trip-seats';
import { findTrip, insertTrip, nextTripNo, updateTrip, writeStatus } from './repos/trips';
import type { WriteContext } from '../write-context';
import { nameList, refuse } from './refusal';
import { requireTrip, tripDetail } from './trip-detail';

/** Creates or edits a trip (everything but passengers and status). */
export function saveTrip(db: Database, input: TripInputParsed, ctx: WriteContext, asOf: string): TripDetail {
  input.enterpriseIds.forEach((id, i) => assertEnterprise(db, id, `enterpriseIds.${i}`));
  assertSupplyItems(
    db,
    input.supplies.map((s) => s.itemId),
  );
  if (input.id === null) {
    const id = randomUUID();
    const tripNo = nextTripNo(db, input.date);
    insertTrip(db, id, tripNo, input, ctx.now);
    ctx.audit({
      action: 'trips.save',
      entity: 'trip',
      entityId: id,
      summary: said('trip_created', {
        trip: tripNo,
        county: input.countyCode,
        time: input.departureTime,
        plate: input.plate,
        count: input.seats,
      }),
    });
    return tripDetail(db, id, asOf);
  }

  const before = requireTrip(db, input.id);
  if (!detailsEditable(before.status)) throw refuse('v.trip_cancelled', { trip: before.trip_no });
  const scheduleChanged =
    before.trip_date !== input.date ||
    before.county_code !== input.countyCode ||
    before.seats !== input.seats;
  if (scheduleChanged && !scheduleEditable(before.status)) {
    throw refuse('v.trip_schedule_fixed', { trip: before.trip_no });
  }
  const seats = listSeats(db, input.id);
  if (input.seats < seats.length) throw fieldError('seats', 'v.seats_below_booked');
  const over = seats.find((s) => s.seat_no > input.seats);
  if (over) throw fieldError('seats', 'v.seats_below_taken');
  if (before.trip_date !== input.date && seats.length > 0) {
    assertFreeOnDay(
      db,
      input.date,
      input.id,
      seats.map((s) => ({ seq: s.seeker_seq, name: s.name })),
    );
  }

  const beforeView = findTrip(db, input.id)!;
  updateTrip(db, input.id, input, ctx.now);
  if (before.trip_date !== input.date) {
    db.run('UPDATE trips SET trip_no = ? WHERE id = ?', [nextTripNo(db, input.date), input.id]);
  }
  const after = findTrip(db, input.id)!;
  const changes = describeChanges('trip', auditView(beforeView), auditView(after));
  if (changes.length > 0)
    ctx.audit({
      action: 'trips.save',
      entity: 'trip',
      entityId: input.id,
      summary: said('trip', { trip: after.tripNo }, changes),
    });
  return tripDetail(db, input.id, asOf);
}

/** What the form edits of a trip, as the audit log shows it: lists as readable lines, names not ids. */
function auditView(t: Trip) {
  return {
    date: t.date,
    departureTime: t.departureTime,
    countyCode: t.countyCode,
    destination: t.destination,
    enterprises: t.enterprises.map((e) => e.name),
    pickups: t.pickups.map((p) => [p.town, p.place, p.time].filter(Boolean).join(' ')),
    plate: t.plate,
    seats: t.seats,
    driverName: t.driverName,
    driverPhone: t.driverPhone,
    escorts: t.escorts.map((e) => [e.name, e.phone].filter(Boolean).join(' ')),
    supplies: t.supplies.map((s) => `${s.nameZh} ${s.quantity}${s.unit}`),
    ...t.handover,
    notes: t.notes,
  };
}

/**
 * Refuses when any of the people holds a seat on another trip that day ("the same period": a
 * person rides one bus a day). Cancelled trips and no-shows of departed buses do not hold the day.
 */
export function assertFreeOnDay(
  db: Database,
  date: string,
  tripId: string,
  people: readonly { seq: number; name: string }[],
): void {
  const bookings = bookingsOnDay(
    db,
    date,
    tripId,
    people.map((p) => p.seq),
  ).filter((b) => seatHoldsDay(b.status, b.boarded === 1));
  if (bookings.length === 0) return;
  const nameOf = new Map(people.map((p) => [p.seq, p.name]));
  throw refuse('v.trip_double_booking', {
    date,
    count: bookings.length,
    names: nameList(bookings.map((b) => `${nameOf.get(b.seeker_seq) ?? ''} (${b.trip_no})`)),
  });
}

/** Moves a trip along planned → boarding → departed → arrived, a step back, or cancels it. */
export function setTripStatus(
  db: Database,
  id: string,
  to: SettableStatus,
  ctx: WriteContext,
  asOf: string,
): TripDetail {
  const trip = requireTrip(db, id);
  if (trip.status === to) return tripDetail(db, id, asOf);
  if (!canMoveTo(trip.status, to)) {
    throw refuse('v.trip_status', { trip: trip.trip_no, from: trip.status, to });
  }
  const seats = listSeats(db, id);
  if (to === 'boarding' && seats.length === 0) throw refuse('v.trip_no_passengers', { trip: trip.trip_no });
  if (to === 'departed' && trip.status === 'boarding' && !seats.some((s) => s.boarded === 1)) {
    throw refuse('v.trip_nobody_boarded', { trip: trip.trip_no });
  }
  writeStatus(db, id, to, ctx.now);
  ctx.audit({
    action: 'trips.setStatus',
    entity: 'trip',
    entityId: id,
    summary: said(
      'trip',
      { trip: trip.trip_no },
      describeChanges<'trip', { status: string }>('trip', { status: trip.status }, { status: to }),
    ),
  });
  return tripDetail(db, id, asOf);
}

/** Everything that stands between the trip and closing it (the close dialog shows it before asking). */
export function closeCheck(db: Database, id: string, today: string): CloseCheck {
  const trip = requireTrip(db, id);
  const seats = listSeats(db, id).map((s) => ({
    seatNo: s.seat_no,
    name: s.name,
    boarded: s.boarded === 1,
    arrived: s.arrived === 1,
    reason: s.reason,
    mayRide: mayRide(s.stage, s.stage_date, trip.trip_date),
  }));
  return {
    problems: closeProblems({ status: trip.status, date: trip.trip_date }, seats, today),
    arrived: seats.filter((s) => s.boarded && s.arrived).length,
  };
}

/** Why closing is refused, checked before anything is recorded: the first problem of `closeCheck`. */
export function assertClosable(db: Database, id: string, today: string): void {
  const { problems } = closeCheck(db, id, today);
  if (problems[0]) throw closeRefusal(requireTrip(db, id), problems[0], problems);
}

function closeRefusal(
  trip: { trip_no: string; status: string; trip_date: string },
  problem: CloseProblem,
  all: readonly CloseProblem[],
) {
  const count = (kind: CloseProblem['kind']) => all.find((p) => p.kind === kind)?.people.length ?? 0;
  switch (problem.kind) {
    case 'closed':
      return refuse('v.trip_closed_passengers', { trip: trip.trip_no });
    case 'not_arrived':
      return refuse('v.trip_close_not_arrived', { trip: trip.trip_no, status: trip.status });
    case 'future':
      return refuse('v.trip_close_future', { trip: trip.trip_no, date: trip.trip_date });
    case 'no_passengers':
      return refuse('v.trip_no_passengers', { trip: trip.trip_no });
    case 'no_arrivals':
      return refuse('v.trip_close_no_arrivals', { trip: trip.trip_no });
    case 'not_boarded_unexplained':
    case 'not_arrived_unexplained':
      return refuse('v.trip_close_unexplained', {
        trip: trip.trip_no,
        notBoarded: count('not_boarded_unexplained'),
        notArrived: count('not_arrived_unexplained'),
      });
    case 'cannot_ride':
      return refuse('v.trip_close_refused', {
        trip: trip.trip_no,
        count: problem.people.length,
        names: nameList(problem.people.map((p) => p.name)),
      });
  }
}
