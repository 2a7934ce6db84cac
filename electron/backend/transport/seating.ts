import type { z } from 'zod';
import { ApiError } from '../../../shared/contract/result';
import type { EventType } from '../../../shared/domain/pipeline';
import { applyTicks, reasonsFor, type DifferenceReason } from '../../../shared/domain/transport/reconcile';
import { assignSeats, moveSeat } from '../../../shared/domain/transport/seating';
import type { TripDetail } from '../../../shared/domain/transport/trip';
import type { SeatPatch } from '../../../shared/domain/transport/trip-input';
import {
  arrivalEditable,
  boardingEditable,
  seatingEditable,
  type TripStatus,
} from '../../../shared/domain/transport/trip-status';
import { headedFor, mayRide, rideStanding } from '../../../shared/domain/transport/waiting';
import type { Database } from '../db/database';
import { assertEnterprise, fieldError } from '../seekers/repos/seekers';
import { deleteSeat, insertSeat, listSeats, moveSeats, updateSeat } from './repos/trip-seats';
import { findTrip, touchTrip, type DbTrip } from './repos/trips';
import type { WriteContext } from '../write-context';
import type { AuditPart } from '../../../shared/domain/audit';
import { firstOf, part, said } from '../audit/repos/audit';
import { enterpriseName } from '../enterprises/repos/enterprises';
import { nameList, refuse } from './refusal';
import { assertPassengersEditable, requireTrip, tripDetail } from './trip-detail';
import { assertFreeOnDay } from './trips';

type SeatPatchParsed = z.output<typeof SeatPatch>;

interface Person {
  seq: number;
  id: string;
  name: string;
  stage: EventType;
  stage_date: string;
  partner_id: string | null;
  intended_enterprise_id: string | null;
  enterprise_id: string | null;
}

function assertSeatingOpen(trip: DbTrip): void {
  assertPassengersEditable(trip);
  if (!seatingEditable(trip.status))
    throw refuse('v.trip_seating_locked', { trip: trip.trip_no, status: trip.status });
}

function loadPeople(db: Database, ids: readonly string[]): Person[] {
  const rows = db.all<Person>(
    `SELECT s.seq, s.id, s.name, s.stage, s.stage_date, p.id AS partner_id, s.intended_enterprise_id, s.enterprise_id
     FROM seekers s LEFT JOIN seekers p ON p.seq = s.partner_seq WHERE s.id IN (${ids.map(() => '?').join(',')})`,
    [...ids],
  );
  if (rows.length !== new Set(ids).size) throw new ApiError('not_found', 'e.not_found');
  const byId = new Map(rows.map((r) => [r.id, r]));
  return [...new Set(ids)].map((id) => byId.get(id)!);
}

/** Where a new passenger is headed: where they are going if the bus goes there, else their current enterprise if it does, else the bus's only one. */
function destinedEnterprise(p: Person, tripEnterprises: readonly string[]): string | null {
  const goingTo = headedFor({
    stage: p.stage,
    intendedEnterpriseId: p.intended_enterprise_id,
    enterpriseId: p.enterprise_id,
  });
  if (goingTo && tripEnterprises.includes(goingTo)) return goingTo;
  if (p.enterprise_id && tripEnterprises.includes(p.enterprise_id)) return p.enterprise_id;
  return tripEnterprises.length === 1 ? tripEnterprises[0]! : null;
}

