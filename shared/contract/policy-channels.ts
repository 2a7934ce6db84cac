import { z } from 'zod';
import { COUNTIES } from '../domain/counties';
import { isoDate, optionalText, requiredText, uuid } from '../domain/fields';
import {
  EVIDENCE_KINDS,
  FREQUENCIES,
  IDENTITIES,
  PAYEES,
  RuleAmount,
  RuleInput,
} from '../domain/policies/catalogue';
import { PersonPolicyInput } from '../domain/policies/person';
import { CLAIM_STATES, POLICY_STATUSES } from '../domain/policies/status';
import { FileDownload } from './imports';

const COUNTY_CODES = COUNTIES.map((c) => c.code) as [string, ...string[]];
/** Counted as of the Settings' date (else today) unless a date is given, as every figure is. */
const AsOf = { asOf: isoDate.nullable().default(null) };
const money = z.number();

const Reason = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });

export const PolicyRule = z.object({
  id: uuid,
  ruleKey: z.string(),
  version: z.number().int(),
  archived: z.boolean(),
  example: z.boolean(),
  /** Claims judged by this version. */
  claims: z.number().int(),
  name: z.string(),
  payee: z.enum(PAYEES),
  identities: z.array(z.enum(IDENTITIES)),
  ageMin: z.number().int().nullable(),
  ageMax: z.number().int().nullable(),
  minContractMonths: z.number().int().nullable(),
  minInsuranceMonths: z.number().int().nullable(),
  minDaysOnJob: z.number().int().nullable(),
  noOrganisedBus: z.boolean(),
  amount: RuleAmount,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  claimWindowMonths: z.number().int().nullable(),
  frequency: z.enum(FREQUENCIES),
  group: z.string(),
  evidence: z.array(z.enum(EVIDENCE_KINDS)),
  notes: z.string(),
});
export type PolicyRuleView = z.infer<typeof PolicyRule>;

export const EvidenceItem = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  state: z.enum(['missing', 'received', 'expired']),
  receivedOn: z.string().nullable(),
  validUntil: z.string().nullable(),
});

/** One beneficiary on one rule. */
export const Standing = z.object({
  seekerId: uuid,
  name: z.string(),
  idMasked: z.string(),
  phoneMasked: z.string(),
  countyCode: z.string(),
  enterpriseName: z.string().nullable(),
  entryDate: z.string().nullable(),
  ruleId: uuid,
  ruleKey: z.string(),
  ruleName: z.string(),
  payee: z.enum(PAYEES),
  status: z.enum(POLICY_STATUSES),
  /** 可能符合: qualifies from this date (null: a fact is missing). */
  from: z.string().nullable(),
  reasons: z.array(Reason),
  evidence: z.array(EvidenceItem),
  /** The last day to claim (null: no window). */
  windowCloses: z.string().nullable(),
  amount: money.nullable(),
  paidAmount: money.nullable(),
  paidOn: z.string().nullable(),
  batchNo: z.string().nullable(),
  claimId: uuid.nullable(),
});
export type Standing = z.infer<typeof Standing>;

const Figures = z.object({
  eligible: z.number().int(),
  complete: z.number().int(),
  claimed: z.number().int(),
  paid: z.number().int(),
  paidAmount: money,
  owed: money,
});
export type PolicyFigures = z.infer<typeof Figures>;

export const PolicySummary = z.object({
  asOf: z.string(),
  rules: z.array(
    z.object({
      ruleKey: z.string(),
      ruleId: uuid,
      name: z.string(),
      payee: z.enum(PAYEES),
      example: z.boolean(),
      counties: z.array(Figures.extend({ countyCode: z.string() })),
      total: Figures,
    }),
  ),
  counties: z.array(Figures.extend({ countyCode: z.string() })),
  total: Figures,
});
export type PolicySummary = z.infer<typeof PolicySummary>;

export const StandingFilter = z
  .object({
    countyCode: z.enum(COUNTY_CODES).nullable().default(null),
    ruleKey: z.string().max(60).nullable().default(null),
    status: z.enum(POLICY_STATUSES).nullable().default(null),
    /** Only people with an item missing or expired (the lists staff phone from). */
    missingEvidence: z.boolean().default(false),
    /** Only people whose claim window closes within this many days (and who have not claimed). */
    windowWithinDays: z.number().int().min(1).max(365).nullable().default(null),
    limit: z.number().int().min(1).max(5000).default(2000),
    ...AsOf,
  })
  .strict();
export type StandingFilter = z.input<typeof StandingFilter>;

export const PersonPolicy = z.object({
  seekerId: uuid,
  asOf: z.string(),
  identities: z.array(z.enum(IDENTITIES)),
  graduatedOn: z.string().nullable(),
  contractMonths: z.number().int().nullable(),
  contractStart: z.string().nullable(),
  insuranceMonths: z.number().int().nullable(),
  bankMasked: z.string(),
  standings: z.array(Standing),
});
export type PersonPolicy = z.infer<typeof PersonPolicy>;

export const Claim = z.object({
  id: uuid,
  seekerId: uuid,
  name: z.string(),
  idMasked: z.string(),
  enterpriseName: z.string().nullable(),
  state: z.enum(CLAIM_STATES),
  tier: z.string().nullable(),
  computedAmount: money.nullable(),
  paidAmount: money.nullable(),
  paidOn: z.string().nullable(),
  amountReason: z.string(),
  returnReason: z.string(),
});

