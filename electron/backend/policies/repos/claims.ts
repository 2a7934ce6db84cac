import { randomUUID } from 'node:crypto';
import type { ClaimState } from '../../../../shared/domain/policies/status';
import type { Database } from '../../db/database';
import type { WriteContext } from '../../write-context';

export interface ClaimRow {
  id: string;
  batch_id: string;
  batch_no: string;
  rule_id: string;
  rule_key: string;
  seeker_seq: number;
  period: string;
  state: ClaimState;
  tier: string | null;
  base: number | null;
  computed_amount: number | null;
  paid_on: string | null;
  paid_amount: number | null;
  amount_reason: string;
  return_reason: string;
  created_at: string;
}

const SELECT = `SELECT c.id, c.batch_id, b.batch_no, c.rule_id, c.rule_key, c.seeker_seq, c.period, c.state, c.tier,
  c.base, c.computed_amount, c.paid_on, c.paid_amount, c.amount_reason, c.return_reason, c.created_at
  FROM policy_claims c JOIN policy_batches b ON b.id = c.batch_id`;

/** Every claim by person, oldest first (so the latest of a rule comes last). */
export function claimsBySeeker(db: Database, seekerSeq: number | null = null): Map<number, ClaimRow[]> {
  const rows = db.all<ClaimRow>(
    `${SELECT} ${seekerSeq === null ? '' : 'WHERE c.seeker_seq = ?'} ORDER BY c.created_at, c.rowid`,
    seekerSeq === null ? [] : [seekerSeq],
  );
  const out = new Map<number, ClaimRow[]>();
  for (const r of rows) {
    const list = out.get(r.seeker_seq);
    if (list) list.push(r);
    else out.set(r.seeker_seq, [r]);
  }
  return out;
}

export function claimsOfBatch(db: Database, batchId: string): ClaimRow[] {
  return db.all<ClaimRow>(`${SELECT} WHERE c.batch_id = ? ORDER BY c.rowid`, [batchId]);
}

export interface NewClaim {
  ruleId: string;
  ruleKey: string;
  seekerSeq: number;
  period: string;
  tier: string | null;
  computedAmount: number | null;
}

export function insertClaim(db: Database, batchId: string, c: NewClaim, ctx: WriteContext): void {
  db.run(
    `INSERT INTO policy_claims (id, batch_id, rule_id, rule_key, seeker_seq, period, state, tier, computed_amount,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'claimed', ?, ?, ?, ?)`,
    [
      randomUUID(),
      batchId,
      c.ruleId,
      c.ruleKey,
      c.seekerSeq,
      c.period,
      c.tier,
      c.computedAmount,
      ctx.now,
      ctx.now,
    ],
  );
}

export type ClaimChange =
  | { state: 'approved' | 'listed'; date: string }
  | { state: 'paid'; date: string; amount: number; reason: string }
  | { state: 'returned'; date: string; reason: string };

export function changeClaim(db: Database, id: string, change: ClaimChange, ctx: WriteContext): void {
  switch (change.state) {
    case 'approved':
      db.run("UPDATE policy_claims SET state = 'approved', approved_on = ?, updated_at = ? WHERE id = ?", [
        change.date,
        ctx.now,
        id,
      ]);
      return;
    case 'listed':
      db.run("UPDATE policy_claims SET state = 'listed', listed_on = ?, updated_at = ? WHERE id = ?", [
        change.date,
        ctx.now,
        id,
      ]);
      return;
    case 'paid':
      db.run(
        `UPDATE policy_claims SET state = 'paid', paid_on = ?, paid_amount = ?, amount_reason = ?, updated_at = ?
         WHERE id = ?`,
        [change.date, change.amount, change.reason, ctx.now, id],
      );
      return;
    case 'returned':
      db.run(
        "UPDATE policy_claims SET state = 'returned', returned_on = ?, return_reason = ?, updated_at = ? WHERE id = ?",
        [change.date, change.reason, ctx.now, id],
      );
  }
}
