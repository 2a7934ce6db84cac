import { z } from 'zod';
import { COUNTIES } from './counties';
import { isoDate, optionalText, requiredText, uuid } from './fields';
import { daysBetween } from './pipeline';

/**
 * Supervision findings (督导问题清单): what the four supervision work classes (督导专班) find in the
 * counties, fixed by the responsible unit by a date and then closed (销号) after a check.
 */
export const SUPERVISION_CLASSES = [1, 2, 3, 4] as const;

export const FINDING_CATEGORIES = [
  'recruitment_task',
  'transport',
  'stabilisation',
  'policy_delivery',
  'data_quality',
  'other',
] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

/** 限期 (fix by a date) or 持续 (ongoing: no date to miss). */
export const DEADLINE_KINDS = ['by_date', 'ongoing'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** 交办 → 整改中 → 申请销号 → 复核 → 已销号; 退回 (sent back) goes back to work. In the order a finding lives them. */
export const FINDING_STATES = [
  'assigned',
  'in_progress',
  'returned',
  'closure_requested',
  'checked',
  'closed',
] as const;
export type FindingState = (typeof FINDING_STATES)[number];

/** What can be done to a finding: a progress note, asking to close it, the check, sending it back, closing, 回头看. */
export const FINDING_STEPS = [
  'progress',
  'request_closure',
  'check',
  'return',
  'close',
  'follow_up',
] as const;
export type FindingStep = (typeof FINDING_STEPS)[number];

/** A follow-up check (回头看) finds the problem stayed fixed, or came back. */
export const FOLLOW_UP_OUTCOMES = ['held', 'relapsed'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

/** States in which the work is still the county's to do: the deadline can pass in these only. */
export const OWED_STATES: readonly FindingState[] = ['assigned', 'in_progress', 'returned'];

/** The states each step may start from. Anything else is an illegal jump (closing what was never checked). */
const STEP_FROM: Record<FindingStep, readonly FindingState[]> = {
  progress: OWED_STATES,
  request_closure: OWED_STATES,
  check: ['closure_requested'],
  return: ['closure_requested', 'checked'],
  close: ['checked'],
  follow_up: ['closed'],
};

/**
 * Where a step takes a finding from `state`, or null when the step is not allowed there. A
 * follow-up check that finds the problem back reopens the finding (sent back, with its note).
 */
export function stepTarget(
  state: FindingState,
  step: FindingStep,
  outcome: FollowUpOutcome | null = null,
): FindingState | null {
  if (!STEP_FROM[step].includes(state)) return null;
  switch (step) {
    case 'progress':
      return 'in_progress';
    case 'request_closure':
      return 'closure_requested';
    case 'check':
      return 'checked';
    case 'return':
      return 'returned';
    case 'close':
      return 'closed';
    case 'follow_up':
      return outcome === 'relapsed' ? 'returned' : 'closed';
  }
}

/** The steps a finding in `state` offers, in the order the dialog shows them. */
export function allowedSteps(state: FindingState): FindingStep[] {
  return FINDING_STEPS.filter((step) => STEP_FROM[step].includes(state));
}

/** A finding's facts may be corrected until it is closed. */
export const editable = (state: FindingState): boolean => state !== 'closed';

type DeadlineFacts = { deadlineKind: DeadlineKind; deadline: string | null; state: FindingState };

/**
 * Days a finding is overdue as of a date, 0 when it is not: a "fix by a date" finding whose
 * deadline has passed (the deadline day itself is still in time) while the work is still owed.
 * Once closure is asked for, the county has done its part and the clock stops.
 */
export function overdueDays(f: DeadlineFacts, asOf: string): number {
  if (f.deadlineKind !== 'by_date' || f.deadline === null || !OWED_STATES.includes(f.state)) return 0;
  return Math.max(0, daysBetween(f.deadline, asOf));
}

export const isOverdue = (f: DeadlineFacts, asOf: string): boolean => overdueDays(f, asOf) > 0;

type Sortable = DeadlineFacts & { foundOn: string; closedOn: string | null };

/** Where a finding sorts: overdue first (most overdue first), then work owed, awaiting a check, closed. */
function band(f: Sortable, asOf: string): number {
  if (isOverdue(f, asOf)) return 0;
  if (OWED_STATES.includes(f.state)) return 1;
  if (f.state === 'closed') return 3;
  return 2;
}

/** The list's order: overdue first, then by the nearest deadline (ongoing ones after), closed last (newest first). */
export function compareFindings(a: Sortable, b: Sortable, asOf: string): number {
  const ba = band(a, asOf);
  const bb = band(b, asOf);
  if (ba !== bb) return ba - bb;
  if (ba === 3)
    return (b.closedOn ?? '').localeCompare(a.closedOn ?? '') || a.foundOn.localeCompare(b.foundOn);
  const deadline = (f: Sortable) => f.deadline ?? '9999-12-31';
  return deadline(a).localeCompare(deadline(b)) || a.foundOn.localeCompare(b.foundOn);
}

export interface CountyFindings {
  countyCode: string;
  /** Not closed yet. */
  open: number;
  overdue: number;
  /** Closed in the month of the as-of date, up to it. */
  closedThisMonth: number;
  total: number;
}

/** The per-county summary of the page: every county, in the prefecture's order, with zeros too. */
export function summariseByCounty(
  findings: readonly (DeadlineFacts & { countyCode: string; closedOn: string | null })[],
  asOf: string,
): CountyFindings[] {
  const month = asOf.slice(0, 7);
  return COUNTIES.map(({ code }) => {
    const mine = findings.filter((f) => f.countyCode === code);
    return {
      countyCode: code,
      open: mine.filter((f) => f.state !== 'closed').length,
      overdue: mine.filter((f) => isOverdue(f, asOf)).length,
      closedThisMonth: mine.filter(
        (f) =>
          f.state === 'closed' && f.closedOn !== null && f.closedOn.startsWith(month) && f.closedOn <= asOf,
      ).length,
      total: mine.length,
    };
  });
}

const COUNTY_CODES = COUNTIES.map((c) => c.code) as [string, ...string[]];

const findingFields = {
  /** Which of the four supervision work classes found it. */
  classNo: z
    .number({ error: 'v.choose' })
    .int({ error: 'v.choose' })
    .min(1, { error: 'v.choose' })
    .max(SUPERVISION_CLASSES.length, { error: 'v.choose' }),
  foundOn: isoDate,
  countyCode: z.enum(COUNTY_CODES, { error: 'v.county' }),
  town: optionalText(30),
  enterpriseId: uuid.nullable().default(null),
  category: z.enum(FINDING_CATEGORIES, { error: 'v.choose' }),
  /** What was found. */
  problem: requiredText(1000),
  /** What must change. */
  requirement: requiredText(1000),
  responsibleUnit: requiredText(60),
  responsiblePerson: requiredText(30),
  deadlineKind: z.enum(DEADLINE_KINDS, { error: 'v.choose' }).default('by_date'),
  /** Required for "fix by a date"; an ongoing finding has none. */
  deadline: isoDate.nullable().default(null),
};

function checkDeadline(
  v: { deadlineKind: DeadlineKind; deadline: string | null; foundOn: string },
  ctx: z.RefinementCtx,
): void {
  if (v.deadlineKind !== 'by_date') return;
  if (v.deadline === null)
    ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'v.deadline_required' });
  else if (v.deadline < v.foundOn)
    ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'v.deadline_before_finding' });
}

