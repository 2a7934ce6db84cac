import { z } from 'zod';
import { COUNTIES } from './counties';
import { isoDate, optionalText, requiredText, timestamp, uuid } from './fields';
import { SeekerVisit } from './fieldwork';
import { ageOn, checkIdNumber } from './id-number';
import { checkMobile } from './phone';
import { EVENT_TYPES, LEAVE_REASONS } from './pipeline';

/** How the drive reached the person. */
export const SIGNUP_CHANNELS = [
  'point_to_point',
  'job_fair',
  'labour_cooperation',
  'college',
  'hr_company',
] as const;
export type SignupChannel = (typeof SIGNUP_CHANNELS)[number];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

const COUNTY_CODES = COUNTIES.map((c) => c.code) as [string, ...string[]];

/** A resident ID number: validated (GB 11643) and normalised (full-width, spaces, lower-case x). */
export const idNumberField = z.string({ error: 'v.required' }).transform((value, ctx) => {
  // One check gives both the problem and the normal form (an import checks 100k of them).
  if (value.trim() === '') {
    ctx.issues.push({ code: 'custom', message: 'v.required', input: value });
    return z.NEVER;
  }
  const r = checkIdNumber(value);
  if (r.ok) return r.info.id;
  ctx.issues.push({ code: 'custom', message: `v.${r.problem}`, input: value });
  return z.NEVER;
});

/** A mainland mobile number, normalised to 11 digits. */
export const mobileField = z.string({ error: 'v.required' }).transform((value, ctx) => {
  const r = value.trim() === '' ? null : checkMobile(value);
  if (r?.ok) return r.phone;
  ctx.issues.push({ code: 'custom', message: r ? 'v.phone_invalid' : 'v.required', input: value });
  return z.NEVER;
});

const seekerFields = z.object({
  name: requiredText(30),
  idNumber: idNumberField,
  /** When given (e.g. a roster column), it must agree with the ID number. */
  gender: z.enum(GENDERS, { error: 'v.choose' }).nullable().default(null),
  /** When given, it must agree with the birth date in the ID number (on the sign-up date). */
  age: z
    .number({ error: 'v.number' })
    .int({ error: 'v.integer' })
    .min(0, { error: 'v.age_range' })
    .max(120, { error: 'v.age_range' })
    .nullable()
    .default(null),
  phone: mobileField,
  countyCode: z.enum(COUNTY_CODES, { error: 'v.county' }),
  town: optionalText(30),
  village: optionalText(30),
  /** null: any enterprise (服从安排). */
  intendedEnterpriseId: uuid.nullable().default(null),
  previousWork: optionalText(100),
  notes: optionalText(500),
  prefNearHome: z.boolean().default(false),
  prefMothersLine: z.boolean().default(false),
  channel: z.enum(SIGNUP_CHANNELS, { error: 'v.choose' }),
  signedUpOn: isoDate,
  /** Where the sign-up was taken, e.g. a village committee or a job fair. */
  signedUpAt: optionalText(60),
});

type SeekerShape = { idNumber: string; gender: Gender | null; age: number | null; signedUpOn: string };

function checkDerived(s: SeekerShape, ctx: z.RefinementCtx): void {
  const r = checkIdNumber(s.idNumber);
  if (!r.ok) return;
  if (s.gender !== null && s.gender !== r.info.gender) {
    ctx.addIssue({ code: 'custom', path: ['gender'], message: 'v.gender_mismatch' });
  }
  if (s.age !== null && /^\d{4}-\d{2}-\d{2}$/.test(s.signedUpOn)) {
    const derived = ageOn(r.info.birthDate, s.signedUpOn);
    // A roster's age may be counted in nominal years (虚岁): allow one year either way.
    if (Math.abs(derived - s.age) > 1)
      ctx.addIssue({ code: 'custom', path: ['age'], message: 'v.age_mismatch' });
  }
}

