import { randomUUID } from 'node:crypto';
import type { LeaveSpan } from '../../../../shared/domain/leave';
import type { Leave } from '../../../../shared/domain/transfers';
import type { Database } from '../../db/database';

interface LeaveRow {
  id: string;
  seeker_id: string;
  seeker_name: string;
  start_date: string;
  end_date: string;
  reason: string;
  approved_by: string;
  case_id: string | null;
  returned_on: string | null;
  recorded_by: string;
  recorded_at: string;
  voided: number;
  void_reason: string | null;
}

const SELECT = `SELECT l.id, s.id AS seeker_id, s.name AS seeker_name, l.start_date, l.end_date, l.reason, l.approved_by,
  l.case_id, l.returned_on, l.recorded_by, l.recorded_at, l.voided, l.void_reason
FROM leaves l JOIN seekers s ON s.seq = l.seeker_seq`;

const toLeave = (r: LeaveRow): Leave => ({
  id: r.id,
  seekerId: r.seeker_id,
  seekerName: r.seeker_name,
  startDate: r.start_date,
  endDate: r.end_date,
  reason: r.reason,
  approvedBy: r.approved_by,
  caseId: r.case_id,
  returnedOn: r.returned_on,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
  voided: r.voided === 1,
  voidReason: r.void_reason ?? '',
});

export function getLeave(db: Database, id: string): (Leave & { seekerSeq: number }) | undefined {
  const r = db.get<LeaveRow & { seeker_seq: number }>(
    `${SELECT.replace('SELECT ', 'SELECT l.seeker_seq, ')} WHERE l.id = ?`,
    [id],
  );
  return r ? { ...toLeave(r), seekerSeq: r.seeker_seq } : undefined;
}

export function leavesOf(db: Database, seekerSeq: number): Leave[] {
  return db
    .all<LeaveRow>(`${SELECT} WHERE l.seeker_seq = ? ORDER BY l.start_date, l.recorded_at`, [seekerSeq])
    .map(toLeave);
}

/** Leave beginning in [from, to] (the weekly diary lists leave arranged that week). */
export function leavesStartingBetween(db: Database, from: string, to: string): (Leave & { seq: number })[] {
  return db
    .all<LeaveRow & { seq: number }>(
      `${SELECT.replace('SELECT ', 'SELECT l.seeker_seq AS seq, ')} WHERE l.voided = 0 AND l.start_date BETWEEN ? AND ?
       ORDER BY l.start_date`,
      [from, to],
    )
    .map((r) => ({ ...toLeave(r), seq: r.seq }));
}

/** Leave that counts, by person. */
export function leaveSpansBySeeker(db: Database): Map<number, LeaveSpan[]> {
  const out = new Map<number, LeaveSpan[]>();
  for (const r of db.all<{
    seeker_seq: number;
    start_date: string;
    end_date: string;
    returned_on: string | null;
  }>(
    'SELECT seeker_seq, start_date, end_date, returned_on FROM leaves WHERE voided = 0 ORDER BY seeker_seq, start_date',
  )) {
    let list = out.get(r.seeker_seq);
    if (!list) out.set(r.seeker_seq, (list = []));
    list.push({ start: r.start_date, end: r.end_date, returnedOn: r.returned_on });
  }
  return out;
}

export interface NewLeave {
  seekerSeq: number;
  startDate: string;
  endDate: string;
  reason: string;
  approvedBy: string;
  caseId: string | null;
  recordedBy: string;
  recordedAt: string;
}

export function insertLeave(db: Database, l: NewLeave): string {
  const id = randomUUID();
  db.run(
    `INSERT INTO leaves (id, seeker_seq, start_date, end_date, reason, approved_by, case_id, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, l.seekerSeq, l.startDate, l.endDate, l.reason, l.approvedBy, l.caseId, l.recordedBy, l.recordedAt],
  );
  return id;
}

export function setLeaveReturned(db: Database, id: string, returnedOn: string): void {
  db.run('UPDATE leaves SET returned_on = ? WHERE id = ?', [returnedOn, id]);
}

export function voidLeaveRow(db: Database, id: string, reason: string, by: string, at: string): void {
  db.run('UPDATE leaves SET voided = 1, void_reason = ?, voided_by = ?, voided_at = ? WHERE id = ?', [
    reason,
    by,
    at,
    id,
  ]);
}

/** Overlapping leave of the same person (one leave at a time). */
export function overlappingLeave(db: Database, seekerSeq: number, start: string, end: string): boolean {
  return (
    db.get(
      'SELECT 1 AS x FROM leaves WHERE seeker_seq = ? AND voided = 0 AND start_date <= ? AND end_date >= ? LIMIT 1',
      [seekerSeq, end, start],
    ) !== undefined
  );
}
