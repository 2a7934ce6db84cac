import type { Params } from '../../db/database';
import type { Database } from '../../db/database';
import type { Trip, TripCounts, TripRow } from '../../../../shared/domain/transport/trip';
import type { TripInputParsed } from '../../../../shared/domain/transport/trip-input';
import type { TripStatus } from '../../../../shared/domain/transport/trip-status';

export interface DbTrip {
  id: string;
  trip_no: string;
  trip_date: string;
  departure_time: string;
  county_code: string;
  destination: string;
  plate: string;
  seats: number;
  driver_name: string;
  driver_phone: string;
  status: TripStatus;
  notes: string;
  seen_off_by: string;
  seen_off_at: string | null;
  received_by: string;
  received_at: string | null;
  escorted_in_by: string;
  escorted_in_at: string | null;
  departed_at: string | null;
  arrived_at: string | null;
  closed_at: string | null;
  closed_by: string | null;
  created_at: string;
  updated_at: string;
}

export function tripRecord(db: Database, id: string): DbTrip | undefined {
  return db.get<DbTrip>('SELECT * FROM trips WHERE id = ?', [id]);
}

/** `20220215-03`: the date and the next number that day. */
export function nextTripNo(db: Database, date: string): string {
  const prefix = date.replace(/-/g, '');
  const last = db.get<{ n: number | null }>(
    `SELECT MAX(CAST(substr(trip_no, 10) AS INTEGER)) AS n FROM trips WHERE trip_date = ? AND trip_no LIKE ?`,
    [date, `${prefix}-%`],
  )?.n;
  return `${prefix}-${String((last ?? 0) + 1).padStart(2, '0')}`;
}

const FIELDS_SQL = `trip_date = ?, departure_time = ?, county_code = ?, destination = ?, plate = ?, seats = ?,
  driver_name = ?, driver_phone = ?, notes = ?, seen_off_by = ?, seen_off_at = ?, received_by = ?,
  received_at = ?, escorted_in_by = ?, escorted_in_at = ?`;

function fieldParams(t: TripInputParsed): (string | number | null)[] {
  const h = t.handover;
  return [
    t.date,
    t.departureTime,
    t.countyCode,
    t.destination,
    t.plate,
    t.seats,
    t.driverName,
    t.driverPhone,
    t.notes,
    h.seenOffBy,
    h.seenOffAt,
    h.receivedBy,
    h.receivedAt,
    h.escortedInBy,
    h.escortedInAt,
  ];
}

export function insertTrip(db: Database, id: string, tripNo: string, t: TripInputParsed, now: string): void {
  db.run(
    `INSERT INTO trips (id, trip_no, trip_date, departure_time, county_code, destination, plate, seats,
       driver_name, driver_phone, notes, seen_off_by, seen_off_at, received_by, received_at, escorted_in_by,
       escorted_in_at, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'planned', ?, ?)`,
    [id, tripNo, ...fieldParams(t), now, now],
  );
  replaceChildren(db, id, t);
}

export function updateTrip(db: Database, id: string, t: TripInputParsed, now: string): void {
  db.run(`UPDATE trips SET ${FIELDS_SQL}, updated_at = ? WHERE id = ?`, [...fieldParams(t), now, id]);
  replaceChildren(db, id, t);
}

/** Pickups, enterprises, escorts and supplies are edited as whole lists: replaced in one go. */
function replaceChildren(db: Database, id: string, t: TripInputParsed): void {
  for (const table of ['trip_pickups', 'trip_enterprises', 'trip_escorts', 'trip_supplies']) {
    db.run(`DELETE FROM ${table} WHERE trip_id = ?`, [id]);
  }
  t.pickups.forEach((p, i) =>
    db.run('INSERT INTO trip_pickups (trip_id, position, town, place, time) VALUES (?, ?, ?, ?, ?)', [
      id,
      i,
      p.town,
      p.place,
      p.time,
    ]),
  );
  t.enterpriseIds.forEach((e, i) =>
    db.run('INSERT INTO trip_enterprises (trip_id, position, enterprise_id) VALUES (?, ?, ?)', [id, i, e]),
  );
  t.escorts.forEach((e, i) =>
    db.run('INSERT INTO trip_escorts (trip_id, position, name, phone) VALUES (?, ?, ?, ?)', [
      id,
      i,
      e.name,
      e.phone,
    ]),
  );
  for (const s of t.supplies) {
    db.run('INSERT INTO trip_supplies (trip_id, item_id, quantity) VALUES (?, ?, ?)', [
      id,
      s.itemId,
      s.quantity,
    ]);
  }
}

