import { z } from 'zod';
import { COUNTIES } from './counties';
import { contactPhone, isoDate, optionalText, requiredText, timestamp, uuid } from './fields';
import { daysBetween } from './pipeline';

/**
 * The work behind the figures: the special recruitment classes' field visits (走访) and the
 * bureau's one-to-one service to each key enterprise (a commissioner, the enterprise's requests).
 */

const COUNTY_CODES = COUNTIES.map((c) => c.code) as [string, ...string[]];

/** How the recruitment classes reach people; a policy briefing (送政策进企业) is held at an enterprise. */
export const VISIT_KINDS = [
  'door_to_door',
  'village_meeting',
  'job_fair',
  'phone_follow_up',
  'policy_briefing',
] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

/** Policies a briefing may cover (the subsidies the bureau delivers; rules differ by place and year). */
export const POLICY_TOPICS = [
  'job_seeking_subsidy',
  'transport_subsidy',
  'hiring_subsidy',
  'job_expansion_subsidy',
  'pre_job_training_subsidy',
  'stabilisation_refund',
  'job_referral_subsidy',
  'flexible_insurance_subsidy',
  'skills_certificate_subsidy',
  'entrepreneurship_subsidy',
  'other',
] as const;
export type PolicyTopic = (typeof POLICY_TOPICS)[number];

/** What an enterprise asks its commissioner for. */
export const REQUEST_CATEGORIES = [
  'shortage',
  'accommodation',
  'transport',
  'training',
  'policy',
  'other',
] as const;
export type RequestCategory = (typeof REQUEST_CATEGORIES)[number];

export const PEOPLE_MAX = 100_000;
/** People linked to one visit by name: a village meeting, not a whole county's register. */
export const LINKED_MAX = 500;

const people = z
  .number({ error: 'v.number' })
  .int({ error: 'v.integer' })
  .min(0, { error: 'v.not_negative' })
  .max(PEOPLE_MAX, { error: 'v.too_large' });

/** A phone a member of staff is reached on: required, digits and - + ( ) only. */
const staffPhone = contactPhone.refine((v) => v !== '', { error: 'v.required' });

// ── Recruitment classes ────────────────────────────────────────────────────────────────────────

/** One of the eight special recruitment classes (招聘专班) and the counties it answers for. */
export const RecruitmentClassInput = z
  .object({
    id: uuid.nullable().default(null),
    name: requiredText(40),
    countyCodes: z
      .array(z.enum(COUNTY_CODES, { error: 'v.county' }))
      .min(1, { error: 'v.class_counties' })
      .max(COUNTY_CODES.length)
      .refine((codes) => new Set(codes).size === codes.length, { error: 'v.duplicate' }),
    leader: optionalText(30),
    phone: contactPhone,
    notes: optionalText(300),
  })
  .strict();
export type RecruitmentClassInput = z.input<typeof RecruitmentClassInput>;

export const RecruitmentClass = z.object({
  id: uuid,
  name: z.string(),
  countyCodes: z.array(z.string()),
  leader: z.string(),
  phone: z.string(),
  notes: z.string(),
  /** Visits logged by the class, and people signed up at them. */
  visits: z.number().int(),
  signedUp: z.number().int(),
  updatedAt: timestamp,
});
export type RecruitmentClass = z.infer<typeof RecruitmentClass>;

// ── Field visits ───────────────────────────────────────────────────────────────────────────────

interface VisitShape {
  kind: VisitKind;
  classId: string | null;
  countyCode: string | null;
  enterpriseId: string | null;
  reached: number;
  signedUp: number;
  seekerIds: readonly string[];
  policies: readonly PolicyTopic[];
}

/**
 * The rules of a visit that need no database: a class's visit names its class and county; a policy
 * briefing names its enterprise and the policies covered; nobody signs up who was not reached;
 * the people linked by name are among those who signed up.
 */
export function checkVisit(v: VisitShape, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (v.kind === 'policy_briefing') {
    if (v.enterpriseId === null) issue('enterpriseId', 'v.enterprise_required');
    if (v.policies.length === 0) issue('policies', 'v.visit_policies_required');
  } else {
    if (v.classId === null) issue('classId', 'v.visit_class_required');
    if (v.countyCode === null) issue('countyCode', 'v.county');
    if (v.policies.length > 0) issue('policies', 'v.visit_policies_briefing_only');
  }
  // A count that is not a count already carries its own message: comparing it would add a wrong one.
  const counted = (n: number) => Number.isInteger(n) && n >= 0;
  if (counted(v.reached) && counted(v.signedUp) && v.signedUp > v.reached)
    issue('signedUp', 'v.visit_signed_over_reached');
  else if (counted(v.signedUp) && v.seekerIds.length > v.signedUp)
    issue('signedUp', 'v.visit_linked_over_signed');
  if (new Set(v.seekerIds).size !== v.seekerIds.length) issue('seekerIds', 'v.duplicate');
}

