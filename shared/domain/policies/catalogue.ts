import { z } from 'zod';
import { isoDate, optionalText, requiredText, uuid } from '../fields';

/** Who a subsidy is paid to. */
export const PAYEES = ['worker', 'enterprise', 'agency'] as const;
export type Payee = (typeof PAYEES)[number];

/**
 * Identity flags a rule may ask for (any one of them qualifies): 脱贫劳动力/监测对象, 就业困难人员,
 * 登记失业, a graduate within two years of graduating.
 */
export const IDENTITIES = [
  'poverty_alleviated',
  'hard_to_employ',
  'registered_unemployed',
  'graduate',
] as const;
export type Identity = (typeof IDENTITIES)[number];

/** The evidence a claim may need. */
export const EVIDENCE_KINDS = [
  'id_card',
  'labour_contract',
  'social_insurance',
  'wage_record',
  'employment_registration',
  'training_record',
  'certificate',
  'bank_account',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** What a tiered amount is tiered by. Distance tiers are worked out from the person's county. */
export const TIER_BASES = ['distance', 'certificate'] as const;
export const DISTANCE_TIERS = ['in_county', 'in_province', 'out_of_province'] as const;
export const CERTIFICATE_TIERS = ['junior', 'intermediate', 'senior'] as const;
export type TierBasis = (typeof TIER_BASES)[number];

export const FREQUENCIES = ['once_per_year', 'once_ever'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

const yuan = z.number({ error: 'v.number' }).min(0, { error: 'v.not_negative' }).max(1_000_000);
const count = (max: number) =>
  z
    .number({ error: 'v.number' })
    .int({ error: 'v.integer' })
    .min(0, { error: 'v.not_negative' })
    .max(max, { error: 'v.too_large' })
    .nullable()
    .default(null);

export const Tier = z.object({ key: z.string().min(1).max(30), amount: yuan }).strict();
export type Tier = z.infer<typeof Tier>;

export const RuleAmount = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), amount: yuan }).strict(),
  z
    .object({
      kind: z.literal('tiered'),
      basis: z.enum(TIER_BASES, { error: 'v.choose' }),
      tiers: z.array(Tier).min(1, { error: 'v.policy_tiers' }).max(6),
    })
    .strict(),
  z
    .object({
      kind: z.literal('percent'),
      percent: z
        .number({ error: 'v.number' })
        .gt(0, { error: 'v.policy_percent' })
        .max(100, { error: 'v.policy_percent' }),
      /** What the base is, as the claim form asks for it (e.g. "contributions paid"). */
      baseLabel: optionalText(40),
      /** At most this much per claim; null: no cap beyond the percentage. */
      cap: yuan.nullable().default(null),
    })
    .strict(),
  z
    .object({
      kind: z.literal('monthly'),
      monthly: yuan,
      maxMonths: z.number({ error: 'v.number' }).int({ error: 'v.integer' }).min(1).max(120),
    })
    .strict(),
]);
export type RuleAmount = z.infer<typeof RuleAmount>;

const ruleFields = z.object({
  name: requiredText(40),
  payee: z.enum(PAYEES, { error: 'v.choose' }),
  /** Any one of these qualifies; empty: no identity is asked for. */
  identities: z.array(z.enum(IDENTITIES)).max(IDENTITIES.length).default([]),
  ageMin: count(100),
  ageMax: count(100),
  minContractMonths: count(120),
  minInsuranceMonths: count(240),
  minDaysOnJob: count(3650),
  /** The self-travel transport subsidy: people carried by an organised bus are never offered it. */
  noOrganisedBus: z.boolean().default(false),
  amount: RuleAmount,
  /** Entries on or after this date qualify. */
  validFrom: isoDate,
  /** Entries on or before this date qualify; null: open. */
  validTo: isoDate.nullable().default(null),
  /** The claim must be made within this many months of entry; null: no window. */
  claimWindowMonths: count(60),
  frequency: z.enum(FREQUENCIES, { error: 'v.choose' }).default('once_ever'),
  /** Rules with the same group may not both be claimed for one person. '' for none. */
  group: optionalText(30),
  evidence: z.array(z.enum(EVIDENCE_KINDS)).max(EVIDENCE_KINDS.length).default([]),
  notes: optionalText(300),
});

/** The thresholds may not contradict each other; each refusal lands on its field. */
function checkRule(r: z.output<typeof ruleFields>, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (r.ageMin !== null && r.ageMax !== null && r.ageMin > r.ageMax) issue('ageMax', 'v.policy_age_range');
  if (r.validTo !== null && r.validTo < r.validFrom) issue('validTo', 'v.policy_valid_range');
  if (r.claimWindowMonths !== null) {
    // The window closes before the person can qualify: nobody could ever claim.
    const waitDays = Math.max(r.minDaysOnJob ?? 0, (r.minInsuranceMonths ?? 0) * 30);
    if (waitDays > r.claimWindowMonths * 30) issue('claimWindowMonths', 'v.policy_window_too_short');
  }
  if (r.noOrganisedBus && r.payee !== 'worker') issue('noOrganisedBus', 'v.policy_bus_worker_only');
  if (r.amount.kind === 'tiered') {
    const keys = r.amount.tiers.map((t) => t.key);
    if (new Set(keys).size !== keys.length) issue('amount', 'v.policy_tiers');
  }
  if (new Set(r.evidence).size !== r.evidence.length) issue('evidence', 'v.policy_evidence_twice');
}

/** A rule as the catalogue editor saves it (a new one without id). */
export const RuleInput = ruleFields
  .extend({ id: uuid.nullable().default(null) })
  .strict()
  .superRefine(checkRule);
export type RuleInput = z.input<typeof RuleInput>;
export type RuleDefinition = z.output<typeof ruleFields>;

/** A saved rule version. */
export interface PolicyRule extends RuleDefinition {
  /** This version's id: claims keep it. */
  id: string;
  /** The rule across its versions. */
  ruleKey: string;
  version: number;
  archived: boolean;
  /** Shipped with the demo: to be checked against the current local documents. */
  example: boolean;
}

/** The most a claim under this rule may be paid, whatever its tier or base (null: only the percentage limits it). */
export function ruleCap(rule: Pick<RuleDefinition, 'amount'>): number | null {
  const a = rule.amount;
  switch (a.kind) {
    case 'fixed':
      return a.amount;
    case 'tiered':
      return Math.max(...a.tiers.map((t) => t.amount));
    case 'percent':
      return a.cap;
    case 'monthly':
      return a.monthly * a.maxMonths;
  }
}
