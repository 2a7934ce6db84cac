import type { RuleDefinition } from './catalogue';
import { ruleCap } from './catalogue';

/** The county of the high-tech zone: a person from it works in their own county. */
export const ZONE_COUNTY = '422801';

/** What a claim adds to the rule to price it: the tier, the entered base, the months. */
export interface ClaimBasis {
  countyCode: string;
  /** A tier key chosen on the claim; null: the default (distance from the county, else none). */
  tier: string | null;
  /** The entered base of a percentage (e.g. contributions paid). */
  base: number | null;
  /** Months of a monthly subsidy; null: the person's social-insurance months. */
  months: number | null;
  insuranceMonths: number | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The tier a claim is priced at: the chosen one, else, for distance tiers, the person's county against the zone's. */
export function claimTier(rule: Pick<RuleDefinition, 'amount'>, b: ClaimBasis): string | null {
  const a = rule.amount;
  if (a.kind !== 'tiered') return null;
  if (b.tier !== null) return b.tier;
  if (a.basis === 'distance') return b.countyCode === ZONE_COUNTY ? 'in_county' : 'in_province';
  return null;
}

/**
 * The amount a claim is worth under its rule, in yuan; null while something it needs is not known
 * (a certificate tier, a base, insurance months).
 */
export function claimAmount(rule: Pick<RuleDefinition, 'amount'>, b: ClaimBasis): number | null {
  const a = rule.amount;
  switch (a.kind) {
    case 'fixed':
      return a.amount;
    case 'tiered': {
      const key = claimTier(rule, b);
      return a.tiers.find((t) => t.key === key)?.amount ?? null;
    }
    case 'percent': {
      if (b.base === null) return null;
      const v = round2((b.base * a.percent) / 100);
      return a.cap === null ? v : Math.min(v, a.cap);
    }
    case 'monthly': {
      const months = b.months ?? b.insuranceMonths;
      if (months === null) return null;
      return round2(a.monthly * Math.min(months, a.maxMonths));
    }
  }
}

/** The most that may be paid on one claim: the rule's cap, else (a percentage without cap) its computed amount. */
export function payableLimit(rule: Pick<RuleDefinition, 'amount'>, b: ClaimBasis): number | null {
  return ruleCap(rule) ?? claimAmount(rule, b);
}