export const FieldVisitInput = z
  .object({
    /** null: a new visit. */
    id: uuid.nullable().default(null),
    kind: z.enum(VISIT_KINDS, { error: 'v.choose' }),
    date: isoDate,
    classId: uuid.nullable().default(null),
    countyCode: z.enum(COUNTY_CODES, { error: 'v.county' }).nullable().default(null),
    town: optionalText(40),
    village: optionalText(40),
    /** Where a briefing was held; a job fair may be one enterprise's too. */
    enterpriseId: uuid.nullable().default(null),
    /** Who went (beyond the class), e.g. the commissioner at a briefing. */
    staff: optionalText(60),
    reached: people,
    signedUp: people,
    /** The people who signed up, by name: each one's timeline shows the visit. */
    seekerIds: z.array(uuid).max(LINKED_MAX, { error: 'v.too_many' }).default([]),
    policies: z
      .array(z.enum(POLICY_TOPICS, { error: 'v.choose' }))
      .max(POLICY_TOPICS.length)
      .default([]),
    notes: optionalText(1000),
  })
  .strict()
  .superRefine(checkVisit);
export type FieldVisitInput = z.input<typeof FieldVisitInput>;

/** Someone signed up at a visit; personal numbers masked. */
export const VisitPerson = z.object({
  seekerId: uuid,
  name: z.string(),
  idMasked: z.string(),
  countyCode: z.string(),
  village: z.string(),
});
export type VisitPerson = z.infer<typeof VisitPerson>;

const visitFields = {
  id: uuid,
  kind: z.enum(VISIT_KINDS),
  date: z.string(),
  classId: uuid.nullable(),
  className: z.string().nullable(),
  countyCode: z.string().nullable(),
  town: z.string(),
  village: z.string(),
  enterpriseId: uuid.nullable(),
  enterpriseName: z.string().nullable(),
  staff: z.string(),
  reached: z.number().int(),
  signedUp: z.number().int(),
  policies: z.array(z.enum(POLICY_TOPICS)),
  notes: z.string(),
  recordedBy: z.string(),
  updatedAt: timestamp,
};

/** A row of the visits list: the people linked are counted, not listed. */
export const FieldVisitRow = z.object({ ...visitFields, linked: z.number().int() });
export type FieldVisitRow = z.infer<typeof FieldVisitRow>;

export const FieldVisit = z.object({ ...visitFields, people: z.array(VisitPerson) });
export type FieldVisit = z.infer<typeof FieldVisit>;

export const VisitFilter = z
  .object({
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
    countyCode: z.enum(COUNTY_CODES).nullable().default(null),
    classId: uuid.nullable().default(null),
    kind: z.enum(VISIT_KINDS).nullable().default(null),
    enterpriseId: uuid.nullable().default(null),
    limit: z.number().int().min(1).max(20_000).default(2_000),
  })
  .strict();
export type VisitFilter = z.input<typeof VisitFilter>;

export const VisitList = z.object({
  rows: z.array(FieldVisitRow),
  /** Over every visit matching, beyond `limit` too. */
  totals: z.object({
    visits: z.number().int(),
    reached: z.number().int(),
    signedUp: z.number().int(),
    linked: z.number().int(),
  }),
});
export type VisitList = z.infer<typeof VisitList>;

/** A visit as a person's timeline shows it: "signed up at the village meeting in 长梁镇 on 13 February". */
export const SeekerVisit = z.object({
  visitId: uuid,
  date: z.string(),
  kind: z.enum(VISIT_KINDS),
  className: z.string().nullable(),
  countyCode: z.string().nullable(),
  town: z.string(),
  village: z.string(),
  enterpriseName: z.string().nullable(),
});
export type SeekerVisit = z.infer<typeof SeekerVisit>;

/** A county's visits for the daily report: that day's and the totals up to it. */
export interface CountyVisitFigures {
  visitsDay: number;
  visitsTotal: number;
  visitSignUpsDay: number;
  visitSignUpsTotal: number;
}

/**
 * Visits and the people signed up at them, per county, for a report dated `date`: visits after it
 * are not counted (a report for an earlier day is that day's picture); visits without a county
 * (briefings at an enterprise) belong to no county's line.
 */