/** Changes the status; the first departure, arrival and the closing keep their time. */
export function writeStatus(
  db: Database,
  id: string,
  status: TripStatus,
  now: string,
  closedBy: string | null = null,
): void {
  db.run(
    `UPDATE trips SET status = ?, updated_at = ?,
       departed_at = CASE WHEN ? = 'departed' THEN COALESCE(departed_at, ?) ELSE departed_at END,
       arrived_at = CASE WHEN ? = 'arrived' THEN COALESCE(arrived_at, ?) ELSE arrived_at END,
       closed_at = CASE WHEN ? = 'closed' THEN ? ELSE closed_at END,
       closed_by = CASE WHEN ? = 'closed' THEN ? ELSE closed_by END
     WHERE id = ?`,
    [status, now, status, now, status, now, status, now, status, closedBy, id],
  );
}

export function touchTrip(db: Database, id: string, now: string): void {
  db.run('UPDATE trips SET updated_at = ? WHERE id = ?', [now, id]);
}

interface Children {
  enterprises: Map<string, Trip['enterprises']>;
  pickups: Map<string, Trip['pickups']>;
  escorts: Map<string, Trip['escorts']>;
  supplies: Map<string, Trip['supplies']>;
  counts: Map<string, Omit<TripCounts, 'seats'>>;
}

const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** The lists of every trip matching `where` (over `trips t`), read with one query each. */
function loadChildren(db: Database, where: string, params: Params): Children {
  const c: Children = {
    enterprises: new Map(),
    pickups: new Map(),
    escorts: new Map(),
    supplies: new Map(),
    counts: new Map(),
  };
  const scoped = (sql: string) => sql.replace('$WHERE', where);
  for (const r of db.all<{ trip_id: string; id: string; name: string; short_name: string }>(
    scoped(`SELECT te.trip_id, e.id, e.name, e.short_name FROM trip_enterprises te
      JOIN trips t ON t.id = te.trip_id JOIN enterprises e ON e.id = te.enterprise_id
      WHERE $WHERE ORDER BY te.trip_id, te.position`),
    params,
  ))
    push(c.enterprises, r.trip_id, { id: r.id, name: r.name, shortName: r.short_name });
  for (const r of db.all<{ trip_id: string; town: string; place: string; time: string }>(
    scoped(`SELECT p.trip_id, p.town, p.place, p.time FROM trip_pickups p JOIN trips t ON t.id = p.trip_id
      WHERE $WHERE ORDER BY p.trip_id, p.position`),
    params,
  ))
    push(c.pickups, r.trip_id, { town: r.town, place: r.place, time: r.time });
  for (const r of db.all<{ trip_id: string; name: string; phone: string }>(
    scoped(`SELECT x.trip_id, x.name, x.phone FROM trip_escorts x JOIN trips t ON t.id = x.trip_id
      WHERE $WHERE ORDER BY x.trip_id, x.position`),
    params,
  ))
    push(c.escorts, r.trip_id, { name: r.name, phone: r.phone });
  for (const r of db.all<{
    trip_id: string;
    item_id: string;
    name_zh: string;
    name_en: string;
    unit: string;
    quantity: number;
  }>(
    scoped(`SELECT s.trip_id, s.item_id, i.name_zh, i.name_en, i.unit, s.quantity FROM trip_supplies s
      JOIN trips t ON t.id = s.trip_id JOIN supply_items i ON i.id = s.item_id
      WHERE $WHERE ORDER BY s.trip_id, i.sort_order`),
    params,
  ))
    push(c.supplies, r.trip_id, {
      itemId: r.item_id,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      unit: r.unit,
      quantity: r.quantity,
    });
  for (const r of db.all<{ trip_id: string; booked: number; boarded: number; arrived: number }>(
    scoped(`SELECT s.trip_id, COUNT(*) AS booked, SUM(s.boarded) AS boarded, SUM(s.arrived) AS arrived
      FROM trip_seats s JOIN trips t ON t.id = s.trip_id WHERE $WHERE GROUP BY s.trip_id`),
    params,
  ))
    c.counts.set(r.trip_id, { booked: r.booked, boarded: r.boarded, arrived: r.arrived });
  return c;
}

