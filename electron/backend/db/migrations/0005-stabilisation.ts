import type { Migration } from './migration';

/** Frozen here: a migration must create the same schema forever, whatever the domain lists become. */
const CASE_TYPES = `post_change illness leave_request hardship_aid childcare family_matter living pay_dispute
  intention_to_quit other`;

const oneOf = (column: string, words: string) =>
  `CHECK (instr(${column}, ' ') = 0 AND instr(' ${words.split(/\s+/).join(' ')} ', ' ' || ${column} || ' ') > 0)`;

/**
 * Version 5: job stabilisation (稳岗). Special classes and their staff, the factory diary (service
 * cases and what was done on each, with money and goods), return visits, transfers and approved leave.
 *
 * Transfers and leave are tables of their own rather than new pipeline event types: the event
 * table's CHECK lists the types, and SQLite cannot alter a CHECK without rebuilding a table of up
 * to a million rows. A transfer moves the person's employer (seeker-state.ts replays transfers with
 * the events); leave changes nothing that is counted. Only the visits people actually made are
 * stored: the schedule follows from the entry date and the Settings, so changing the days moves it.
 */
export const m0005Stabilisation: Migration = {
  version: 5,
  name: 'stabilisation',
  up(db) {
    db.exec(`
      CREATE TABLE special_classes (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
        start_date TEXT NOT NULL,
        end_date TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_date IS NULL OR end_date >= start_date)
      );
      CREATE INDEX special_classes_enterprise ON special_classes(enterprise_id);

      -- Staff come from the county bureaus: one class at an enterprise mixes counties.
      CREATE TABLE class_members (
        id TEXT PRIMARY KEY,
        class_id TEXT NOT NULL REFERENCES special_classes(id),
        position INTEGER NOT NULL DEFAULT 0,
        name TEXT NOT NULL,
        county_code TEXT NOT NULL REFERENCES counties(code),
        role TEXT NOT NULL CHECK (role IN ('lead', 'member')),
        start_date TEXT NOT NULL,
        end_date TEXT,
        CHECK (end_date IS NULL OR end_date >= start_date)
      );
      CREATE INDEX class_members_class ON class_members(class_id, position);

      CREATE TABLE service_cases (
        id TEXT PRIMARY KEY,
        seeker_seq INTEGER NOT NULL REFERENCES seekers(seq),
        enterprise_id TEXT REFERENCES enterprises(id),
        opened_on TEXT NOT NULL,
        type TEXT NOT NULL ${oneOf('type', CASE_TYPES)},
        request TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'resolved')),
        follow_up_on TEXT,
        resolved_on TEXT,
        outcome TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX service_cases_opened ON service_cases(opened_on);
      CREATE INDEX service_cases_seeker ON service_cases(seeker_seq, opened_on);
      CREATE INDEX service_cases_status ON service_cases(status, type);

      -- What was done, by whom, with what: a case may take several days (a meal card, later cash).
      CREATE TABLE case_actions (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES service_cases(id),
        date TEXT NOT NULL,
        action TEXT NOT NULL,
        handled_by TEXT NOT NULL DEFAULT '',
        -- Money in fen (分): exact sums, no floating point.
        cash_fen INTEGER NOT NULL DEFAULT 0 CHECK (cash_fen >= 0),
        goods TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX case_actions_case ON case_actions(case_id, date);
      CREATE INDEX case_actions_date ON case_actions(date);

      CREATE TABLE return_visits (
        id TEXT PRIMARY KEY,
        seeker_seq INTEGER NOT NULL REFERENCES seekers(seq),
        visited_on TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('in_person', 'phone')),
        reached INTEGER NOT NULL CHECK (reached IN (0, 1)),
        -- How they are doing and the risk of leaving: known only when the person was reached.
        wellbeing TEXT CHECK (wellbeing IN ('good', 'fair', 'poor')),
        risk TEXT CHECK (risk IN ('none', 'low', 'high')),
        notes TEXT NOT NULL DEFAULT '',
        visited_by TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        CHECK (reached = 1 OR (wellbeing IS NULL AND risk IS NULL))
      );
      CREATE INDEX return_visits_seeker ON return_visits(seeker_seq, visited_on);
      CREATE INDEX return_visits_date ON return_visits(visited_on);

      CREATE TABLE transfers (
        id TEXT PRIMARY KEY,
        seeker_seq INTEGER NOT NULL REFERENCES seekers(seq),
        date TEXT NOT NULL,
        from_enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
        to_enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
        from_post TEXT NOT NULL DEFAULT '',
        to_post TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        case_id TEXT REFERENCES service_cases(id),
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
        void_reason TEXT,
        voided_by TEXT,
        voided_at TEXT
      );
      CREATE INDEX transfers_seeker ON transfers(seeker_seq, date);
      CREATE INDEX transfers_date ON transfers(date);

      CREATE TABLE leaves (
        id TEXT PRIMARY KEY,
        seeker_seq INTEGER NOT NULL REFERENCES seekers(seq),
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        reason TEXT NOT NULL,
        approved_by TEXT NOT NULL DEFAULT '',
        case_id TEXT REFERENCES service_cases(id),
        returned_on TEXT,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
        void_reason TEXT,
        voided_by TEXT,
        voided_at TEXT,
        CHECK (end_date >= start_date)
      );
      CREATE INDEX leaves_seeker ON leaves(seeker_seq, start_date);
    `);
  },
};
