import type { Migration } from './migration';

/** Frozen here: a migration must create the same schema forever, whatever the domain lists become. */
const CATEGORIES = 'recruitment_task transport stabilisation policy_delivery data_quality other';
const STATES = 'assigned in_progress returned closure_requested checked closed';
const STEPS = 'progress request_closure check return close follow_up';

const oneOf = (column: string, words: string) =>
  `CHECK (instr(${column}, ' ') = 0 AND instr(' ${words} ', ' ' || ${column} || ' ') > 0)`;

/**
 * Version 10: supervision findings (督导问题清单). A finding is what a supervision work class found
 * in a county, with what must change, who answers for it and by when; its steps (progress notes,
 * the request to close with what was done, the check, sending back, closing, follow-up checks) are
 * kept in order, each with the state it left and the state it reached, so the list can always be
 * told again. Ids are UUIDs so findings from several offices can be merged later.
 */
export const m0010Supervision: Migration = {
  version: 10,
  name: 'supervision',
  up(db) {
    db.exec(`
      CREATE TABLE findings (
        id TEXT PRIMARY KEY,
        class_no INTEGER NOT NULL CHECK (class_no >= 1),
        found_on TEXT NOT NULL,
        county_code TEXT NOT NULL REFERENCES counties(code),
        town TEXT NOT NULL DEFAULT '',
        enterprise_id TEXT REFERENCES enterprises(id),
        category TEXT NOT NULL ${oneOf('category', CATEGORIES)},
        problem TEXT NOT NULL,
        requirement TEXT NOT NULL,
        responsible_unit TEXT NOT NULL,
        responsible_person TEXT NOT NULL,
        deadline_kind TEXT NOT NULL CHECK (deadline_kind IN ('by_date', 'ongoing')),
        deadline TEXT,
        state TEXT NOT NULL ${oneOf('state', STATES)},
        -- The date of the latest step: the next one may not be dated before it.
        state_on TEXT NOT NULL,
        closed_on TEXT,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((deadline_kind = 'by_date') = (deadline IS NOT NULL)),
        CHECK (deadline IS NULL OR deadline >= found_on),
        CHECK ((state = 'closed') = (closed_on IS NOT NULL))
      );
      CREATE INDEX findings_county ON findings(county_code, state);
      CREATE INDEX findings_state ON findings(state, deadline);

      CREATE TABLE finding_steps (
        id TEXT PRIMARY KEY,
        finding_id TEXT NOT NULL REFERENCES findings(id),
        step TEXT NOT NULL ${oneOf('step', STEPS)},
        date TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        by_whom TEXT NOT NULL DEFAULT '',
        outcome TEXT CHECK (outcome IN ('held', 'relapsed')),
        from_state TEXT NOT NULL ${oneOf('from_state', STATES)},
        to_state TEXT NOT NULL ${oneOf('to_state', STATES)},
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        CHECK ((step = 'follow_up') = (outcome IS NOT NULL))
      );
      CREATE INDEX finding_steps_finding ON finding_steps(finding_id, date);
    `);
  },
};
