import { countyByCode } from '../../../shared/domain/counties';
import type { Database } from '../db/database';
import type { DemoTrip, DemoTripPlan } from './demo-trips';

const SUPPLY_PER_PERSON: Record<string, number> = {
  核酸检测: 1,
  防疫物资包: 1,
  方便面: 1,
  火腿肠: 2,
  矿泉水: 2,
};

/**
 * Inserts the planned trips with their lists and seats (people already inserted: `seqOf` gives
 * each demo person's row). Prepared statements, one transaction with the rest of the demo.
 */
export function insertDemoTrips(
  db: Database,
  plan: DemoTripPlan,
  seqOf: (person: number) => number,
  enterpriseIds: ReadonlyMap<string, string>,
  now: string,
): { trips: number; seats: number } {
  const items = db.all<{ id: string; name_zh: string }>('SELECT id, name_zh FROM supply_items');
  const trip = db.prepare(
    `INSERT INTO trips (id, trip_no, trip_date, departure_time, county_code, destination, plate, seats, driver_name,
       driver_phone, status, notes, seen_off_by, seen_off_at, received_by, received_at, escorted_in_by, escorted_in_at,
       departed_at, arrived_at, closed_at, closed_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, '恩施高新区', ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const pickup = db.prepare(
    'INSERT INTO trip_pickups (trip_id, position, town, place, time) VALUES (?, ?, ?, ?, ?)',
  );
  const enterprise = db.prepare(
    'INSERT INTO trip_enterprises (trip_id, position, enterprise_id) VALUES (?, ?, ?)',
  );
  const escort = db.prepare('INSERT INTO trip_escorts (trip_id, position, name, phone) VALUES (?, ?, ?, ?)');
  const supply = db.prepare('INSERT INTO trip_supplies (trip_id, item_id, quantity) VALUES (?, ?, ?)');
  const seat = db.prepare(
    `INSERT INTO trip_seats (trip_id, seat_no, seeker_seq, enterprise_id, boarded, arrived, reason, reason_note, added_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let seats = 0;
  try {
    for (const t of plan.trips) {
      const h = t.handover;
      const closed = t.status === 'closed';
      trip.run([
        t.id,
        t.tripNo,
        t.date,
        t.departureTime,
        t.countyCode,
        t.plate,
        t.seats,
        t.driverName,
        t.driverPhone,
        t.status,
        h?.seenOffBy ?? '',
        h?.seenOffAt ?? null,
        h?.receivedBy ?? '',
        h?.receivedAt ?? null,
        h?.escortedInBy ?? '',
        h?.escortedInAt ?? null,
        t.departedAt,
        t.arrivedAt,
        closed ? t.arrivedAt : null,
        // The county bureau closed its buses, as it recorded its people's steps.
        closed ? `${countyByCode(t.countyCode)?.nameZh ?? ''}人社局` : null,
        now,
        now,
      ]);
      t.pickups.forEach((p, i) => pickup.run([t.id, i, p.town, p.place, p.time]));
      t.enterprises.forEach((name, i) => enterprise.run([t.id, i, idOf(enterpriseIds, name)]));
      t.escorts.forEach((e, i) => escort.run([t.id, i, e.name, e.phone]));
      const riders = riding(t);
      for (const item of items) {
        const per = SUPPLY_PER_PERSON[item.name_zh];
        if (per) supply.run([t.id, item.id, per * riders]);
      }
      for (const s of t.passengers) {
        const rode = closed && !s.noShow;
        seat.run([
          t.id,
          s.seatNo,
          seqOf(s.person),
          s.enterprise ? idOf(enterpriseIds, s.enterprise) : null,
          rode ? 1 : 0,
          rode ? 1 : 0,
          s.noShow ? 'no_show' : null,
          s.noShow ? '电话联系，本人临时有事未到' : '',
          now,
        ]);
        seats++;
      }
    }
  } finally {
    for (const statement of [trip, pickup, enterprise, escort, supply, seat]) statement.free();
  }
  return { trips: plan.trips.length, seats };
}

/** Supplies go to everyone who boards; a planned bus is stocked for everyone booked. */
function riding(t: DemoTrip): number {
  return t.passengers.filter((s) => !s.noShow).length;
}

function idOf(ids: ReadonlyMap<string, string>, shortName: string): string {
  const id = ids.get(shortName);
  if (!id) throw new Error(`demo: no enterprise ${shortName}`);
  return id;
}