/** Registering a person (form, import and contract alike). */
export const SeekerInput = seekerFields.strict().superRefine(checkDerived);
export type SeekerInput = z.input<typeof SeekerInput>;
export type SeekerInputParsed = z.output<typeof SeekerInput>;

/** Editing a person: the same rules; the ID number cannot change here (it is the person's identity). */
/** Editing: a blank (or absent) phone keeps the stored one, so editing a person needs no reveal. */
const mobileOrKeep = z
  .string({ error: 'v.text' })
  .superRefine((value, ctx) => {
    if (value.trim() !== '' && !checkMobile(value).ok)
      ctx.addIssue({ code: 'custom', message: 'v.phone_invalid' });
  })
  .transform((value) => {
    if (value.trim() === '') return null;
    const r = checkMobile(value);
    return r.ok ? r.phone : value;
  })
  .optional()
  .transform((value) => value ?? null);

export const SeekerUpdate = seekerFields
  .omit({ idNumber: true, gender: true, age: true })
  .extend({ id: uuid, phone: mobileOrKeep })
  .strict();
export type SeekerUpdate = z.input<typeof SeekerUpdate>;

/** Stages as filtered: on the way (在途, several stages), the pipeline's event types, and the derived `stable`. */
export const STAGE_FILTERS = ['on_the_way', ...EVENT_TYPES, 'stable'] as const;
export type StageFilter = (typeof STAGE_FILTERS)[number];

export const PREFERENCES = ['near_home', 'mothers_line', 'couple'] as const;

export const SeekerFilter = z
  .object({
    /** A name, or the last four digits of the ID number or phone (shared/domain/person-search.ts). */
    search: z.string().trim().max(40).default(''),
    /** The people a whole-number lookup (`seekers.lookup`, audited) found; null for no such filter. */
    ids: z.array(uuid).max(100).nullable().default(null),
    countyCode: z.enum(COUNTY_CODES).nullable().default(null),
    town: z.string().trim().max(30).nullable().default(null),
    stage: z.enum(STAGE_FILTERS).nullable().default(null),
    /** An enterprise id, `any` for people who take any enterprise (服从安排), or null for no filter. */
    enterpriseId: z
      .union([uuid, z.literal('any')])
      .nullable()
      .default(null),
    preference: z.enum(PREFERENCES).nullable().default(null),
  })
  .strict();
export type SeekerFilter = z.input<typeof SeekerFilter>;

export const SEEKER_SORT_COLUMNS = [
  'name',
  'gender',
  'age',
  'countyCode',
  'town',
  'stage',
  'stageDate',
  'enterpriseName',
  'trips',
  'signedUpOn',
] as const;

