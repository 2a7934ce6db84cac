import { randomUUID } from 'node:crypto';
import type { Migration } from './migration';

/** The supplies the article lists, seeded so a new database can issue them at once (editable later). */
const DEFAULT_SUPPLIES: [nameZh: string, nameEn: string, unit: string][] = [
  ['核酸检测', 'Nucleic-acid test', '人次'],
  ['防疫物资包', 'Epidemic-prevention kit', '份'],
  ['方便面', 'Instant noodles', '桶'],
  ['火腿肠', 'Ham sausage', '根'],
  ['矿泉水', 'Mineral water', '瓶'],
];

/**
 * Version 4: point-to-point transport. A trip (one bus on one day) with its pickup points,
 * enterprises to visit, escorts, supplies and the "Four Haves" handover, and its seats.
 *
 * - Seats reference the person by `seekers.seq` like events do; a person sits once per trip.
 * - A seat's `reason` explains a difference between booked, boarded and arrived; `arrived <= boarded`
 *   because nobody arrives on a bus they did not board.
 * - Closing a trip records a `transported` event per arrived person carrying the trip's id; the
 *   partial index lets the trip find its events (and the grid its person-trips) without a scan.
 */
export const m0004Transport: Migration = {
  version: 4,
  name: 'transport',
  up(db) {
    db.exec(`
      CREATE TABLE supply_items (
        id TEXT PRIMARY KEY,
        name_zh TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        sort_order INTEGER NOT NULL DEFAULT 0,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX supply_items_name ON supply_items(name_zh);

      CREATE TABLE trips (
        id TEXT PRIMARY KEY,
        trip_no TEXT NOT NULL,
        trip_date TEXT NOT NULL,
        departure_time TEXT NOT NULL,
        county_code TEXT NOT NULL REFERENCES counties(code),
        destination TEXT NOT NULL,
        plate TEXT NOT NULL,
        seats INTEGER NOT NULL CHECK (seats BETWEEN 1 AND 99),
        driver_name TEXT NOT NULL DEFAULT '',
        driver_phone TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'planned'
          CHECK (status IN ('planned', 'boarding', 'departed', 'arrived', 'closed', 'cancelled')),
        notes TEXT NOT NULL DEFAULT '',
        seen_off_by TEXT NOT NULL DEFAULT '',
        seen_off_at TEXT,
        received_by TEXT NOT NULL DEFAULT '',
        received_at TEXT,
        escorted_in_by TEXT NOT NULL DEFAULT '',
        escorted_in_at TEXT,
        departed_at TEXT,
        arrived_at TEXT,
        closed_at TEXT,
        closed_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX trips_date ON trips(trip_date, county_code);

      CREATE TABLE trip_pickups (
        trip_id TEXT NOT NULL REFERENCES trips(id),
        position INTEGER NOT NULL,
        town TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL,
        time TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (trip_id, position)
      );
      CREATE TABLE trip_enterprises (
        trip_id TEXT NOT NULL REFERENCES trips(id),
        position INTEGER NOT NULL,
        enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
        PRIMARY KEY (trip_id, position),
        UNIQUE (trip_id, enterprise_id)
      );
      CREATE TABLE trip_escorts (
        trip_id TEXT NOT NULL REFERENCES trips(id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (trip_id, position)
      );
      CREATE TABLE trip_supplies (
        trip_id TEXT NOT NULL REFERENCES trips(id),
        item_id TEXT NOT NULL REFERENCES supply_items(id),
        quantity INTEGER NOT NULL CHECK (quantity >= 0),
        PRIMARY KEY (trip_id, item_id)
      );

      CREATE TABLE trip_seats (
        trip_id TEXT NOT NULL REFERENCES trips(id),
        seat_no INTEGER NOT NULL CHECK (seat_no BETWEEN 1 AND 99),
        seeker_seq INTEGER NOT NULL REFERENCES seekers(seq),
        enterprise_id TEXT REFERENCES enterprises(id),
        boarded INTEGER NOT NULL DEFAULT 0 CHECK (boarded IN (0, 1)),
        arrived INTEGER NOT NULL DEFAULT 0 CHECK (arrived IN (0, 1)),
        reason TEXT CHECK (reason IN ('no_show', 'left_at_stop', 'medical', 'other')),
        reason_note TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL,
        PRIMARY KEY (trip_id, seat_no),
        UNIQUE (trip_id, seeker_seq),
        CHECK (arrived <= boarded)
      );
      CREATE INDEX trip_seats_seeker ON trip_seats(seeker_seq);

      CREATE INDEX seeker_events_trip ON seeker_events(trip_id) WHERE trip_id IS NOT NULL;
    `);
    DEFAULT_SUPPLIES.forEach(([nameZh, nameEn, unit], i) => {
      db.run(
        `INSERT INTO supply_items (id, name_zh, name_en, unit, sort_order, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, '', '')`,
        [randomUUID(), nameZh, nameEn, unit, i + 1],
      );
    });
  },
};
