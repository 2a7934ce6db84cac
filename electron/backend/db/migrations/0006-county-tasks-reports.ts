import type { Migration } from './migration';

/**
 * Version 6: the prefecture's recruitment task for each county (people to deliver in a period, like
 * an enterprise's demand lines), and the daily reports (日报) as generated.
 *
 * A report is kept as the JSON snapshot it was generated from: it must read the same tomorrow,
 * whatever is recorded or corrected later, so it is never recomputed from the tables.
 */
export const m0006CountyTasksReports: Migration = {
  version: 6,
  name: 'county-tasks-reports',
  up(db) {
    db.exec(`
      CREATE TABLE county_tasks (
        id TEXT PRIMARY KEY,
        county_code TEXT NOT NULL REFERENCES counties(code),
        headcount INTEGER NOT NULL CHECK (headcount >= 0),
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (period_end >= period_start),
        UNIQUE (county_code, period_start, period_end)
      );
      CREATE TABLE daily_reports (
        id TEXT PRIMARY KEY,
        report_date TEXT NOT NULL,
        generated_at TEXT NOT NULL,
        generated_by TEXT NOT NULL DEFAULT '',
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot))
      );
      CREATE INDEX daily_reports_date ON daily_reports(report_date, generated_at);
    `);
  },
};
