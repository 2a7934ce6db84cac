import { z } from 'zod';
import { contactPhone, isoDate, optionalText, requiredText, timestamp, uuid } from './fields';

/** Shift patterns of a post or line. `mothers` is the 宝妈线: Monday to Friday, weekends off. */
export const SHIFT_PATTERNS = ['long_day', 'two_shift', 'three_shift', 'mothers', 'other'] as const;
export type ShiftPattern = (typeof SHIFT_PATTERNS)[number];

export const HEADCOUNT_MAX = 100_000;
export const PAY_MAX = 1_000_000;

const pay = z
  .number({ error: 'v.number' })
  .int({ error: 'v.integer' })
  .min(0, { error: 'v.not_negative' })
  .max(PAY_MAX, { error: 'v.too_large' })
  .nullable();

const demandLineFields = z.object({
  id: uuid.optional(),
  post: requiredText(60),
  headcount: z
    .number({ error: 'v.headcount_number' })
    .int({ error: 'v.headcount_integer' })
    .min(0, { error: 'v.headcount_min' })
    .max(HEADCOUNT_MAX, { error: 'v.headcount_max' }),
  periodStart: isoDate,
  periodEnd: isoDate,
  shiftPattern: z.enum(SHIFT_PATTERNS, { error: 'v.choose' }),
  payMin: pay,
  payMax: pay,
  boardLodging: optionalText(60),
  contactName: optionalText(30),
  contactPhone,
  archived: z.boolean().default(false),
});

type DemandLineShape = {
  periodStart: string;
  periodEnd: string;
  payMin: number | null;
  payMax: number | null;
};

function checkLine(line: DemandLineShape, ctx: z.RefinementCtx): void {
  // A malformed date already carries its own message; comparing it would add a second, wrong one.
  const datesValid = isoDate.safeParse(line.periodStart).success && isoDate.safeParse(line.periodEnd).success;
  if (datesValid && line.periodEnd < line.periodStart) {
    ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'v.period_order' });
  }
  if (line.payMin !== null && line.payMax !== null && line.payMax < line.payMin) {
    ctx.addIssue({ code: 'custom', path: ['payMax'], message: 'v.pay_order' });
  }
}

/** Strict like the rest of the contract: a misspelt field is refused, not silently dropped. */
export const DemandLineInput = demandLineFields.strict().superRefine(checkLine);
export type DemandLineInput = z.input<typeof DemandLineInput>;

export const DemandLine = demandLineFields
  .extend({ id: uuid, enterpriseId: uuid, createdAt: timestamp, updatedAt: timestamp })
  .required({ boardLodging: true, contactName: true, contactPhone: true, archived: true });
export type DemandLine = z.infer<typeof DemandLine>;

/** A kept line as the save takes it back (the contract is strict: no extra keys). */
export function lineInputOf(l: DemandLine): z.output<typeof DemandLineInput> & { id: string } {
  return {
    id: l.id,
    post: l.post,
    headcount: l.headcount,
    periodStart: l.periodStart,
    periodEnd: l.periodEnd,
    shiftPattern: l.shiftPattern,
    payMin: l.payMin,
    payMax: l.payMax,
    boardLodging: l.boardLodging,
    contactName: l.contactName,
    contactPhone: l.contactPhone,
    archived: l.archived,
  };
}

const enterpriseFields = z.object({
  id: uuid.optional(),
  name: requiredText(80),
  shortName: optionalText(30),
  contactName: optionalText(30),
  contactPhone,
  address: optionalText(120),
  notes: optionalText(500),
});

/** What the form sends: the enterprise and all its demand lines, saved in one transaction. */
export const EnterpriseInput = enterpriseFields.extend({
  lines: z.array(DemandLineInput).max(200, { error: 'v.too_many' }),
  /**
   * The user was asked and keeps a new or moved line beside another line of the same post whose
   * period it overlaps (shared/domain/demand-overlap.ts); without it such a save is refused.
   */
  allowOverlap: z.boolean().default(false),
});
export type EnterpriseInput = z.input<typeof EnterpriseInput>;
export type EnterpriseInputParsed = z.output<typeof EnterpriseInput>;

export const Enterprise = enterpriseFields.extend({
  id: uuid,
  archived: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
  lines: z.array(DemandLine),
});
export type Enterprise = z.infer<typeof Enterprise>;