export const SeekerQuery = z
  .object({
    filter: SeekerFilter.default({
      search: '',
      ids: null,
      countyCode: null,
      town: null,
      stage: null,
      enterpriseId: null,
      preference: null,
    }),
    sort: z
      .array(z.object({ colId: z.enum(SEEKER_SORT_COLUMNS), sort: z.enum(['asc', 'desc']) }).strict())
      .max(3)
      .default([]),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .strict();
export type SeekerQuery = z.input<typeof SeekerQuery>;

/** One row of the job-seeker grid. ID number and phone are masked; `seekers.reveal` shows them. */
export const SeekerRow = z.object({
  id: uuid,
  name: z.string(),
  gender: z.enum(GENDERS),
  age: z.number().int(),
  idMasked: z.string(),
  phoneMasked: z.string(),
  countyCode: z.string(),
  town: z.string(),
  village: z.string(),
  stage: z.enum(EVENT_TYPES),
  stageDate: z.string(),
  stable: z.boolean(),
  /** The enterprise the person is with now (interview, exam, job), else the intended one. */
  enterpriseId: uuid.nullable(),
  enterpriseName: z.string().nullable(),
  intendedEnterpriseId: uuid.nullable(),
  trips: z.number().int(),
  prefNearHome: z.boolean(),
  prefMothersLine: z.boolean(),
  partnerId: uuid.nullable(),
  partnerName: z.string().nullable(),
  channel: z.enum(SIGNUP_CHANNELS),
  signedUpOn: z.string(),
});
export type SeekerRow = z.infer<typeof SeekerRow>;

export const SeekerEvent = z.object({
  id: uuid,
  type: z.enum(EVENT_TYPES),
  date: z.string(),
  enterpriseId: uuid.nullable(),
  enterpriseName: z.string().nullable(),
  post: z.string(),
  reason: z.enum(LEAVE_REASONS).nullable(),
  tripId: z.string().nullable(),
  note: z.string(),
  recordedBy: z.string(),
  recordedAt: timestamp,
  voided: z.boolean(),
  voidReason: z.string(),
});
export type SeekerEvent = z.infer<typeof SeekerEvent>;

export const Registration = z.object({
  id: uuid,
  signedUpOn: z.string(),
  signedUpAt: z.string(),
  channel: z.enum(SIGNUP_CHANNELS),
  /** `form`, or the import batch it came from. */
  source: z.string(),
  recordedBy: z.string(),
  recordedAt: timestamp,
});
export type Registration = z.infer<typeof Registration>;

/** The age is shown, never the birth date: it is the masked middle of the ID number (reveal it). */
export const SeekerDetail = SeekerRow.extend({
  previousWork: z.string(),
  notes: z.string(),
  signedUpAt: z.string(),
  entryDate: z.string().nullable(),
  events: z.array(SeekerEvent),
  registrations: z.array(Registration),
  /** Field visits the person signed up at (the timeline shows them beside the events). */
  visits: z.array(SeekerVisit),
});
export type SeekerDetail = z.infer<typeof SeekerDetail>;

export const RegisterResult = z.object({
  seeker: SeekerDetail,
  /** False when the ID number was already registered: the person is the same, a registration is added. */
  created: z.boolean(),
  /** The first registration of this person (where and when), when this one was a repeat. */
  firstRegistration: Registration.nullable(),
});
export type RegisterResult = z.infer<typeof RegisterResult>;

export const RecordEventsInput = z
  .object({
    seekerIds: z.array(uuid).min(1).max(100_000),
    type: z.enum(EVENT_TYPES, { error: 'v.choose' }),
    date: isoDate,
    enterpriseId: uuid.nullable().default(null),
    post: optionalText(60),
    reason: z.enum(LEAVE_REASONS, { error: 'v.choose' }).nullable().default(null),
    note: optionalText(500),
    /** Record for those who may take this step and report the rest; otherwise record nothing if any may not. */
    skipIneligible: z.boolean().default(false),
  })
  .strict()
  .superRefine((e, ctx) => {
    const needsEnterprise = e.type === 'interview_arranged' || e.type === 'employed';
    if (needsEnterprise && !e.enterpriseId) {
      ctx.addIssue({ code: 'custom', path: ['enterpriseId'], message: 'v.enterprise_required' });
    }
    if (e.type === 'employed' && !e.post)
      ctx.addIssue({ code: 'custom', path: ['post'], message: 'v.post_required' });
    if (e.type === 'left' && !e.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'v.reason_required' });
  });
export type RecordEventsInput = z.input<typeof RecordEventsInput>;

export const EventRefusal = z.object({
  seekerId: uuid,
  name: z.string(),
  /** i18n key (`v.transition_*`, `v.date_*`). */
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
});
export type EventRefusal = z.infer<typeof EventRefusal>;

export const RecordEventsResult = z.object({
  recorded: z.number().int(),
  refused: z.array(EventRefusal),
});
export type RecordEventsResult = z.infer<typeof RecordEventsResult>;

export const CorrectEventInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('void'), eventId: uuid, reason: requiredText(200) }).strict(),
  z
    .object({
      action: z.literal('edit'),
      eventId: uuid,
      date: isoDate,
      note: optionalText(500),
      reason: requiredText(200),
    })
    .strict(),
]);
export type CorrectEventInput = z.input<typeof CorrectEventInput>;
