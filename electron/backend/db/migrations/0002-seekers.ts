import type { Migration } from './migration';

const EVENT_TYPES = `signed_up verified interview_arranged transported interview_passed interview_failed exam_passed
  exam_failed training_completed employed left withdrawn`;
const LEAVE_REASONS = 'homesick family health pay unsuitable_post other';

/**
 * `column` is one of the words. Written with instr() rather than `IN (…)`: SQLite builds a
 * temporary table for an IN list on every insert, which made bulk inserts about twice as slow.
 */
const oneOf = (column: string, words: string) =>
  `CHECK (instr(${column}, ' ') = 0 AND instr(' ${words.split(/\s+/).join(' ')} ', ' ' || ${column} || ' ') > 0)`;

/**
 * Version 2: job seekers, their registrations and their pipeline events.
 *
 * Sized for 100k people and 1M events:
 * - rows link to a person by the integer `seq` (events and registrations carry 8 bytes instead of a
 *   36-character UUID twice, table and index: about a quarter of the file at 1M events); the UUID
 *   `id` stays the stable identity exposed to the renderer and used to merge PCs;
 * - an event's UUID is stored as 16 bytes for the same reason;
 * - the county is referenced by its region code, the natural key that is the same on every PC
 *   (county UUIDs are generated per database) and that the grid filters and sorts on without a join;
 * - the person's current state (stage, enterprise, employer, entry date, trips) is kept on the person
 *   and recomputed from the events on every change, so counting reads one row per person.
 */
export const m0002Seekers: Migration = {
  version: 2,
  name: 'seekers',
  up(db) {
    db.exec(`
      CREATE TABLE seekers (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        id_number TEXT NOT NULL UNIQUE CHECK (length(id_number) = 18),
        name TEXT NOT NULL,
        gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
        birth_date TEXT NOT NULL,
        phone TEXT NOT NULL,
        county_code TEXT NOT NULL REFERENCES counties(code),
        town TEXT NOT NULL DEFAULT '',
        village TEXT NOT NULL DEFAULT '',
        intended_enterprise_id TEXT REFERENCES enterprises(id),
        previous_work TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        pref_near_home INTEGER NOT NULL DEFAULT 0 CHECK (pref_near_home IN (0, 1)),
        pref_mothers_line INTEGER NOT NULL DEFAULT 0 CHECK (pref_mothers_line IN (0, 1)),
        partner_seq INTEGER REFERENCES seekers(seq) CHECK (partner_seq <> seq),
        channel TEXT NOT NULL,
        signed_up_on TEXT NOT NULL,
        signed_up_at TEXT NOT NULL DEFAULT '',
        stage TEXT NOT NULL ${oneOf('stage', EVENT_TYPES)},
        stage_date TEXT NOT NULL,
        enterprise_id TEXT REFERENCES enterprises(id),
        employer_id TEXT REFERENCES enterprises(id),
        entry_date TEXT,
        trips INTEGER NOT NULL DEFAULT 0 CHECK (trips >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- Covers the counting module's one GROUP BY (no table access) and the county filter.
      CREATE INDEX seekers_counts ON seekers(county_code, enterprise_id, employer_id, stage, entry_date, trips);
      CREATE INDEX seekers_stage ON seekers(stage, stage_date);
      CREATE INDEX seekers_enterprise ON seekers(enterprise_id, stage);
      CREATE INDEX seekers_name ON seekers(name);
      CREATE INDEX seekers_partner ON seekers(partner_seq) WHERE partner_seq IS NOT NULL;

      CREATE TABLE registrations (
        id TEXT PRIMARY KEY,
        seeker_seq INTEGER NOT NULL REFERENCES seekers(seq),
        signed_up_on TEXT NOT NULL,
        signed_up_at TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL,
        source TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX registrations_seeker ON registrations(seeker_seq, signed_up_on);

      CREATE TABLE seeker_events (
        seq INTEGER PRIMARY KEY,
        id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
        seeker_seq INTEGER NOT NULL REFERENCES seekers(seq),
        type TEXT NOT NULL ${oneOf('type', EVENT_TYPES)},
        date TEXT NOT NULL,
        enterprise_id TEXT REFERENCES enterprises(id),
        post TEXT NOT NULL DEFAULT '',
        reason TEXT ${oneOf('reason', LEAVE_REASONS)},
        trip_id TEXT,
        note TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
        void_reason TEXT,
        voided_by TEXT,
        voided_at TEXT
      );
      -- A person's timeline in order (the rowid, seq, breaks ties within a day).
      CREATE INDEX seeker_events_seeker ON seeker_events(seeker_seq, date);
    `);
  },
};
