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
  return { ...snapshot, id, generatedAt, generatedBy };
}

/** Newest date first; a date generated twice lists both, newest first. */
export function listDailyReports(db: Database, limit: number): DailyReportListItem[] {
  return db
    .all<{ id: string; report_date: string; generated_at: string; generated_by: string; silent: number }>(
      `SELECT id, report_date, generated_at, generated_by,
         (SELECT COUNT(*) FROM json_each(snapshot, '$.counties') WHERE json_extract(value, '$.silent')) AS silent
       FROM daily_reports ORDER BY report_date DESC, generated_at DESC LIMIT ?`,
      [limit],
    )
    .map((r) => ({
      id: r.id,
      date: r.report_date,
      generatedAt: r.generated_at,
      generatedBy: r.generated_by,
      silentCounties: r.silent,
    }));
}

export function getDailyReport(db: Database, id: string): DailyReport {
  const row = db.get<{ snapshot: string; generated_at: string; generated_by: string }>(
    'SELECT snapshot, generated_at, generated_by FROM daily_reports WHERE id = ?',
    [id],
  );
  if (!row) throw new ApiError('not_found', 'e.not_found');
  const snapshot = DailyReportSnapshot.parse(JSON.parse(row.snapshot));
  return { ...snapshot, id, generatedAt: row.generated_at, generatedBy: row.generated_by };
}