/** A new finding, assigned (交办) to the responsible unit. */
export const FindingInput = z.object(findingFields).strict().superRefine(checkDeadline);
export type FindingInput = z.input<typeof FindingInput>;

/** Correcting a finding's facts (a new deadline too) while it is not closed. */
export const FindingUpdate = z
  .object({ id: uuid, ...findingFields })
  .strict()
  .superRefine(checkDeadline);
export type FindingUpdate = z.input<typeof FindingUpdate>;

const stepBase = { id: uuid, date: isoDate };
const note = (message: string) =>
  z.string({ error: message }).trim().min(1, { error: message }).max(1000, { error: 'v.too_long' });
const by = optionalText(30);

/**
 * One step of a finding. What each step must carry is its own: asking to close needs what was
 * done, the check who checked, sending back a reason, a follow-up check its outcome.
 */
export const FindingStepInput = z.discriminatedUnion('step', [
  z.object({ ...stepBase, step: z.literal('progress'), note: note('v.progress_required'), by }).strict(),
  z.object({ ...stepBase, step: z.literal('request_closure'), note: note('v.done_required'), by }).strict(),
  z
    .object({
      ...stepBase,
      step: z.literal('check'),
      by: z
        .string({ error: 'v.checked_by_required' })
        .trim()
        .min(1, { error: 'v.checked_by_required' })
        .max(30, { error: 'v.too_long' }),
      note: optionalText(1000),
    })
    .strict(),
  z.object({ ...stepBase, step: z.literal('return'), note: note('v.reason_required'), by }).strict(),
  z.object({ ...stepBase, step: z.literal('close'), note: optionalText(1000), by }).strict(),
  z
    .object({
      ...stepBase,
      step: z.literal('follow_up'),
      outcome: z.enum(FOLLOW_UP_OUTCOMES, { error: 'v.choose' }),
      note: note('v.follow_up_required'),
      by,
    })
    .strict(),
]);
export type FindingStepInput = z.input<typeof FindingStepInput>;

/** `open` is anything not closed; `overdue` as of the list's date. */
export const FINDING_STATE_FILTERS = [...FINDING_STATES, 'open', 'overdue'] as const;

export const FindingFilter = z
  .object({
    asOf: isoDate.nullable().default(null),
    countyCode: z.enum(COUNTY_CODES, { error: 'v.county' }).nullable().default(null),
    state: z.enum(FINDING_STATE_FILTERS, { error: 'v.choose' }).nullable().default(null),
    category: z.enum(FINDING_CATEGORIES, { error: 'v.choose' }).nullable().default(null),
    /** Words of the problem, the requirement, the responsible unit or person, the town. */
    search: z.string().trim().max(40).default(''),
  })
  .strict();
export type FindingFilter = z.input<typeof FindingFilter>;
