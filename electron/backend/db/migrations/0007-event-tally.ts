import type { Migration } from './migration';

/**
 * The enterprise a leaving is counted for: that of the job left (the person's latest hire before
 * it). Fixed by the events before it, which a correction cannot change under a leaving, so the
 * count never has to move when the person later heads for, or joins, another enterprise. (Only
 * when a person's events are deleted together, as an undone import does, may the hire already be
 * gone: then their employer stands in, the same enterprise unless they were hired again since.)
 */
const jobLeft = (ev: 'NEW' | 'OLD' | 'e') => `(SELECT j.enterprise_id FROM seeker_events j
  WHERE j.seeker_seq = ${ev}.seeker_seq AND j.type = 'employed' AND j.voided = 0
    AND (j.date < ${ev}.date OR (j.date = ${ev}.date AND j.seq < ${ev}.seq))
  ORDER BY j.date DESC, j.seq DESC LIMIT 1)`;

/** The key of a tally row for event `ev` of person `s` (a row alias of seekers); bulk inserts use it too. */
export const key = (ev: 'NEW' | 'OLD' | 'e', s: string) =>
  `${ev}.date, ${s}.county_code, ${ev}.type,
   COALESCE(${ev}.enterprise_id,
     CASE WHEN ${ev}.type = 'left' THEN COALESCE(${jobLeft(ev)}, ${s}.employer_id, '') END, ${s}.enterprise_id, ''),
   COALESCE(${ev}.reason, '')`;

export const UPSERT = `ON CONFLICT (type, county_code, enterprise_id, reason, date) DO UPDATE SET n = n + excluded.n`;

/** Adds (+1) or removes (-1) one event's count. */
const tallyOne = (ev: 'NEW' | 'OLD', sign: 1 | -1) => `
  INSERT INTO event_tally (date, county_code, type, enterprise_id, reason, n)
  SELECT ${key(ev, 's')}, ${sign} FROM seekers s WHERE s.seq = ${ev}.seeker_seq AND ${ev}.voided = 0
  ${UPSERT};`;

/** The steps that `reached` remembers, one bit each (interview passed 1, exam passed 2, trained 4). */
const reachedBit = (type: string) => `CASE ${type} WHEN 'interview_passed' THEN 1 WHEN 'exam_passed' THEN 2
  WHEN 'training_completed' THEN 4 ELSE 0 END`;
const REACHED_TYPES = `('interview_passed', 'exam_passed', 'training_completed')`;
/** Recomputes a person's bits from their events that count (SUM of DISTINCT bits is their OR). */
const recomputeReached = (seq: string) => `
  UPDATE seekers SET reached = (SELECT COALESCE(SUM(DISTINCT ${reachedBit('type')}), 0) FROM seeker_events
    WHERE seeker_seq = ${seq} AND voided = 0 AND type IN ${REACHED_TYPES}) WHERE seq = ${seq};`;

/**
 * Version 7: what the dashboard and the daily report count over time, kept up to date by triggers.
 *
 * At a million events no query over `seeker_events` fits the dashboard's 300 ms (a grouped scan
 * takes over a second even in native SQLite), so:
 * - `event_tally` holds the number of events that count per type, county, enterprise, reason and
 *   day (tens of thousands of rows at most, keyed in that order: the dashboard reads a few types,
 *   and their totals per county and enterprise stream off the key). An event is counted for the
 *   enterprise it names, a leaving for the job left, any other for the person's current
 *   enterprise (as the counting module counts people in the pipeline): when a person's county or
 *   current enterprise changes, those events move with them.
 * - `seekers.reached` remembers the steps a person has ever passed (interview, exam, training),
 *   which their current stage forgets once they move on, withdraw or leave; it joins the covering
 *   index the counting module's one GROUP BY reads (right after the grouped columns, so the groups
 *   still stream off the index without a sort), so the funnel costs no extra scan.
 * - `seekers_entries` covers who is stable on which day (entry dates, and when leavers left), for
 *   the trend and for reports as of an earlier day, reading only people who ever had a job.
 *
 * Triggers rather than code in each writer: events are written by the pipeline, imports, trips, the
 * demo and corrections, and every one of them (and the journal's replay) then keeps the tally right.
 */