export function addPassengers(
  db: Database,
  tripId: string,
  seekerIds: readonly string[],
  ctx: WriteContext,
  asOf: string,
  /** The user was told who already rode with no result yet, and seats them again. */
  confirmRepeatRide = false,
): TripDetail {
  const trip = requireTrip(db, tripId);
  assertSeatingOpen(trip);
  const people = loadPeople(db, seekerIds);
  const ineligible = people.filter((p) => !mayRide(p.stage, p.stage_date, trip.trip_date));
  if (ineligible.length > 0) {
    throw refuse('v.trip_not_eligible', {
      count: ineligible.length,
      names: nameList(ineligible.map((p) => p.name)),
    });
  }
  const rodeAlready = people.filter((p) => rideStanding(p.stage) === 'rode_unresolved');
  if (rodeAlready.length > 0 && !confirmRepeatRide) {
    throw refuse('v.trip_rode_unresolved', {
      count: rodeAlready.length,
      names: nameList(rodeAlready.map((p) => p.name)),
    });
  }
  const seats = listSeats(db, tripId);
  const onBoard = people.filter((p) => seats.some((s) => s.seeker_seq === p.seq));
  if (onBoard.length > 0) throw refuse('v.trip_already_on', { names: nameList(onBoard.map((p) => p.name)) });
  assertFreeOnDay(db, trip.trip_date, tripId, people);

  const result = assignSeats(
    trip.seats,
    seats.map((s) => ({ seatNo: s.seat_no, personId: s.seeker_id, partnerId: s.partner_id })),
    people.map((p) => ({ personId: p.id, partnerId: p.partner_id })),
  );
  if (!result.ok) {
    if (result.reason === 'over_capacity') {
      throw refuse('v.trip_over_capacity', {
        trip: trip.trip_no,
        seats: trip.seats,
        free: result.free,
        requested: result.requested,
      });
    }
    throw refuse('v.trip_already_on', { names: people.find((p) => p.id === result.personId)?.name ?? '' });
  }
  const seqOf = new Map(seats.map((s) => [s.seeker_id, s.seeker_seq]));
  moveSeats(
    db,
    tripId,
    result.moves.map((m) => ({ seekerSeq: seqOf.get(m.personId)!, to: m.to })),
  );
  const tripEnterprises = (findTrip(db, tripId)?.enterprises ?? []).map((e) => e.id);
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const a of result.assigned) {
    const p = byId.get(a.personId)!;
    insertSeat(db, {
      tripId,
      seatNo: a.seatNo,
      seekerSeq: p.seq,
      enterpriseId: destinedEnterprise(p, tripEnterprises),
      now: ctx.now,
    });
  }
  touchTrip(db, tripId, ctx.now);
  ctx.audit({
    action: 'trips.addPassengers',
    entity: 'trip',
    entityId: tripId,
    summary: said('passengers_added', { trip: trip.trip_no, count: people.length }, [
      ...firstOf(
        result.assigned.map((a) => part('seat', { seat: a.seatNo, name: byId.get(a.personId)!.name })),
      ),
      ...(rodeAlready.length > 0
        ? [
            part('riding_again', {
              count: rodeAlready.length,
              names: rodeAlready.slice(0, 20).map((p) => p.name),
            }),
          ]
        : []),
    ]),
  });
  return tripDetail(db, tripId, asOf);
}

function seatOf(db: Database, tripId: string, seekerId: string) {
  const seats = listSeats(db, tripId);
  const seat = seats.find((s) => s.seeker_id === seekerId);
  if (!seat) throw new ApiError('not_found', 'e.not_found');
  return { seats, seat };
}

export function movePassenger(
  db: Database,
  input: { tripId: string; seekerId: string; seatNo: number },
  ctx: WriteContext,
  asOf: string,
): TripDetail {
  const trip = requireTrip(db, input.tripId);
  assertSeatingOpen(trip);
  const { seats, seat } = seatOf(db, input.tripId, input.seekerId);
  const moves = moveSeat(
    trip.seats,
    seats.map((s) => ({ seatNo: s.seat_no, personId: s.seeker_id, partnerId: s.partner_id })),
    input.seekerId,
    input.seatNo,
  );
  if (moves === null) throw fieldError('seatNo', 'v.seat_range');
  if (moves.length === 0) return tripDetail(db, input.tripId, asOf);
  const seqOf = new Map(seats.map((s) => [s.seeker_id, s.seeker_seq]));
  moveSeats(
    db,
    input.tripId,
    moves.map((m) => ({ seekerSeq: seqOf.get(m.personId)!, to: m.to })),
  );
  touchTrip(db, input.tripId, ctx.now);
  ctx.audit({
    action: 'trips.moveSeat',
    entity: 'trip',
    entityId: input.tripId,
    summary: said('seat_moved', {
      trip: trip.trip_no,
      name: seat.name,
      from: seat.seat_no,
      to: input.seatNo,
    }),
  });
  return tripDetail(db, input.tripId, asOf);
}

