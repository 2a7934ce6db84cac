import type { Migration } from './migration';

/** Frozen here: a migration must create the same schema forever, whatever the domain lists become. */
const VISIT_KINDS = 'door_to_door village_meeting job_fair phone_follow_up policy_briefing';
const REQUEST_CATEGORIES = 'shortage accommodation transport training policy other';

const oneOf = (column: string, words: string) =>
  `CHECK (instr(${column}, ' ') = 0 AND instr(' ${words.split(/\s+/).join(' ')} ', ' ' || ${column} || ' ') > 0)`;

/**
 * Version 11: the work behind the figures.
 *
 * - The special recruitment classes (招聘专班) and the counties each answers for (a JSON list of
 *   region codes: a class covers one to a few counties, and is read whole).
 * - Their field visits: kind, date, place, people reached and signed up, notes; a policy briefing
 *   (送政策进企业) is a visit at an enterprise with the policies covered (a JSON list). The people
 *   signed up at a visit are linked by the person's `seq`, as registrations are, so each person's
 *   timeline shows where they signed up. `signed_up` is the class's own count: people not yet
 *   registered here count too, so only up to that many are linked.
 * - One-to-one enterprise service: one commissioner per enterprise, and the enterprise's requests
 *   with what was done, by whom and when solved (open while `solved_on` is null).
 *
 * Version 9 is supervision's; a database skips no step it lacks (migrations run in
 * version order and only those above the database's own version).
 */
export const m0011Fieldwork: Migration = {
  version: 11,
  name: 'fieldwork',
  up(db) {
    db.exec(`
      CREATE TABLE recruitment_classes (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        county_codes TEXT NOT NULL CHECK (json_valid(county_codes) AND json_type(county_codes) = 'array'),
        leader TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE field_visits (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL ${oneOf('kind', VISIT_KINDS)},
        visit_date TEXT NOT NULL,
        class_id TEXT REFERENCES recruitment_classes(id),
        county_code TEXT REFERENCES counties(code),
        town TEXT NOT NULL DEFAULT '',
        village TEXT NOT NULL DEFAULT '',
        enterprise_id TEXT REFERENCES enterprises(id),
        staff TEXT NOT NULL DEFAULT '',
        reached INTEGER NOT NULL CHECK (reached >= 0),
        signed_up INTEGER NOT NULL CHECK (signed_up >= 0 AND signed_up <= reached),
        policies TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(policies) AND json_type(policies) = 'array'),
        notes TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- The daily report counts by county up to a date; the list filters by date.
      CREATE INDEX field_visits_county ON field_visits(county_code, visit_date);
      CREATE INDEX field_visits_date ON field_visits(visit_date);
      CREATE INDEX field_visits_class ON field_visits(class_id, visit_date);
      CREATE INDEX field_visits_enterprise ON field_visits(enterprise_id, visit_date) WHERE enterprise_id IS NOT NULL;

      CREATE TABLE field_visit_signups (
        id TEXT PRIMARY KEY,
        visit_id TEXT NOT NULL REFERENCES field_visits(id),
        seeker_seq INTEGER NOT NULL REFERENCES seekers(seq),
        position INTEGER NOT NULL DEFAULT 0,
        UNIQUE (visit_id, seeker_seq)
      );
      CREATE INDEX field_visit_signups_seeker ON field_visit_signups(seeker_seq);

      CREATE TABLE enterprise_commissioners (
        id TEXT PRIMARY KEY,
        enterprise_id TEXT NOT NULL UNIQUE REFERENCES enterprises(id),
        name TEXT NOT NULL CHECK (name <> ''),
        phone TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE service_requests (
        id TEXT PRIMARY KEY,
        enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
        raised_on TEXT NOT NULL,
        category TEXT NOT NULL ${oneOf('category', REQUEST_CATEGORIES)},
        post TEXT NOT NULL DEFAULT '',
        asked TEXT NOT NULL CHECK (asked <> ''),
        done TEXT NOT NULL DEFAULT '',
        handled_by TEXT NOT NULL DEFAULT '',
        solved_on TEXT CHECK (solved_on IS NULL OR (solved_on >= raised_on AND done <> '')),
        recorded_by TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX service_requests_enterprise ON service_requests(enterprise_id, raised_on);
    `);
  },
};