export const m0007EventTally: Migration = {
  version: 7,
  name: 'event-tally',
  up(db) {
    db.exec(`
      ALTER TABLE seekers ADD COLUMN reached INTEGER NOT NULL DEFAULT 0;
      DROP INDEX seekers_counts;
      CREATE INDEX seekers_counts ON seekers(county_code, enterprise_id, employer_id, stage, reached, entry_date, trips);
      CREATE INDEX seekers_entries ON seekers(entry_date, county_code, employer_id, stage, stage_date)
        WHERE entry_date IS NOT NULL;

      CREATE TABLE event_tally (
        date TEXT NOT NULL,
        county_code TEXT NOT NULL,
        type TEXT NOT NULL,
        enterprise_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (type, county_code, enterprise_id, reason, date)
      ) WITHOUT ROWID;

      INSERT INTO event_tally (date, county_code, type, enterprise_id, reason, n)
      SELECT ${key('e', 's')}, COUNT(*) FROM seeker_events e JOIN seekers s ON s.seq = e.seeker_seq
      WHERE e.voided = 0 GROUP BY 1, 2, 3, 4, 5;
      UPDATE seekers SET reached = (SELECT COALESCE(SUM(DISTINCT ${reachedBit('type')}), 0) FROM seeker_events
        WHERE seeker_seq = seekers.seq AND voided = 0 AND type IN ${REACHED_TYPES});

      CREATE TRIGGER event_tally_insert AFTER INSERT ON seeker_events WHEN NEW.voided = 0 BEGIN
        ${tallyOne('NEW', 1)}
        UPDATE seekers SET reached = reached | (${reachedBit('NEW.type')})
          WHERE seq = NEW.seeker_seq AND NEW.type IN ${REACHED_TYPES};
      END;

      CREATE TRIGGER event_tally_delete AFTER DELETE ON seeker_events WHEN OLD.voided = 0 BEGIN
        ${tallyOne('OLD', -1)}
        ${recomputeReached('OLD.seeker_seq')}
      END;

      CREATE TRIGGER event_tally_update AFTER UPDATE OF voided, date, type, enterprise_id, reason, seeker_seq
      ON seeker_events BEGIN
        ${tallyOne('OLD', -1)}
        ${tallyOne('NEW', 1)}
        ${recomputeReached('OLD.seeker_seq')}
        ${recomputeReached('NEW.seeker_seq')}
      END;

      CREATE TRIGGER event_tally_person_moves AFTER UPDATE OF county_code, enterprise_id ON seekers
      WHEN OLD.county_code IS NOT NEW.county_code OR OLD.enterprise_id IS NOT NEW.enterprise_id BEGIN
        INSERT INTO event_tally (date, county_code, type, enterprise_id, reason, n)
        SELECT ${key('e', 'OLD')}, -COUNT(*) FROM seeker_events e
        WHERE e.seeker_seq = OLD.seq AND e.voided = 0
          AND (OLD.county_code IS NOT NEW.county_code OR (e.enterprise_id IS NULL AND e.type <> 'left'))
        GROUP BY 1, 2, 3, 4, 5
        ${UPSERT};
        INSERT INTO event_tally (date, county_code, type, enterprise_id, reason, n)
        SELECT ${key('e', 'NEW')}, COUNT(*) FROM seeker_events e
        WHERE e.seeker_seq = NEW.seq AND e.voided = 0
          AND (OLD.county_code IS NOT NEW.county_code OR (e.enterprise_id IS NULL AND e.type <> 'left'))
        GROUP BY 1, 2, 3, 4, 5
        ${UPSERT};
      END;
    `);
  },
};