export const Batch = z.object({
  id: uuid,
  batchNo: z.string(),
  ruleId: uuid,
  ruleKey: z.string(),
  ruleName: z.string(),
  ruleVersion: z.number().int(),
  countyCode: z.string(),
  madeOn: z.string(),
  people: z.number().int(),
  computed: money,
  paid: z.number().int(),
  paidAmount: money,
  /** How many claims are at each state. */
  states: z.record(z.string(), z.number().int()),
});
export type Batch = z.infer<typeof Batch>;

export const BatchDetail = Batch.extend({ claims: z.array(Claim) });
export type BatchDetail = z.infer<typeof BatchDetail>;

export const EnterprisePolicies = z.object({
  asOf: z.string(),
  rows: z.array(
    z.object({
      enterpriseId: uuid,
      enterpriseName: z.string(),
      ruleKey: z.string(),
      ruleName: z.string(),
      eligible: z.number().int(),
      claimed: z.number().int(),
      paid: z.number().int(),
      paidAmount: money,
      owed: money,
    }),
  ),
});
export type EnterprisePolicies = z.infer<typeof EnterprisePolicies>;

export const ClaimStepInput = z
  .object({
    batchId: uuid,
    /** null: the whole batch (every claim at the step's state). */
    claimIds: z.array(uuid).min(1).max(10_000).nullable().default(null),
    step: z.enum(['approve', 'list', 'pay', 'return'], { error: 'v.choose' }),
    date: isoDate,
    /** Paying one person: the amount paid, when it differs from the computed one. */
    amount: z.number({ error: 'v.number' }).min(0, { error: 'v.not_negative' }).nullable().default(null),
    /** Why the amount differs, or why the claim is sent back. */
    reason: optionalText(200),
  })
  .strict();
export type ClaimStepInput = z.input<typeof ClaimStepInput>;

/**
 * Employment policies delivered: the subsidy catalogue (versioned), each person's standing on each
 * rule, evidence, claim batches and their roster, approval, listing and payment. Every write is audited.
 */
export const policyChannels = {
  'policies.rules': {
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: z.array(PolicyRule),
    kind: 'read',
  },
  /** Saves a rule; a rule that has claims gets a new version instead (its claims keep theirs). */
  'policies.saveRule': { input: RuleInput, output: PolicyRule, kind: 'write' },
  'policies.archiveRule': {
    input: z.object({ ruleKey: z.string().min(1).max(60), archived: z.boolean() }).strict(),
    output: PolicyRule,
    kind: 'write',
  },
  /** Per rule and county: eligible, evidence complete, claimed, paid (count and amount), owed. */
  'policies.summary': { input: z.object(AsOf).strict(), output: PolicySummary, kind: 'read' },
  'policies.standings': {
    input: StandingFilter,
    output: z.object({ asOf: z.string(), rows: z.array(Standing), total: z.number().int() }),
    kind: 'read',
  },
  'policies.person': {
    input: z.object({ seekerId: uuid, ...AsOf }).strict(),
    output: PersonPolicy,
    kind: 'read',
  },
  'policies.savePerson': { input: PersonPolicyInput, output: PersonPolicy, kind: 'write' },
  /** Ticks (received on a date) or unticks (receivedOn null) one item of a person's evidence. */
  'policies.setEvidence': {
    input: z
      .object({
        seekerId: uuid,
        kind: z.enum(EVIDENCE_KINDS, { error: 'v.choose' }),
        receivedOn: isoDate.nullable(),
        validUntil: isoDate.nullable().default(null),
      })
      .strict(),
    output: PersonPolicy,
    kind: 'write',
  },
  'policies.batches': {
    input: z.object({ countyCode: z.enum(COUNTY_CODES).nullable().default(null) }).strict(),
    output: z.array(Batch),
    kind: 'read',
  },
  'policies.batch': { input: z.object({ id: uuid }).strict(), output: BatchDetail, kind: 'read' },
  /** Collects the eligible, complete claims of one rule and one county into a batch (申报批次). */
  'policies.makeBatch': {
    input: z
      .object({
        ruleKey: requiredText(60),
        countyCode: z.enum(COUNTY_CODES, { error: 'v.county' }),
        date: isoDate,
      })
      .strict(),
    output: BatchDetail,
    kind: 'write',
  },
  /** Approval, listing, payment or sending back, for a whole batch or some of its people. */
  'policies.step': { input: ClaimStepInput, output: BatchDetail, kind: 'write' },
  /** The batch's claim roster (申报花名册) as .xlsx; full ID numbers only when asked, and audited. */
  'policies.roster': {
    input: z
      .object({
        batchId: uuid,
        unmasked: z.boolean().default(false),
        language: z.enum(['zh-CN', 'en']).default('zh-CN'),
      })
      .strict(),
    output: FileDownload,
    kind: 'admin',
  },
  /** Per enterprise and rule paid to enterprises: eligible, claimed, paid, owed. */
  'policies.enterprises': { input: z.object(AsOf).strict(), output: EnterprisePolicies, kind: 'read' },
} as const;