export function removePassenger(
  db: Database,
  input: { tripId: string; seekerId: string },
  ctx: WriteContext,
  asOf: string,
): TripDetail {
  const trip = requireTrip(db, input.tripId);
  assertSeatingOpen(trip);
  const { seat } = seatOf(db, input.tripId, input.seekerId);
  deleteSeat(db, input.tripId, seat.seeker_seq);
  touchTrip(db, input.tripId, ctx.now);
  ctx.audit({
    action: 'trips.removePassenger',
    entity: 'trip',
    entityId: input.tripId,
    summary: said('passenger_removed', { trip: trip.trip_no, seat: seat.seat_no, name: seat.name }),
  });
  return tripDetail(db, input.tripId, asOf);
}

function assertTickable(status: TripStatus, what: 'boarded' | 'arrived', trip: string): void {
  if (what === 'boarded' && !boardingEditable(status))
    throw refuse('v.trip_boarding_locked', { trip, status });
  if (what === 'arrived' && !arrivalEditable(status)) throw refuse('v.trip_arrival_locked', { trip, status });
}

/** Ticks, destined enterprises and reasons for one or more seats, all or nothing. */
export function updateSeats(
  db: Database,
  tripId: string,
  patches: readonly SeatPatchParsed[],
  ctx: WriteContext,
  asOf: string,
): TripDetail {
  const trip = requireTrip(db, tripId);
  assertPassengersEditable(trip);
  const seats = new Map(listSeats(db, tripId).map((s) => [s.seeker_id, s]));
  const changes: AuditPart[] = [];
  for (const patch of patches) {
    const seat = seats.get(patch.seekerId);
    if (!seat) throw new ApiError('not_found', 'e.not_found');
    const current = { boarded: seat.boarded === 1, arrived: seat.arrived === 1, reason: seat.reason };
    if (patch.boarded !== undefined && patch.boarded !== current.boarded)
      assertTickable(trip.status, 'boarded', trip.trip_no);
    if (patch.arrived !== undefined && patch.arrived !== current.arrived)
      assertTickable(trip.status, 'arrived', trip.trip_no);
    const boarded = patch.boarded ?? current.boarded;
    if (patch.arrived === true && !boarded) throw refuse('v.trip_arrived_not_boarded', { name: seat.name });
    const ticked = applyTicks(current, patch);
    let reason: DifferenceReason | null = ticked.reason;
    if (patch.reason !== undefined) {
      if (patch.reason !== null && !reasonsFor(ticked).includes(patch.reason)) {
        throw refuse('v.trip_reason_mismatch', { name: seat.name, reason: patch.reason });
      }
      reason = patch.reason;
    }
    let enterpriseId = seat.enterprise_id;
    if (patch.enterpriseId !== undefined && patch.enterpriseId !== enterpriseId) {
      assertEnterprise(db, patch.enterpriseId, 'enterpriseId');
      enterpriseId = patch.enterpriseId;
    }
    const reasonNote = reason === null ? '' : (patch.reasonNote ?? seat.reason_note);
    const next = { boarded: ticked.boarded, arrived: ticked.arrived, enterpriseId, reason, reasonNote };
    updateSeat(db, tripId, seat.seeker_seq, next);
    const who = { seat: seat.seat_no, name: seat.name };
    if (next.boarded !== current.boarded)
      changes.push(part(next.boarded ? 'seat_boarded' : 'seat_not_boarded', who));
    if (next.arrived !== current.arrived)
      changes.push(part(next.arrived ? 'seat_arrived' : 'seat_not_arrived', who));
    if (next.reason !== current.reason)
      changes.push(
        next.reason
          ? part('seat_reason', { ...who, seatReason: next.reason })
          : part('seat_reason_cleared', who),
      );
    if (next.enterpriseId !== seat.enterprise_id)
      changes.push(part('seat_enterprise', { ...who, enterprise: enterpriseName(db, next.enterpriseId) }));
  }
  if (changes.length > 0) {
    touchTrip(db, tripId, ctx.now);
    ctx.audit({
      action: 'trips.updateSeats',
      entity: 'trip',
      entityId: tripId,
      summary: said('trip', { trip: trip.trip_no }, firstOf(changes)),
    });
  }
  return tripDetail(db, tripId, asOf);
}
