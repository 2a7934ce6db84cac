import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../../shared/contract/result';
import type { Database } from '../../db/database';
import type { WriteContext } from '../../write-context';

export interface BatchRow {
  id: string;
  batch_no: string;
  rule_id: string;
  county_code: string;
  made_on: string;
}

const SELECT = 'SELECT id, batch_no, rule_id, county_code, made_on FROM policy_batches';

export function listBatchRows(db: Database, countyCode: string | null): BatchRow[] {
  return db.all<BatchRow>(
    `${SELECT} ${countyCode ? 'WHERE county_code = ?' : ''} ORDER BY made_on DESC, created_at DESC, rowid DESC`,
    countyCode ? [countyCode] : [],
  );
}

export function batchRow(db: Database, id: string): BatchRow {
  const r = db.get<BatchRow>(`${SELECT} WHERE id = ?`, [id]);
  if (!r) throw new ApiError('not_found', 'e.not_found');
  return r;
}

/** A new batch numbered `<county>-<yyyymmdd>-<n>`, n counting that county's batches of the day. */
export function insertBatch(
  db: Database,
  ruleId: string,
  countyCode: string,
  madeOn: string,
  ctx: WriteContext,
): BatchRow {
  const prefix = `${countyCode}-${madeOn.replace(/-/g, '')}-`;
  const n =
    (db.get<{ n: number }>('SELECT COUNT(*) AS n FROM policy_batches WHERE batch_no LIKE ?', [`${prefix}%`])
      ?.n ?? 0) + 1;
  const row: BatchRow = {
    id: randomUUID(),
    batch_no: `${prefix}${n}`,
    rule_id: ruleId,
    county_code: countyCode,
    made_on: madeOn,
  };
  db.run(
    `INSERT INTO policy_batches (id, batch_no, rule_id, county_code, made_on, recorded_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [row.id, row.batch_no, row.rule_id, row.county_code, row.made_on, ctx.operator, ctx.now],
  );
  return row;
}
