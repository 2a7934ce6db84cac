import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../../../../electron/backend/db/database';
import { migrate } from '../../../../../electron/backend/db/migrations';
import { loadSqlJs } from '../../../../../electron/backend/db/sql';

let db: Database;
const NOW = '2026-02-11T08:00:00.000Z';

beforeEach(async () => {
  const SQL = await loadSqlJs();
  db = new Database(new SQL.Database());
  expect(migrate(db, 4)).toEqual([1, 2, 3, 4]);
});

function insertTrip(values: { seats?: number; status?: string } = {}): string {
  const id = randomUUID();
  db.run(
    `INSERT INTO trips (id, trip_no, trip_date, departure_time, county_code, destination, plate, seats, status,
       created_at, updated_at) VALUES (?, '20260211-01', '2026-02-11', '07:30', '422802', '恩施高新区', '鄂QA1234', ?, ?, ?, ?)`,
    [id, values.seats ?? 45, values.status ?? 'planned', NOW, NOW],
  );
  return id;
}

function insertSeeker(n: number): number {
  db.run(
    `INSERT INTO seekers (seq, id, id_number, name, gender, birth_date, phone, county_code, channel, signed_up_on,
       stage, stage_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'male', '1990-01-01', '13700000000', '422802', 'point_to_point', '2026-02-01', 'verified',
       '2026-02-01', ?, ?)`,
    [n, randomUUID(), `42280219900101${String(1000 + n).slice(-4)}`, `乘客${n}`, NOW, NOW],
  );
  return n;
}

function insertSeat(
  tripId: string,
  seatNo: number,
  seq: number,
  values: { boarded?: number; arrived?: number; reason?: string | null } = {},
) {
  db.run(
    `INSERT INTO trip_seats (trip_id, seat_no, seeker_seq, boarded, arrived, reason, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [tripId, seatNo, seq, values.boarded ?? 0, values.arrived ?? 0, values.reason ?? null, NOW],
  );
}

describe('migration 0004 (transport)', () => {
  it('sets user_version 4 and creates the transport tables', () => {
    expect(db.userVersion()).toBe(4);
    const tables = db
      .all<{ name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%trip%' OR name = 'supply_items' ORDER BY name",
      )
      .map((r) => r.name);
    expect(tables).toEqual([
      'supply_items',
      'trip_enterprises',
      'trip_escorts',
      'trip_pickups',
      'trip_seats',
      'trip_supplies',
      'trips',
    ]);
  });

  it('seeds the five supplies of the article, in order', () => {
    expect(db.all('SELECT name_zh, name_en, sort_order FROM supply_items ORDER BY sort_order')).toEqual([
      { name_zh: '核酸检测', name_en: 'Nucleic-acid test', sort_order: 1 },
      { name_zh: '防疫物资包', name_en: 'Epidemic-prevention kit', sort_order: 2 },
      { name_zh: '方便面', name_en: 'Instant noodles', sort_order: 3 },
      { name_zh: '火腿肠', name_en: 'Ham sausage', sort_order: 4 },
      { name_zh: '矿泉水', name_en: 'Mineral water', sort_order: 5 },
    ]);
  });

  it('refuses an unknown status, a bus without seats and an unknown county', () => {
    expect(() => insertTrip({ status: 'lost' })).toThrow(/CHECK constraint/);
    expect(() => insertTrip({ seats: 0 })).toThrow(/CHECK constraint/);
    expect(() =>
      db.run(
        `INSERT INTO trips (id, trip_no, trip_date, departure_time, county_code, destination, plate, seats, created_at, updated_at)
         VALUES (?, 'x', '2026-02-11', '07:30', '999999', 'z', 'p', 45, ?, ?)`,
        [randomUUID(), NOW, NOW],
      ),
    ).toThrow(/FOREIGN KEY constraint/);
  });

  it('seats a person once per trip and a seat once', () => {
    const trip = insertTrip();
    insertSeat(trip, 1, insertSeeker(1));
    expect(() => insertSeat(trip, 2, 1)).toThrow(/UNIQUE constraint/);
    expect(() => insertSeat(trip, 1, insertSeeker(2))).toThrow(/UNIQUE constraint/);
    expect(() => insertSeat(trip, 100, 2)).toThrow(/CHECK constraint/);
  });

  it('refuses arriving without boarding, and reasons outside the list', () => {
    const trip = insertTrip();
    expect(() => insertSeat(trip, 1, insertSeeker(1), { arrived: 1 })).toThrow(/CHECK constraint/);
    expect(() => insertSeat(trip, 1, 1, { reason: 'homesick' })).toThrow(/CHECK constraint/);
    expect(() => insertSeat(trip, 1, 1, { boarded: 1, arrived: 1 })).not.toThrow();
  });

  it('refuses a negative supply quantity and a seat of a person who does not exist', () => {
    const trip = insertTrip();
    const item = db.get<{ id: string }>('SELECT id FROM supply_items LIMIT 1')!.id;
    expect(() =>
      db.run('INSERT INTO trip_supplies (trip_id, item_id, quantity) VALUES (?, ?, -1)', [trip, item]),
    ).toThrow(/CHECK constraint/);
    expect(() => insertSeat(trip, 1, 999)).toThrow(/FOREIGN KEY constraint/);
  });

  it('indexes events by trip', () => {
    const plan = db.all<{ detail: string }>(
      "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM seeker_events WHERE trip_id = 'x'",
    );
    expect(plan.map((p) => p.detail).join(' ')).toContain('seeker_events_trip');
  });
});
