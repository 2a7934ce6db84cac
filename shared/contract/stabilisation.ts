import { z } from 'zod';
import { RISK_REASONS } from '../domain/at-risk';
import { isoDate, optionalText, timestamp, uuid } from '../domain/fields';
import { EVENT_TYPES } from '../domain/pipeline';
import { RISK_LEVELS, SLOT_KINDS, SLOT_STATUSES, VISIT_METHODS, WELLBEING } from '../domain/return-visits';
import { CASE_TYPES, ServiceCase } from '../domain/service-cases';
import { SpecialClass } from '../domain/special-classes';
import { Leave, Transfer } from '../domain/transfers';

/** Shapes the stabilisation channels answer with (the inputs live beside their rules in domain/). */

export const VisitInput = z
  .object({
    seekerId: uuid,
    visitedOn: isoDate,
    method: z.enum(VISIT_METHODS, { error: 'v.choose' }).default('in_person'),
    reached: z.boolean(),
    /** How they are doing and the risk of leaving: only when reached. */
    wellbeing: z.enum(WELLBEING, { error: 'v.choose' }).nullable().default(null),
    risk: z.enum(RISK_LEVELS, { error: 'v.choose' }).nullable().default(null),
    notes: optionalText(500),
    visitedBy: optionalText(30),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.reached) {
      if (v.wellbeing === null) ctx.addIssue({ code: 'custom', path: ['wellbeing'], message: 'v.choose' });
      if (v.risk === null) ctx.addIssue({ code: 'custom', path: ['risk'], message: 'v.choose' });
    }
  });
export type VisitInput = z.input<typeof VisitInput>;

export const ReturnVisit = z.object({
  id: uuid,
  seekerId: uuid,
  seekerName: z.string(),
  visitedOn: z.string(),
  method: z.enum(VISIT_METHODS),
  reached: z.boolean(),
  wellbeing: z.enum(WELLBEING).nullable(),
  risk: z.enum(RISK_LEVELS).nullable(),
  notes: z.string(),
  visitedBy: z.string(),
  recordedBy: z.string(),
  recordedAt: timestamp,
});
export type ReturnVisit = z.infer<typeof ReturnVisit>;

export const VisitSlotShape = z.object({
  kind: z.enum(SLOT_KINDS),
  offset: z.number().int(),
  due: z.string(),
  status: z.enum(SLOT_STATUSES),
  visitedOn: z.string().nullable(),
  daysOverdue: z.number().int(),
});

/** Who a row is about: enough to find and recognise the person, personal numbers masked. */
const PersonRef = z.object({
  seekerId: uuid,
  name: z.string(),
  idMasked: z.string(),
  phoneMasked: z.string(),
  countyCode: z.string(),
  stage: z.enum(EVENT_TYPES),
  enterpriseId: uuid.nullable(),
  enterpriseName: z.string().nullable(),
  /** Staff member answering for the person (see responsibleStaff), '' when no class is stationed there. */
  responsible: z.string(),
  onLeave: z.boolean(),
});

export const VisitDueRow = PersonRef.extend({
  slot: VisitSlotShape,
  lastVisit: z
    .object({ date: z.string(), reached: z.boolean(), risk: z.enum(RISK_LEVELS).nullable() })
    .nullable(),
});
export type VisitDueRow = z.infer<typeof VisitDueRow>;

export const VisitsDue = z.object({
  asOf: z.string(),
  rows: z.array(VisitDueRow),
  overdue: z.number().int(),
  due: z.number().int(),
});
export type VisitsDue = z.infer<typeof VisitsDue>;

export const AtRiskRow = PersonRef.extend({
  signals: z.array(z.object({ reason: z.enum(RISK_REASONS), since: z.string() })),
  urgency: z.number().int(),
  /** The open intention-to-quit case, to open it from the list. */
  caseId: uuid.nullable(),
});
export type AtRiskRow = z.infer<typeof AtRiskRow>;

export const AtRiskList = z.object({ asOf: z.string(), rows: z.array(AtRiskRow) });
export type AtRiskList = z.infer<typeof AtRiskList>;

