import { z } from 'zod';
import { timestamp, uuid } from '../domain/fields';
import {
  DEADLINE_KINDS,
  FINDING_CATEGORIES,
  FINDING_STATES,
  FINDING_STEPS,
  FOLLOW_UP_OUTCOMES,
} from '../domain/supervision';

/** Shapes the supervision channels answer with (the inputs live beside their rules in domain/). */

export const FindingStepRecord = z.object({
  id: uuid,
  step: z.enum(FINDING_STEPS),
  date: z.string(),
  note: z.string(),
  /** Who did it: who asked to close, who checked, who sent it back. */
  by: z.string(),
  outcome: z.enum(FOLLOW_UP_OUTCOMES).nullable(),
  fromState: z.enum(FINDING_STATES),
  toState: z.enum(FINDING_STATES),
  recordedBy: z.string(),
  recordedAt: timestamp,
});
export type FindingStepRecord = z.infer<typeof FindingStepRecord>;

export const Finding = z.object({
  id: uuid,
  classNo: z.number().int(),
  foundOn: z.string(),
  countyCode: z.string(),
  town: z.string(),
  enterpriseId: uuid.nullable(),
  enterpriseName: z.string().nullable(),
  category: z.enum(FINDING_CATEGORIES),
  problem: z.string(),
  requirement: z.string(),
  responsibleUnit: z.string(),
  responsiblePerson: z.string(),
  deadlineKind: z.enum(DEADLINE_KINDS),
  deadline: z.string().nullable(),
  state: z.enum(FINDING_STATES),
  /** The date of the latest step (the finding's own date when none). */
  stateOn: z.string(),
  closedOn: z.string().nullable(),
  /** As of the list's date; 0 when not overdue. */
  overdueDays: z.number().int(),
  /** What was done, from the latest request to close ('' before any). */
  done: z.string(),
  /** Who checked it, from the latest check. */
  checkedBy: z.string(),
  /** Why it was sent back, while it is. */
  returnReason: z.string(),
  /** In date order. */
  steps: z.array(FindingStepRecord),
  recordedBy: z.string(),
  recordedAt: timestamp,
  updatedAt: timestamp,
});
export type Finding = z.infer<typeof Finding>;

export const FindingList = z.object({
  asOf: z.string(),
  rows: z.array(Finding),
});
export type FindingList = z.infer<typeof FindingList>;

const CountyFindings = z.object({
  countyCode: z.string(),
  open: z.number().int(),
  overdue: z.number().int(),
  closedThisMonth: z.number().int(),
  total: z.number().int(),
});

export const FindingsSummary = z.object({
  asOf: z.string(),
  counties: z.array(CountyFindings),
  totals: CountyFindings.omit({ countyCode: true }),
});
export type FindingsSummary = z.infer<typeof FindingsSummary>;
