import { randomUUID } from 'node:crypto';
import type { Transfer } from '../../../../shared/domain/transfers';
import type { Database } from '../../db/database';

interface TransferRow {
  id: string;
  seeker_id: string;
  seeker_name: string;
  date: string;
  from_enterprise_id: string;
  from_name: string;
  to_enterprise_id: string;
  to_name: string;
  from_post: string;
  to_post: string;
  reason: string;
  case_id: string | null;
  recorded_by: string;
  recorded_at: string;
  voided: number;
  void_reason: string | null;
}

const SELECT = `SELECT t.id, s.id AS seeker_id, s.name AS seeker_name, t.date, t.from_enterprise_id, f.name AS from_name,
  t.to_enterprise_id, n.name AS to_name, t.from_post, t.to_post, t.reason, t.case_id, t.recorded_by, t.recorded_at,
  t.voided, t.void_reason
FROM transfers t JOIN seekers s ON s.seq = t.seeker_seq
  JOIN enterprises f ON f.id = t.from_enterprise_id JOIN enterprises n ON n.id = t.to_enterprise_id`;

const toTransfer = (r: TransferRow): Transfer => ({
  id: r.id,
  seekerId: r.seeker_id,
  seekerName: r.seeker_name,
  date: r.date,
  fromEnterpriseId: r.from_enterprise_id,
  fromEnterpriseName: r.from_name,
  toEnterpriseId: r.to_enterprise_id,
  toEnterpriseName: r.to_name,
  fromPost: r.from_post,
  toPost: r.to_post,
  reason: r.reason,
  caseId: r.case_id,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
  voided: r.voided === 1,
  voidReason: r.void_reason ?? '',
});

export function getTransfer(db: Database, id: string): (Transfer & { seekerSeq: number }) | undefined {
  const r = db.get<TransferRow & { seeker_seq: number }>(
    `${SELECT.replace('SELECT ', 'SELECT t.seeker_seq, ')} WHERE t.id = ?`,
    [id],
  );
  return r ? { ...toTransfer(r), seekerSeq: r.seeker_seq } : undefined;
}

/** A person's transfers, voided ones included (the history shows them struck through). */
export function transfersOf(db: Database, seekerSeq: number): Transfer[] {
  return db
    .all<TransferRow>(`${SELECT} WHERE t.seeker_seq = ? ORDER BY t.date, t.recorded_at`, [seekerSeq])
    .map(toTransfer);
}

export function transfersBetween(db: Database, from: string, to: string): Transfer[] {
  return db
    .all<TransferRow>(
      `${SELECT} WHERE t.voided = 0 AND t.date BETWEEN ? AND ? ORDER BY t.date, t.recorded_at`,
      [from, to],
    )
    .map(toTransfer);
}

/** Dates of the transfers that count, by person: each brings a settling-in visit. */
export function transferDatesBySeeker(db: Database): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const r of db.all<{ seeker_seq: number; date: string }>(
    'SELECT seeker_seq, date FROM transfers WHERE voided = 0 ORDER BY seeker_seq, date',
  )) {
    let list = out.get(r.seeker_seq);
    if (!list) out.set(r.seeker_seq, (list = []));
    list.push(r.date);
  }
  return out;
}

export interface NewTransfer {
  seekerSeq: number;
  date: string;
  fromEnterpriseId: string;
  toEnterpriseId: string;
  fromPost: string;
  toPost: string;
  reason: string;
  caseId: string | null;
  recordedBy: string;
  recordedAt: string;
}

export function insertTransfer(db: Database, t: NewTransfer): string {
  const id = randomUUID();
  db.run(
    `INSERT INTO transfers (id, seeker_seq, date, from_enterprise_id, to_enterprise_id, from_post, to_post, reason,
       case_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      t.seekerSeq,
      t.date,
      t.fromEnterpriseId,
      t.toEnterpriseId,
      t.fromPost,
      t.toPost,
      t.reason,
      t.caseId,
      t.recordedBy,
      t.recordedAt,
    ],
  );
  return id;
}

export function voidTransferRow(db: Database, id: string, reason: string, by: string, at: string): void {
  db.run('UPDATE transfers SET voided = 1, void_reason = ?, voided_by = ?, voided_at = ? WHERE id = ?', [
    reason,
    by,
    at,
    id,
  ]);
}

/**
 * The post a person holds now: the latest transfer's, else the latest hire's. Both tables are
 * read, as the post is not kept on the person.
 */
export function currentPost(db: Database, seekerSeq: number, entryDate: string | null): string {
  if (entryDate === null) return '';
  const moved = db.get<{ to_post: string }>(
    `SELECT to_post FROM transfers WHERE seeker_seq = ? AND voided = 0 AND date >= ?
     ORDER BY date DESC, recorded_at DESC LIMIT 1`,
    [seekerSeq, entryDate],
  );
  if (moved) return moved.to_post;
  return (
    db.get<{ post: string }>(
      `SELECT post FROM seeker_events WHERE seeker_seq = ? AND type = 'employed' AND voided = 0
       ORDER BY date DESC, seq DESC LIMIT 1`,
      [seekerSeq],
    )?.post ?? ''
  );
}
