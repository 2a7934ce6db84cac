import { ageOn, maskIdNumber } from '../../../../shared/domain/id-number';
import { maskMobile } from '../../../../shared/domain/phone';
import type { EventType } from '../../../../shared/domain/pipeline';
import type { Gender } from '../../../../shared/domain/seeker';
import type { DifferenceReason } from '../../../../shared/domain/transport/reconcile';
import type { Passenger } from '../../../../shared/domain/transport/trip';
import type { TripStatus } from '../../../../shared/domain/transport/trip-status';
import type { Database } from '../../db/database';

export interface DbSeat {
  seat_no: number;
  seeker_seq: number;
  seeker_id: string;
  name: string;
  gender: Gender;
  birth_date: string;
  id_number: string;
  phone: string;
  town: string;
  village: string;
  stage: EventType;
  stage_date: string;
  partner_id: string | null;
  partner_name: string | null;
  enterprise_id: string | null;
  enterprise_name: string | null;
  enterprise_short: string | null;
  boarded: number;
  arrived: number;
  reason: DifferenceReason | null;
  reason_note: string;
}

/** A trip's seats with the people on them, by seat number. */
export function listSeats(db: Database, tripId: string): DbSeat[] {
  return db.all<DbSeat>(
    `SELECT ts.seat_no, ts.seeker_seq, s.id AS seeker_id, s.name, s.gender, s.birth_date, s.id_number, s.phone,
       s.town, s.village, s.stage, s.stage_date, p.id AS partner_id, p.name AS partner_name,
       ts.enterprise_id, e.name AS enterprise_name,
       e.short_name AS enterprise_short, ts.boarded, ts.arrived, ts.reason, ts.reason_note
     FROM trip_seats ts JOIN seekers s ON s.seq = ts.seeker_seq
       LEFT JOIN seekers p ON p.seq = s.partner_seq
       LEFT JOIN enterprises e ON e.id = ts.enterprise_id
     WHERE ts.trip_id = ? ORDER BY ts.seat_no`,
    [tripId],
  );
}

/** A passenger as shown: ID number and phone masked. */
export function toPassenger(r: DbSeat, asOf: string): Passenger {
  return {
    seatNo: r.seat_no,
    seekerId: r.seeker_id,
    name: r.name,
    gender: r.gender,
    age: ageOn(r.birth_date, asOf),
    idMasked: maskIdNumber(r.id_number),
    phoneMasked: maskMobile(r.phone),
    town: r.town,
    village: r.village,
    stage: r.stage,
    partnerId: r.partner_id,
    partnerName: r.partner_name,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    boarded: r.boarded === 1,
    arrived: r.arrived === 1,
    reason: r.reason,
    reasonNote: r.reason_note,
  };
}

export function insertSeat(
  db: Database,
  seat: { tripId: string; seatNo: number; seekerSeq: number; enterpriseId: string | null; now: string },
): void {
  db.run(
    'INSERT INTO trip_seats (trip_id, seat_no, seeker_seq, enterprise_id, added_at) VALUES (?, ?, ?, ?, ?)',
    [seat.tripId, seat.seatNo, seat.seekerSeq, seat.enterpriseId, seat.now],
  );
}

/**
 * Moves seats. A swap cannot be two UPDATEs (the first would collide on the trip's seat key), so
 * the moving rows are taken out and put back with their new numbers, everything else kept.
 */
export function moveSeats(
  db: Database,
  tripId: string,
  moves: readonly { seekerSeq: number; to: number }[],
): void {
  const rows = moves.map((m) => ({
    to: m.to,
    row: db.get<Record<string, string | number | null>>(
      `SELECT seeker_seq, enterprise_id, boarded, arrived, reason, reason_note, added_at FROM trip_seats
       WHERE trip_id = ? AND seeker_seq = ?`,
      [tripId, m.seekerSeq],
    ),
  }));
  for (const m of moves) deleteSeat(db, tripId, m.seekerSeq);
  for (const { to, row } of rows) {
    if (!row) continue;
    db.run(
      `INSERT INTO trip_seats (trip_id, seat_no, seeker_seq, enterprise_id, boarded, arrived, reason, reason_note,
         added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        tripId,
        to,
        row.seeker_seq ?? null,
        row.enterprise_id ?? null,
        row.boarded ?? 0,
        row.arrived ?? 0,
        row.reason ?? null,
        row.reason_note ?? '',
        row.added_at ?? '',
      ],
    );
  }
}

export function deleteSeat(db: Database, tripId: string, seekerSeq: number): void {
  db.run('DELETE FROM trip_seats WHERE trip_id = ? AND seeker_seq = ?', [tripId, seekerSeq]);
}

export function updateSeat(
  db: Database,
  tripId: string,
  seekerSeq: number,
  s: {
    boarded: boolean;
    arrived: boolean;
    enterpriseId: string | null;
    reason: DifferenceReason | null;
    reasonNote: string;
  },
): void {
  db.run(
    `UPDATE trip_seats SET boarded = ?, arrived = ?, enterprise_id = ?, reason = ?, reason_note = ?
     WHERE trip_id = ? AND seeker_seq = ?`,
    [s.boarded ? 1 : 0, s.arrived ? 1 : 0, s.enterpriseId, s.reason, s.reasonNote, tripId, seekerSeq],
  );
}

export interface DayBooking {
  seeker_seq: number;
  trip_id: string;
  trip_no: string;
  status: TripStatus;
  boarded: number;
}

/** Seats the people hold on trips of that day (other than `exceptTripId`). */
export function bookingsOnDay(
  db: Database,
  date: string,
  exceptTripId: string | null,
  seekerSeqs: readonly number[] | null,
): DayBooking[] {
  const params: (string | number)[] = [date, exceptTripId ?? ''];
  let who = '';
  if (seekerSeqs) {
    who = ` AND ts.seeker_seq IN (${seekerSeqs.map(() => '?').join(',')})`;
    params.push(...seekerSeqs);
  }
  return db.all<DayBooking>(
    `SELECT ts.seeker_seq, t.id AS trip_id, t.trip_no, t.status, ts.boarded
     FROM trip_seats ts JOIN trips t ON t.id = ts.trip_id
     WHERE t.trip_date = ? AND t.id <> ?${who}`,
    params,
  );
}

/** `transported` events a trip recorded that still count. */
export function personTripsOf(db: Database, tripId: string): number {
  return (
    db.get<{ n: number }>(
      "SELECT COUNT(*) AS n FROM seeker_events WHERE trip_id = ? AND type = 'transported' AND voided = 0",
      [tripId],
    )?.n ?? 0
  );
}
