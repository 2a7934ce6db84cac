import { z } from 'zod';
import { isoDate, optionalText, picked, requiredText, timestamp, uuid } from './fields';

/** The factory diary (工厂日记): service cases and what stationed staff did on each. */
export const CASE_TYPES = [
  'post_change',
  'illness',
  'leave_request',
  'hardship_aid',
  'childcare',
  'family_matter',
  'living',
  'pay_dispute',
  'intention_to_quit',
  'other',
] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const CASE_STATUSES = ['open', 'in_progress', 'resolved'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Money given, in yuan with at most two decimals (stored in fen). */
export const cashYuan = z
  .number({ error: 'v.number' })
  .min(0, { error: 'v.cash' })
  .max(100_000, { error: 'v.cash' })
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { error: 'v.cash' })
  .default(0);

export const toFen = (yuan: number): number => Math.round(yuan * 100);
export const toYuan = (fen: number): number => fen / 100;

const actionFields = {
  date: isoDate,
  /** What was done. */
  action: requiredText(500),
  /** Who did it: the staff member's name. */
  handledBy: optionalText(30),
  cashYuan,
  /** Goods given, e.g. 药品、棉被. */
  goods: optionalText(100),
};

function checkFollowUp(
  v: { status: CaseStatus; followUpOn: string | null; resolvedOn?: string | null; openedOn?: string },
  ctx: z.RefinementCtx,
): void {
  if (v.openedOn && v.followUpOn !== null && v.followUpOn < v.openedOn)
    ctx.addIssue({ code: 'custom', path: ['followUpOn'], message: 'v.follow_up_before_case' });
  if (v.resolvedOn !== undefined) {
    if (v.status === 'resolved' && v.resolvedOn === null)
      ctx.addIssue({ code: 'custom', path: ['resolvedOn'], message: 'v.required' });
    if (v.openedOn && v.resolvedOn && v.resolvedOn < v.openedOn)
      ctx.addIssue({ code: 'custom', path: ['resolvedOn'], message: 'v.resolved_before_case' });
  }
}

/** Opening a case: who, where, what was asked and, usually, what was done at once. */
export const CaseOpenInput = z
  .object({
    seekerId: picked('v.worker_required'),
    /** Default: the person's current enterprise. */
    enterpriseId: uuid.nullable().default(null),
    openedOn: isoDate,
    type: z.enum(CASE_TYPES, { error: 'v.choose' }),
    /** What was asked (the worker's words or the situation). */
    request: requiredText(500),
    /** What was done on the day, if anything yet. */
    action: optionalText(500),
    handledBy: optionalText(30),
    cashYuan,
    goods: optionalText(100),
    status: z.enum(CASE_STATUSES, { error: 'v.choose' }).default('open'),
    followUpOn: isoDate.nullable().default(null),
    resolvedOn: isoDate.nullable().default(null),
    outcome: optionalText(500),
  })
  .strict()
  .superRefine(checkFollowUp);
export type CaseOpenInput = z.input<typeof CaseOpenInput>;

/** Editing a case: its facts, its status, and how it ended. */
export const CaseUpdateInput = z
  .object({
    id: uuid,
    enterpriseId: uuid.nullable(),
    openedOn: isoDate,
    type: z.enum(CASE_TYPES, { error: 'v.choose' }),
    request: requiredText(500),
    status: z.enum(CASE_STATUSES, { error: 'v.choose' }),
    followUpOn: isoDate.nullable().default(null),
    resolvedOn: isoDate.nullable().default(null),
    outcome: optionalText(500),
  })
  .strict()
  .superRefine(checkFollowUp);
export type CaseUpdateInput = z.input<typeof CaseUpdateInput>;

/** One more thing done on a case (a later visit, the cash handed over); may move its status. */
export const CaseActionInput = z
  .object({
    caseId: uuid,
    ...actionFields,
    status: z.enum(CASE_STATUSES, { error: 'v.choose' }).nullable().default(null),
    followUpOn: isoDate.nullable().default(null),
  })
  .strict();
export type CaseActionInput = z.input<typeof CaseActionInput>;

export const CaseAction = z.object({
  id: uuid,
  date: z.string(),
  action: z.string(),
  handledBy: z.string(),
  cashYuan: z.number(),
  goods: z.string(),
  recordedBy: z.string(),
  recordedAt: timestamp,
});
export type CaseAction = z.infer<typeof CaseAction>;

export const ServiceCase = z.object({
  id: uuid,
  seekerId: uuid,
  seekerName: z.string(),
  idMasked: z.string(),
  phoneMasked: z.string(),
  countyCode: z.string(),
  enterpriseId: uuid.nullable(),
  enterpriseName: z.string().nullable(),
  openedOn: z.string(),
  type: z.enum(CASE_TYPES),
  request: z.string(),
  status: z.enum(CASE_STATUSES),
  followUpOn: z.string().nullable(),
  resolvedOn: z.string().nullable(),
  outcome: z.string(),
  /** In date order. */
  actions: z.array(CaseAction),
  /** Sums over the actions. */
  cashYuan: z.number(),
  goods: z.string(),
  /** Who handled it last (or first recorded it). */
  handledBy: z.string(),
  recordedBy: z.string(),
  recordedAt: timestamp,
  updatedAt: timestamp,
});
export type ServiceCase = z.infer<typeof ServiceCase>;

/** `unresolved` is open or in progress; `follow_up`: unresolved with a follow-up date on or before as-of. */
export const CASE_STATUS_FILTERS = [...CASE_STATUSES, 'unresolved', 'follow_up'] as const;

export const CaseFilter = z
  .object({
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
    enterpriseId: uuid.nullable().default(null),
    type: z.enum(CASE_TYPES).nullable().default(null),
    status: z.enum(CASE_STATUS_FILTERS).nullable().default(null),
    /** Worker's name, ID tail or phone digits; or words of the request and actions. */
    search: z.string().trim().max(40).default(''),
    seekerId: uuid.nullable().default(null),
    limit: z.number().int().min(1).max(20_000).default(5_000),
  })
  .strict();
export type CaseFilter = z.input<typeof CaseFilter>;

export const CaseList = z.object({
  rows: z.array(ServiceCase),
  /** Cases matching, beyond `limit` too. */
  total: z.number().int(),
});
export type CaseList = z.infer<typeof CaseList>;

/** Next thing to do on a case: an unresolved case whose follow-up date has come. */
export function followUpDue(c: Pick<ServiceCase, 'status' | 'followUpOn'>, asOf: string): boolean {
  return c.status !== 'resolved' && c.followUpOn !== null && c.followUpOn <= asOf;
}

/**
 * Worth telling in the daily report: money or goods given, a transfer or leave arranged, someone
 * talked out of quitting, a case that took several visits. Higher is more telling; 0 is routine.
 */
export function notability(
  c: Pick<ServiceCase, 'type' | 'cashYuan' | 'goods' | 'status' | 'actions'>,
  ledToTransferOrLeave: boolean,
): number {
  let score = 0;
  if (c.cashYuan > 0) score += 3;
  if (ledToTransferOrLeave) score += 3;
  if (c.type === 'intention_to_quit') score += c.status === 'resolved' ? 3 : 2;
  if (c.type === 'childcare' || c.type === 'post_change' || c.type === 'leave_request') score += 1;
  if (c.type === 'illness' || c.type === 'hardship_aid') score += 1;
  if (c.goods !== '') score += 1;
  if (c.actions.length > 1) score += 1;
  return score;
}
