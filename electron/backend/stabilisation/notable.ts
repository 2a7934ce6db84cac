import { compareIso } from '../../../shared/domain/return-visits';
import { notability, type ServiceCase } from '../../../shared/domain/service-cases';
import type { Database } from '../db/database';
import { casesActiveBetween } from './repos/service-cases';

/**
 * The service cases a report should tell for a period (the daily report's "notable service
 * cases"): those with something happening in it, most telling first, then the most recent.
 */
export function notableCases(db: Database, from: string, to: string, limit: number): ServiceCase[] {
  const linked = new Set(
    db
      .all<{ case_id: string }>(
        `SELECT case_id FROM transfers WHERE voided = 0 AND case_id IS NOT NULL
         UNION SELECT case_id FROM leaves WHERE voided = 0 AND case_id IS NOT NULL`,
      )
      .map((r) => r.case_id),
  );
  return casesActiveBetween(db, from, to)
    .map((c) => ({ c, score: notability(c, linked.has(c.id)) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || compareIso(b.c.openedOn, a.c.openedOn))
    .slice(0, limit)
    .map((x) => x.c);
}