export const PlacementShape = z.object({
  enterpriseId: uuid.nullable(),
  enterpriseName: z.string().nullable(),
  post: z.string(),
  from: z.string(),
  to: z.string().nullable(),
  via: z.enum(['employed', 'transfer']),
});

/** Everything stabilisation knows of one person: the seeker detail's "service" section. */
export const PersonStabilisation = z.object({
  asOf: z.string(),
  seekerId: uuid,
  stage: z.enum(EVENT_TYPES),
  employerId: uuid.nullable(),
  entryDate: z.string().nullable(),
  /** Post of the current job (from the hire or the latest transfer). */
  post: z.string(),
  responsible: z.string(),
  cases: z.array(ServiceCase),
  visits: z.array(ReturnVisit),
  schedule: z.array(VisitSlotShape),
  transfers: z.array(Transfer),
  leaves: z.array(Leave),
  placements: z.array(PlacementShape),
  signals: z.array(z.object({ reason: z.enum(RISK_REASONS), since: z.string() })),
});
export type PersonStabilisation = z.infer<typeof PersonStabilisation>;

/** One enterprise as the stabilisation page sees it: figures from the counting module and the diary. */
export const StabilisationEnterprise = z.object({
  enterpriseId: uuid,
  name: z.string(),
  shortName: z.string(),
  classId: uuid.nullable(),
  className: z.string(),
  /** Staff on duty as of the date. */
  staff: z.array(z.object({ name: z.string(), countyCode: z.string(), role: z.string() })),
  employedNow: z.number().int(),
  stable: z.number().int(),
  left: z.number().int(),
  transfersIn: z.number().int(),
  transfersOut: z.number().int(),
  onLeave: z.number().int(),
  openCases: z.number().int(),
  overdueVisits: z.number().int(),
  atRisk: z.number().int(),
});
export type StabilisationEnterprise = z.infer<typeof StabilisationEnterprise>;

export const StabilisationOverview = z.object({
  asOf: z.string(),
  stableDays: z.number().int(),
  enterprises: z.array(StabilisationEnterprise),
});
export type StabilisationOverview = z.infer<typeof StabilisationOverview>;

export const DIARY_ENTRY_KINDS = [
  'case_opened',
  'action',
  'case_resolved',
  'visit',
  'transfer_in',
  'transfer_out',
  'leave',
] as const;

export const DiaryEntry = z.object({
  date: z.string(),
  kind: z.enum(DIARY_ENTRY_KINDS),
  seekerName: z.string(),
  idMasked: z.string(),
  countyCode: z.string(),
  caseType: z.enum(CASE_TYPES).nullable(),
  /** The words of the diary: what was asked, done, found. */
  text: z.string(),
  by: z.string(),
  cashYuan: z.number(),
  goods: z.string(),
  /** For leave: its dates (the text is the reason). */
  period: z.object({ start: z.string(), end: z.string() }).nullable(),
  /** For transfers: where from and where to (the text is the reason). */
  move: z.object({ from: z.string(), fromPost: z.string(), to: z.string(), toPost: z.string() }).nullable(),
  /** For visits: what the visit found. */
  visit: z
    .object({
      reached: z.boolean(),
      wellbeing: z.enum(WELLBEING).nullable(),
      risk: z.enum(RISK_LEVELS).nullable(),
    })
    .nullable(),
});
export type DiaryEntry = z.infer<typeof DiaryEntry>;

/** One special class's week, as printed (Monday to Sunday). */
export const WeeklyDiary = z.object({
  specialClass: SpecialClass,
  weekStart: z.string(),
  weekEnd: z.string(),
  entries: z.array(DiaryEntry),
  totals: z.object({
    casesOpened: z.number().int(),
    casesResolved: z.number().int(),
    actions: z.number().int(),
    visits: z.number().int(),
    reached: z.number().int(),
    cashYuan: z.number(),
    transfersIn: z.number().int(),
    transfersOut: z.number().int(),
    leaves: z.number().int(),
    /** Open cases at the end of the week. */
    stillOpen: z.number().int(),
  }),
  employedNow: z.number().int(),
  atRisk: z.number().int(),
});
export type WeeklyDiary = z.infer<typeof WeeklyDiary>;
