import type { PolicyRuleView, Standing } from '../../../shared/contract/policy-channels';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { maskMobile } from '../../../shared/domain/phone';
import { claimAmount, claimTier } from '../../../shared/domain/policies/amounts';
import { blockingRule, isClaimed } from '../../../shared/domain/policies/combinability';
import { judge, type Judgement } from '../../../shared/domain/policies/eligibility';
import type { PolicyPerson } from '../../../shared/domain/policies/person';
import {
  checklist,
  policyStatus,
  type EvidenceItem,
  type StatusResult,
} from '../../../shared/domain/policies/status';
import type { Database } from '../db/database';
import { claimsBySeeker, type ClaimRow } from './repos/claims';
import {
  beneficiaryRows,
  displayOf,
  identitiesOf,
  type BeneficiaryRow,
  type BeneficiaryScope,
  type PersonDisplay,
} from './repos/people';
import { currentRules, rulesById } from './repos/rules';

/** One person on one rule, before it is dressed for the screen. */
export interface StandingCore {
  person: BeneficiaryRow;
  rule: PolicyRuleView;
  judgement: Judgement;
  result: StatusResult;
  evidence: EvidenceItem[];
  /** The claim that decides the status (live, else the latest sent back), if any. */
  claim: ClaimRow | null;
  period: string;
  amount: number | null;
  /** Qualifies now (or is claimed): counted as eligible. */
  qualifies: boolean;
}

export function policyPerson(p: BeneficiaryRow): PolicyPerson {
  return {
    countyCode: p.county_code,
    birthDate: p.birth_date,
    entryDate: p.entry_date,
    leftOn: p.left_on,
    trips: p.trips,
    identities: identitiesOf(p.identities),
    graduatedOn: p.graduated_on,
    contractMonths: p.contract_months,
    insuranceMonths: p.insurance_months,
  };
}

/** The period a claim counts in: the year it qualifies in for once-a-year rules, else '' (once ever). */
function periodOf(rule: PolicyRuleView, j: Judgement, entry: string): string {
  if (rule.frequency !== 'once_per_year') return '';
  const date = j.kind === 'eligible' ? j.since : j.kind === 'pending' ? (j.from ?? entry) : entry;
  return date.slice(0, 4);
}

function decidingClaim(claims: readonly ClaimRow[], ruleKey: string, period: string): ClaimRow | null {
  let latest: ClaimRow | null = null;
  for (const c of claims) {
    if (c.rule_key !== ruleKey || c.period !== period) continue;
    if (c.state !== 'returned') return c;
    latest = c;
  }
  return latest;
}

export interface StandingScope extends BeneficiaryScope {
  ruleKey?: string | null;
}

/**
 * Every beneficiary's standing on every current rule (or one), as of a date. A claim is judged by
 * the rule version it was made under; everyone else by the current version.
 */
export function computeStandings(db: Database, asOf: string, scope: StandingScope = {}): StandingCore[] {
  const seq = scope.seekerSeq ?? null;
  const every = currentRules(db, true);
  const rules = every.filter((r) => !r.archived && (!scope.ruleKey || r.ruleKey === scope.ruleKey));
  if (rules.length === 0) return [];
  const versions = rulesById(db);
  const groupOfKey = new Map(every.map((r) => [r.ruleKey, r.group]));
  const nameOfKey = new Map(every.map((r) => [r.ruleKey, r.name]));
  const groupOf = (key: string) => groupOfKey.get(key);
  const people = beneficiaryRows(db, scope);
  const claims = claimsBySeeker(db, seq);
  const out: StandingCore[] = [];
  for (const p of people) {
    const person = policyPerson(p);
    const held = p.held;
    const own = claims.get(p.seq) ?? [];
    const refs = own.map((c) => ({ ruleKey: c.rule_key, state: c.state }));
    for (const current of rules) {
      let judgement = judge(current, person, asOf);
      const period = periodOf(current, judgement, p.entry_date);
      const claim = decidingClaim(own, current.ruleKey, period);
      const rule = claim && claim.state !== 'returned' ? (versions.get(claim.rule_id) ?? current) : current;
      if (rule !== current) judgement = judge(rule, person, asOf);
      // Nobody asks for the evidence of someone who can never qualify: not listed, not counted.
      const never = judgement.kind === 'not_eligible' && claim === null;
      const items = never ? [] : checklist(rule.evidence, held, asOf);
      const blocker = claim && claim.state !== 'returned' ? null : blockingRule(rule, refs, groupOf);
      const result = policyStatus({
        judgement,
        evidence: items,
        claim: claim ? { state: claim.state, reason: claim.return_reason } : null,
        blockedBy: blocker === null ? null : (nameOfKey.get(blocker) ?? blocker),
        asOf,
      });
      const live = claim !== null && isClaimed(claim.state);
      const amount = live
        ? claim.computed_amount
        : never
          ? null
          : claimAmount(rule, {
              countyCode: p.county_code,
              tier: null,
              base: null,
              months: null,
              insuranceMonths: p.insurance_months,
            });
      out.push({
        person: p,
        rule,
        judgement,
        result,
        evidence: items,
        claim,
        period,
        amount,
        qualifies: live || (result.status !== 'not_eligible' && judgement.kind === 'eligible'),
      });
    }
  }
  return out;
}

export const tierOf = (s: StandingCore) =>
  claimTier(s.rule, {
    countyCode: s.person.county_code,
    tier: null,
    base: null,
    months: null,
    insuranceMonths: null,
  });

/** Standings as the screens show them: names and masked numbers, the reasons, the checklist. */
export function standingViews(db: Database, list: readonly StandingCore[]): Standing[] {
  const display = displayOf(db, [...new Set(list.map((s) => s.person.seq))]);
  return list.map((s) => standingView(s, display.get(s.person.seq)));
}

function standingView(s: StandingCore, d: PersonDisplay | undefined): Standing {
  const p = s.person;
  const j = s.judgement;
  return {
    seekerId: d?.id ?? '',
    name: d?.name ?? '',
    idMasked: maskIdNumber(d?.id_number ?? ''),
    phoneMasked: maskMobile(d?.phone ?? ''),
    countyCode: p.county_code,
    enterpriseName: d?.employer_name ?? null,
    entryDate: p.entry_date,
    ruleId: s.rule.id,
    ruleKey: s.rule.ruleKey,
    ruleName: s.rule.name,
    payee: s.rule.payee,
    status: s.result.status,
    from: s.result.from,
    reasons: s.result.reasons,
    evidence: s.evidence,
    windowCloses: j.kind === 'not_eligible' ? null : j.windowCloses,
    amount: s.amount,
    paidAmount: s.claim?.state === 'paid' ? s.claim.paid_amount : null,
    paidOn: s.claim?.state === 'paid' ? s.claim.paid_on : null,
    batchNo: s.claim && s.claim.state !== 'returned' ? s.claim.batch_no : null,
    claimId: s.claim?.id ?? null,
  };
}