function toTrip(r: DbTrip, c: Children): Trip {
  const counts = c.counts.get(r.id) ?? { booked: 0, boarded: 0, arrived: 0 };
  return {
    id: r.id,
    tripNo: r.trip_no,
    date: r.trip_date,
    departureTime: r.departure_time,
    countyCode: r.county_code,
    destination: r.destination,
    enterprises: c.enterprises.get(r.id) ?? [],
    pickups: c.pickups.get(r.id) ?? [],
    plate: r.plate,
    seats: r.seats,
    driverName: r.driver_name,
    driverPhone: r.driver_phone,
    escorts: c.escorts.get(r.id) ?? [],
    supplies: c.supplies.get(r.id) ?? [],
    handover: {
      seenOffBy: r.seen_off_by,
      seenOffAt: r.seen_off_at,
      receivedBy: r.received_by,
      receivedAt: r.received_at,
      escortedInBy: r.escorted_in_by,
      escortedInAt: r.escorted_in_at,
    },
    notes: r.notes,
    status: r.status,
    departedAt: r.departed_at,
    arrivedAt: r.arrived_at,
    closedAt: r.closed_at,
    closedBy: r.closed_by,
    counts: { seats: r.seats, ...counts },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function findTrip(db: Database, id: string): Trip | undefined {
  const r = tripRecord(db, id);
  return r ? toTrip(r, loadChildren(db, 't.id = ?', [id])) : undefined;
}

export interface TripFilter {
  from: string | null;
  to: string | null;
  countyCode: string | null;
}

function filterSql(f: TripFilter): { where: string; params: Params } {
  const parts: string[] = [];
  const params: string[] = [];
  if (f.from) {
    parts.push('t.trip_date >= ?');
    params.push(f.from);
  }
  if (f.to) {
    parts.push('t.trip_date <= ?');
    params.push(f.to);
  }
  if (f.countyCode) {
    parts.push('t.county_code = ?');
    params.push(f.countyCode);
  }
  return { where: parts.length ? parts.join(' AND ') : '1 = 1', params };
}

/**
 * Trips for the grid and the daily view: newest first, with their counts. One statement (lists
 * joined in SQL, counts from one pass over the seats) because the grid opens on thousands of trips;
 * each row comes back as one JSON value, which sql.js hands over several times faster than columns.
 */
const ROW_SQL = `SELECT json_object('id', t.id, 'trip_no', t.trip_no, 'trip_date', t.trip_date,
  'departure_time', t.departure_time, 'county_code', t.county_code, 'destination', t.destination, 'plate', t.plate,
  'seats', t.seats, 'driver_name', t.driver_name, 'driver_phone', t.driver_phone, 'status', t.status,
  'seen_off', t.seen_off_by <> '', 'received', t.received_by <> '', 'escorted_in', t.escorted_in_by <> '',
  'booked', COALESCE(s.booked, 0), 'boarded', COALESCE(s.boarded, 0), 'arrived', COALESCE(s.arrived, 0),
  'enterprise_names', (SELECT group_concat(COALESCE(NULLIF(e.short_name, ''), e.name), '、' ORDER BY te.position)
     FROM trip_enterprises te JOIN enterprises e ON e.id = te.enterprise_id WHERE te.trip_id = t.id),
  -- A place often starts with its town (汪营镇劳动保障服务中心): the town is said once.
  'pickup_names', (SELECT group_concat(CASE WHEN substr(p.place, 1, length(p.town)) = p.town THEN p.place
     ELSE p.town || p.place END, '、' ORDER BY p.position) FROM trip_pickups p WHERE p.trip_id = t.id),
  'escort_names', (SELECT group_concat(x.name, '、' ORDER BY x.position) FROM trip_escorts x WHERE x.trip_id = t.id),
  'supplies_issued', EXISTS (SELECT 1 FROM trip_supplies su WHERE su.trip_id = t.id AND su.quantity > 0)) AS j
FROM trips t LEFT JOIN (SELECT trip_id, COUNT(*) AS booked, SUM(boarded) AS boarded, SUM(arrived) AS arrived
  FROM trip_seats GROUP BY trip_id) s ON s.trip_id = t.id`;

interface DbTripRow {
  id: string;
  trip_no: string;
  trip_date: string;
  departure_time: string;
  county_code: string;
  destination: string;
  plate: string;
  seats: number;
  driver_name: string;
  driver_phone: string;
  status: TripStatus;
  seen_off: number;
  received: number;
  escorted_in: number;
  booked: number;
  boarded: number;
  arrived: number;
  enterprise_names: string | null;
  pickup_names: string | null;
  escort_names: string | null;
  supplies_issued: number;
}

export function listTripRows(db: Database, filter: TripFilter): TripRow[] {
  const { where, params } = filterSql(filter);
  return db
    .all<{ j: string }>(
      `${ROW_SQL} WHERE ${where} ORDER BY t.trip_date DESC, t.departure_time, t.trip_no`,
      params,
    )
    .map(({ j }) => JSON.parse(j) as DbTripRow)
    .map((r) => ({
      id: r.id,
      tripNo: r.trip_no,
      date: r.trip_date,
      departureTime: r.departure_time,
      countyCode: r.county_code,
      destination: r.destination,
      enterpriseNames: r.enterprise_names ?? '',
      pickupNames: r.pickup_names ?? '',
      plate: r.plate,
      driverName: r.driver_name,
      driverPhone: r.driver_phone,
      escortNames: r.escort_names ?? '',
      status: r.status,
      seats: r.seats,
      booked: r.booked,
      boarded: r.boarded,
      arrived: r.arrived,
      handovers: { seenOff: r.seen_off === 1, received: r.received === 1, escortedIn: r.escorted_in === 1 },
      suppliesIssued: r.supplies_issued === 1,
    }));
}
