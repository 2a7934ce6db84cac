import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../../shared/contract/result';
import {
  DailyReportSnapshot,
  type DailyReport,
  type DailyReportListItem,
} from '../../../../shared/domain/daily-report';
import type { Database } from '../../db/database';
import type { WriteContext } from '../../write-context';

/** Stores a generated report as its snapshot: reopening it never recounts. */
export function insertDailyReport(
  db: Database,
  snapshot: DailyReportSnapshot,
  { now: generatedAt, operator: generatedBy }: WriteContext,
): DailyReport {
  const id = randomUUID();
  db.run(
    'INSERT INTO daily_reports (id, report_date, generated_at, generated_by, snapshot) VALUES (?, ?, ?, ?, ?)',
    [id, snapshot.date, generatedAt, generatedBy, JSON.stringify(snapshot)],
  );
  return { ...snapshot, id, generatedAt, generatedBy, ...versionOf(db, id) };
}

/** The reports of a date are its versions, numbered in the order they were generated. */
const VERSIONED = `SELECT id, report_date, generated_at, generated_by, snapshot,
    ROW_NUMBER() OVER (PARTITION BY report_date ORDER BY generated_at, rowid) AS version,
    COUNT(*) OVER (PARTITION BY report_date) AS versions
  FROM daily_reports`;

function versionOf(db: Database, id: string): { version: number; versions: number } {
  const r = db.get<{ version: number; versions: number }>(
    `SELECT version, versions FROM (${VERSIONED} WHERE report_date = (SELECT report_date FROM daily_reports WHERE id = ?))
     WHERE id = ?`,
    [id, id],
  );
  if (!r) throw new ApiError('not_found', 'e.not_found');
  return { version: r.version, versions: r.versions };
}

/** The latest report generated for a date, if any. */
export function latestReportOn(db: Database, date: string): DailyReportListItem | null {
  return listReports(db, 'WHERE report_date = ?', [date], 1)[0] ?? null;
}

function listReports(db: Database, where: string, params: string[], limit: number): DailyReportListItem[] {
  return db
    .all<{
      id: string;
      report_date: string;
      generated_at: string;
      generated_by: string;
      silent: number;
      version: number;
      versions: number;
    }>(
      `SELECT id, report_date, generated_at, generated_by, version, versions,
         (SELECT COUNT(*) FROM json_each(snapshot, '$.counties') WHERE json_extract(value, '$.silent')) AS silent
       FROM (${VERSIONED} ${where}) ORDER BY report_date DESC, version DESC LIMIT ?`,
      [...params, limit],
    )
    .map((r) => ({
      id: r.id,
      date: r.report_date,
      generatedAt: r.generated_at,
      generatedBy: r.generated_by,
      silentCounties: r.silent,
      version: r.version,
      versions: r.versions,
    }));
}

/** Newest date first; a date generated more than once lists every version, newest first. */
export function listDailyReports(db: Database, limit: number): DailyReportListItem[] {
  return listReports(db, '', [], limit);
}

export function getDailyReport(db: Database, id: string): DailyReport {
  const row = db.get<{ snapshot: string; generated_at: string; generated_by: string }>(
    'SELECT snapshot, generated_at, generated_by FROM daily_reports WHERE id = ?',
    [id],
  );
  if (!row) throw new ApiError('not_found', 'e.not_found');
  const snapshot = DailyReportSnapshot.parse(JSON.parse(row.snapshot));
  return {
    ...snapshot,
    id,
    generatedAt: row.generated_at,
    generatedBy: row.generated_by,
    ...versionOf(db, id),
  };
}