export function visitFiguresByCounty(
  visits: readonly { date: string; countyCode: string | null; signedUp: number }[],
  date: string,
): Map<string, CountyVisitFigures> {
  const out = new Map<string, CountyVisitFigures>();
  for (const v of visits) {
    if (v.countyCode === null || v.date > date) continue;
    const f = out.get(v.countyCode) ?? {
      visitsDay: 0,
      visitsTotal: 0,
      visitSignUpsDay: 0,
      visitSignUpsTotal: 0,
    };
    f.visitsTotal++;
    f.visitSignUpsTotal += v.signedUp;
    if (v.date === date) {
      f.visitsDay++;
      f.visitSignUpsDay += v.signedUp;
    }
    out.set(v.countyCode, f);
  }
  return out;
}

// ── One-to-one enterprise service ──────────────────────────────────────────────────────────────

/** The bureau's commissioner (服务专员) for a key enterprise: a member of staff, with phone. */
export const CommissionerInput = z
  .object({
    enterpriseId: uuid,
    name: requiredText(30),
    phone: staffPhone,
  })
  .strict();
export type CommissionerInput = z.input<typeof CommissionerInput>;

export const Commissioner = z.object({
  id: uuid,
  name: z.string(),
  phone: z.string(),
  updatedAt: timestamp,
});
export type Commissioner = z.infer<typeof Commissioner>;

interface RequestShape {
  raisedOn: string;
  done: string;
  handledBy: string;
  solvedOn: string | null;
}

/** A request is solved on a date no earlier than it was raised, saying what was done and by whom. */
export function checkRequest(r: RequestShape, ctx: z.RefinementCtx): void {
  if (r.solvedOn === null) return;
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (r.solvedOn < r.raisedOn) issue('solvedOn', 'v.solved_before_raised');
  if (r.done === '') issue('done', 'v.request_done_required');
  if (r.handledBy === '') issue('handledBy', 'v.request_by_required');
}

export const ServiceRequestInput = z
  .object({
    id: uuid.nullable().default(null),
    enterpriseId: uuid,
    raisedOn: isoDate,
    category: z.enum(REQUEST_CATEGORIES, { error: 'v.choose' }),
    /** The line or post concerned, e.g. a shortage on the mothers' line. */
    post: optionalText(60),
    asked: requiredText(500),
    done: optionalText(1000),
    handledBy: optionalText(30),
    /** null: still open. */
    solvedOn: isoDate.nullable().default(null),
  })
  .strict()
  .superRefine(checkRequest);
export type ServiceRequestInput = z.input<typeof ServiceRequestInput>;

export const REQUEST_STATUSES = ['open', 'solved'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const ServiceRequest = z.object({
  id: uuid,
  enterpriseId: uuid,
  enterpriseName: z.string(),
  shortName: z.string(),
  raisedOn: z.string(),
  category: z.enum(REQUEST_CATEGORIES),
  post: z.string(),
  asked: z.string(),
  done: z.string(),
  handledBy: z.string(),
  solvedOn: z.string().nullable(),
  status: z.enum(REQUEST_STATUSES),
  /** Days from raised to solved, or to the as-of date while open. */
  days: z.number().int(),
  recordedBy: z.string(),
  updatedAt: timestamp,
});
export type ServiceRequest = z.infer<typeof ServiceRequest>;

export const RequestFilter = z
  .object({
    enterpriseId: uuid.nullable().default(null),
    /** null: every request. */
    status: z.enum(REQUEST_STATUSES).nullable().default('open'),
  })
  .strict();
export type RequestFilter = z.input<typeof RequestFilter>;

/** One key enterprise's service at a glance. */
export const EnterpriseService = z.object({
  enterpriseId: uuid,
  name: z.string(),
  shortName: z.string(),
  archived: z.boolean(),
  commissioner: Commissioner.nullable(),
  open: z.number().int(),
  solved: z.number().int(),
  /** The oldest open request's date. */
  oldestOpenOn: z.string().nullable(),
  /** The latest policy briefing held there. */
  lastBriefingOn: z.string().nullable(),
});
export type EnterpriseService = z.infer<typeof EnterpriseService>;

/** Open on a date: raised by then and not solved by then. */
export function openOn(r: { raisedOn: string; solvedOn: string | null }, asOf: string): boolean {
  return r.raisedOn <= asOf && (r.solvedOn === null || r.solvedOn > asOf);
}

/** Days a request was (or has been, as of the date) open; never negative. */
export function daysOpen(r: { raisedOn: string; solvedOn: string | null }, asOf: string): number {
  const end = r.solvedOn !== null && r.solvedOn <= asOf ? r.solvedOn : asOf;
  return Math.max(0, daysBetween(r.raisedOn, end));
}
