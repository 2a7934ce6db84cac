import type { z } from 'zod';
import { ApiError } from '../../../shared/contract/result';
import type {
  Leave,
  LeaveInput,
  LeaveReturnInput,
  Transfer,
  TransferInput,
  VoidInput,
} from '../../../shared/domain/transfers';
import type { EventType } from '../../../shared/domain/pipeline';
import type { Database } from '../db/database';
import { getLeave, insertLeave, overlappingLeave, setLeaveReturned, voidLeaveRow } from './repos/leaves';
import { recomputeState } from '../seekers/repos/seeker-state';
import { assertEnterprise, fieldError } from '../seekers/repos/seekers';
import { currentPost, getTransfer, insertTransfer, voidTransferRow } from './repos/transfers';
import type { WriteContext } from '../write-context';
import { said } from '../audit/repos/audit';
import { enterpriseName } from '../enterprises/repos/enterprises';

interface Employee {
  seq: number;
  id: string;
  name: string;
  stage: EventType;
  stage_date: string;
  employer_id: string | null;
  employer_name: string | null;
  entry_date: string | null;
}

function employee(db: Database, seekerId: string): Employee {
  const p = db.get<Employee>(
    `SELECT s.seq, s.id, s.name, s.stage, s.stage_date, s.employer_id, e.name AS employer_name, s.entry_date
     FROM seekers s LEFT JOIN enterprises e ON e.id = s.employer_id WHERE s.id = ?`,
    [seekerId],
  );
  if (!p) throw fieldError('seekerId', 'v.seeker_unknown');
  return p;
}

function assertCase(db: Database, caseId: string | null, seq: number): void {
  if (caseId === null) return;
  if (!db.get('SELECT 1 AS x FROM service_cases WHERE id = ? AND seeker_seq = ?', [caseId, seq]))
    throw fieldError('caseId', 'v.case_unknown');
}

/**
 * Moves an employed person to another post, line or enterprise. Both placements stay in the
 * history; the person's state is replayed with the transfer, so the counting module moves them from
 * the old employer's figures to the new one's. The entry date, and with it the stable clock, stays
 * (see shared/domain/transfers.ts).
 */
export function recordTransfer(
  db: Database,
  input: z.output<typeof TransferInput>,
  ctx: WriteContext,
): Transfer {
  if (input.date > ctx.today) throw fieldError('date', 'v.date_future');
  const p = employee(db, input.seekerId);
  if (p.stage !== 'employed' || p.employer_id === null)
    throw fieldError('seekerId', 'v.transfer_not_employed');
  // Not before the person's latest step (their hire or a previous transfer): history stays in order.
  if (input.date < p.stage_date) throw fieldError('date', 'v.transfer_before_step');
  assertEnterprise(db, input.toEnterpriseId, 'toEnterpriseId');
  assertCase(db, input.caseId, p.seq);
  const fromPost = currentPost(db, p.seq, p.entry_date);
  if (input.toEnterpriseId === p.employer_id && input.toPost === fromPost)
    throw fieldError('toPost', 'v.transfer_same');
  const id = insertTransfer(db, {
    seekerSeq: p.seq,
    date: input.date,
    fromEnterpriseId: p.employer_id,
    toEnterpriseId: input.toEnterpriseId,
    fromPost,
    toPost: input.toPost,
    reason: input.reason,
    caseId: input.caseId,
    recordedBy: ctx.operator,
    recordedAt: ctx.now,
  });
  recomputeState(db, p.seq, ctx.now);
  ctx.audit({
    action: 'transfers.record',
    entity: 'seeker',
    entityId: p.id,
    summary: said('transfer', {
      name: p.name,
      date: input.date,
      from: p.employer_name ?? '',
      fromPost,
      to: enterpriseName(db, input.toEnterpriseId),
      toPost: input.toPost,
      reason: input.reason,
    }),
  });
  return getTransfer(db, id)!;
}

/** Undoes a transfer entered by mistake: kept, struck through, with the reason; the state is replayed without it. */
export function voidTransfer(db: Database, input: z.output<typeof VoidInput>, ctx: WriteContext): Transfer {
  const t = getTransfer(db, input.id);
  if (!t) throw new ApiError('not_found', 'e.not_found');
  if (t.voided) throw new ApiError('conflict', 'v.already_voided');
  voidTransferRow(db, t.id, input.reason, ctx.operator, ctx.now);
  recomputeState(db, t.seekerSeq, ctx.now);
  ctx.audit({
    action: 'transfers.void',
    entity: 'seeker',
    entityId: t.seekerId,
    summary: said('transfer_voided', {
      name: t.seekerName,
      date: t.date,
      from: t.fromEnterpriseName,
      to: t.toEnterpriseName,
      reason: input.reason,
    }),
  });
  return getTransfer(db, t.id)!;
}

/**
 * Approved leave: the person stays employed (nothing counted changes) and their visits wait until
 * they are back. Leave may be approved ahead, so its dates may lie in the future.
 */
export function recordLeave(db: Database, input: z.output<typeof LeaveInput>, ctx: WriteContext): Leave {
  const p = employee(db, input.seekerId);
  if (p.stage !== 'employed' || p.entry_date === null) throw fieldError('seekerId', 'v.leave_not_employed');
  if (input.startDate < p.entry_date) throw fieldError('startDate', 'v.leave_before_entry');
  if (overlappingLeave(db, p.seq, input.startDate, input.endDate))
    throw fieldError('startDate', 'v.leave_overlap');
  assertCase(db, input.caseId, p.seq);
  const id = insertLeave(db, {
    seekerSeq: p.seq,
    startDate: input.startDate,
    endDate: input.endDate,
    reason: input.reason,
    approvedBy: input.approvedBy,
    caseId: input.caseId,
    recordedBy: ctx.operator,
    recordedAt: ctx.now,
  });
  ctx.audit({
    action: 'leaves.record',
    entity: 'seeker',
    entityId: p.id,
    summary: said('leave', { name: p.name, from: input.startDate, to: input.endDate, reason: input.reason }),
  });
  return getLeave(db, id)!;
}

export function returnFromLeave(
  db: Database,
  input: z.output<typeof LeaveReturnInput>,
  ctx: WriteContext,
): Leave {
  const l = getLeave(db, input.id);
  if (!l) throw new ApiError('not_found', 'e.not_found');
  if (l.voided) throw new ApiError('conflict', 'v.already_voided');
  if (input.returnedOn > ctx.today) throw fieldError('returnedOn', 'v.date_future');
  if (input.returnedOn < l.startDate) throw fieldError('returnedOn', 'v.return_before_leave');
  setLeaveReturned(db, l.id, input.returnedOn);
  ctx.audit({
    action: 'leaves.return',
    entity: 'seeker',
    entityId: l.seekerId,
    summary: said('leave_return', {
      name: l.seekerName,
      from: l.startDate,
      to: l.endDate,
      back: input.returnedOn,
    }),
  });
  return getLeave(db, l.id)!;
}

export function voidLeave(db: Database, input: z.output<typeof VoidInput>, ctx: WriteContext): Leave {
  const l = getLeave(db, input.id);
  if (!l) throw new ApiError('not_found', 'e.not_found');
  if (l.voided) throw new ApiError('conflict', 'v.already_voided');
  voidLeaveRow(db, l.id, input.reason, ctx.operator, ctx.now);
  ctx.audit({
    action: 'leaves.void',
    entity: 'seeker',
    entityId: l.seekerId,
    summary: said('leave_voided', {
      name: l.seekerName,
      from: l.startDate,
      to: l.endDate,
      reason: input.reason,
    }),
  });
  return getLeave(db, l.id)!;
}
