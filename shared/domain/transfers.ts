import { z } from 'zod';
import { isoDate, optionalText, picked, requiredText, timestamp, uuid } from './fields';
import type { EventType } from './pipeline';

/**
 * Transfers: an employed person moved to another post, line or enterprise (e.g. to another
 * enterprise's new mothers' line when their own has none).
 *
 * The stable clock: a transfer does NOT restart it. "Stable on the post" measures whether the drive
 * kept the person in work, and a transfer is how staff keep someone who would otherwise go home;
 * the person was never without a job. So the entry date (the clock's start) stays the first day of
 * the job, and the days at the first enterprise count. Leaving and being hired again later is a new
 * job: that `employed` step starts the clock afresh, as before.
 *
 * Counting: the counting module attributes employed people to their current employer, so the
 * person moves from the old enterprise's figures (employed now, stable) to the new one's on the
 * transfer date; each enterprise also shows its transfers in and out.
 */
/** What the stored state of a person needs for a transfer to apply. */
export interface PlacementState {
  stage: EventType;
  stageDate: string;
  enterpriseId: string | null;
  employerId: string | null;
  entryDate: string | null;
}

export interface TransferStep {
  date: string;
  toEnterpriseId: string;
}

/**
 * The state after a transfer. It applies only to someone employed at that point (a transfer dated
 * after leaving, or before the job began, is history without effect). The entry date is kept (the
 * stable clock runs on); the stage date moves to the transfer, so no later step can be dated before it.
 */
export function applyTransfer<S extends PlacementState>(state: S, t: TransferStep): S {
  if (state.stage !== 'employed' || state.entryDate === null || t.date < state.entryDate) return state;
  return {
    ...state,
    stageDate: t.date > state.stageDate ? t.date : state.stageDate,
    enterpriseId: t.toEnterpriseId,
    employerId: t.toEnterpriseId,
  };
}

/**
 * Events and transfers in one order: by date; on the same day, after being hired and before
 * leaving (someone moved and then gone the same day left the new enterprise). Both lists must be in
 * date order already.
 */
export function mergeByDate<E extends { type: EventType; date: string }, T extends { date: string }>(
  events: readonly E[],
  transfers: readonly T[],
): ({ kind: 'event'; item: E } | { kind: 'transfer'; item: T })[] {
  const out: ({ kind: 'event'; item: E } | { kind: 'transfer'; item: T })[] = [];
  let j = 0;
  const before = (t: T, e: E) => t.date < e.date || (t.date === e.date && e.type === 'left');
  for (const e of events) {
    while (j < transfers.length && before(transfers[j]!, e))
      out.push({ kind: 'transfer', item: transfers[j++]! });
    out.push({ kind: 'event', item: e });
  }
  while (j < transfers.length) out.push({ kind: 'transfer', item: transfers[j++]! });
  return out;
}

export interface Placement {
  enterpriseId: string | null;
  post: string;
  from: string;
  /** The day it ended (a transfer or leaving); null while current. */
  to: string | null;
  via: 'employed' | 'transfer';
}

/** Every job a person has held, with how each began and ended: both sides of every transfer stay. */
export function placementHistory(
  events: readonly { type: EventType; date: string; enterpriseId: string | null; post: string }[],
  transfers: readonly { date: string; toEnterpriseId: string; toPost: string }[],
): Placement[] {
  const out: Placement[] = [];
  let current: Placement | null = null;
  for (const step of mergeByDate(events, transfers)) {
    if (step.kind === 'event') {
      const e = step.item;
      if (e.type === 'employed') {
        current = { enterpriseId: e.enterpriseId, post: e.post, from: e.date, to: null, via: 'employed' };
        out.push(current);
      } else if (e.type === 'left' && current) {
        current.to = e.date;
        current = null;
      }
    } else if (current) {
      const t = step.item;
      current.to = t.date;
      current = { enterpriseId: t.toEnterpriseId, post: t.toPost, from: t.date, to: null, via: 'transfer' };
      out.push(current);
    }
  }
  return out;
}

/** Transfers in and out per enterprise (a move within one enterprise, post to post, is neither). */
export function transferFlows(
  transfers: readonly { fromEnterpriseId: string; toEnterpriseId: string }[],
): Map<string, { in: number; out: number }> {
  const flows = new Map<string, { in: number; out: number }>();
  const of = (id: string) => {
    let f = flows.get(id);
    if (!f) flows.set(id, (f = { in: 0, out: 0 }));
    return f;
  };
  for (const t of transfers) {
    if (t.fromEnterpriseId === t.toEnterpriseId) continue;
    of(t.fromEnterpriseId).out++;
    of(t.toEnterpriseId).in++;
  }
  return flows;
}

export const TransferInput = z
  .object({
    seekerId: picked('v.worker_required'),
    date: isoDate,
    toEnterpriseId: picked('v.enterprise_required'),
    toPost: requiredText(60),
    reason: requiredText(300),
    /** The service case that led to it, if any. */
    caseId: uuid.nullable().default(null),
  })
  .strict();
export type TransferInput = z.input<typeof TransferInput>;

export const VoidInput = z.object({ id: uuid, reason: requiredText(200) }).strict();
export type VoidInput = z.input<typeof VoidInput>;

export const Transfer = z.object({
  id: uuid,
  seekerId: uuid,
  seekerName: z.string(),
  date: z.string(),
  fromEnterpriseId: uuid,
  fromEnterpriseName: z.string(),
  toEnterpriseId: uuid,
  toEnterpriseName: z.string(),
  fromPost: z.string(),
  toPost: z.string(),
  reason: z.string(),
  caseId: uuid.nullable(),
  recordedBy: z.string(),
  recordedAt: timestamp,
  voided: z.boolean(),
  voidReason: z.string(),
});
export type Transfer = z.infer<typeof Transfer>;

export const LeaveInput = z
  .object({
    seekerId: picked('v.worker_required'),
    startDate: isoDate,
    endDate: isoDate,
    reason: requiredText(300),
    approvedBy: optionalText(30),
    caseId: uuid.nullable().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'v.end_before_start' });
  });
export type LeaveInput = z.input<typeof LeaveInput>;

export const LeaveReturnInput = z.object({ id: uuid, returnedOn: isoDate }).strict();

export const Leave = z.object({
  id: uuid,
  seekerId: uuid,
  seekerName: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  reason: z.string(),
  approvedBy: z.string(),
  caseId: uuid.nullable(),
  returnedOn: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: timestamp,
  voided: z.boolean(),
  voidReason: z.string(),
});
export type Leave = z.infer<typeof Leave>;
