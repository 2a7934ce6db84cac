import { ageOn } from '../id-number';
import type { RuleDefinition } from './catalogue';
import { addDays, addMonths, daysBetween, later } from './dates';
import type { PolicyPerson } from './person';

/** Why, in words: an i18n key under `policies.reason` and its values. */
export interface Reason {
  key: string;
  params: Record<string, string | number>;
}

/**
 * How a person stands against one rule as of a date:
 * - `eligible`: qualifies (since that date);
 * - `pending`: will qualify from `from` (null: a fact is missing, `reasons` says which);
 * - `not_eligible`: never will under this rule, with the reason.
 * `windowCloses` is the last day of the claim window (null: no window).
 */
export type Judgement =
  | { kind: 'eligible'; since: string; windowCloses: string | null }
  | { kind: 'pending'; from: string | null; reasons: Reason[]; windowCloses: string | null }
  | { kind: 'not_eligible'; reason: Reason };

const no = (key: string, params: Record<string, string | number> = {}): Judgement => ({
  kind: 'not_eligible',
  reason: { key, params },
});

/** Graduates count for two years after graduating, measured at entry. */
export const GRADUATE_MONTHS = 24;

type Rule = Pick<
  RuleDefinition,
  | 'identities'
  | 'ageMin'
  | 'ageMax'
  | 'minContractMonths'
  | 'minInsuranceMonths'
  | 'minDaysOnJob'
  | 'noOrganisedBus'
  | 'validFrom'
  | 'validTo'
  | 'claimWindowMonths'
>;

function identityProblem(rule: Rule, p: PolicyPerson, entry: string): Judgement | null {
  if (rule.identities.length === 0) return null;
  const fits = rule.identities.some((id) => {
    if (!p.identities.includes(id)) return false;
    if (id !== 'graduate') return true;
    return p.graduatedOn !== null && addMonths(p.graduatedOn, GRADUATE_MONTHS) >= entry;
  });
  if (fits) return null;
  if (rule.identities.includes('graduate') && p.identities.includes('graduate'))
    return no('graduate_too_long', { date: p.graduatedOn ?? '' });
  return no('identity');
}

/**
 * Judges one person against one rule as of `asOf`. Every threshold that is not met yet gives the
 * date from which it will be (entry date + N); one that can no longer be met (the person left too
 * early) makes the person not eligible, with the reason in words.
 */
export function judge(rule: Rule, p: PolicyPerson, asOf: string): Judgement {
  const entry = p.entryDate;
  if (entry === null) return no('not_employed');
  if (rule.noOrganisedBus && p.trips > 0) return no('rode_bus', { trips: p.trips });
  if (entry < rule.validFrom) return no('entry_before_valid', { entry, from: rule.validFrom });
  if (rule.validTo !== null && entry > rule.validTo)
    return no('entry_after_valid', { entry, to: rule.validTo });
  const identity = identityProblem(rule, p, entry);
  if (identity) return identity;
  const age = ageOn(p.birthDate, entry);
  if ((rule.ageMin !== null && age < rule.ageMin) || (rule.ageMax !== null && age > rule.ageMax))
    return no('age', { age, min: rule.ageMin ?? 0, max: rule.ageMax ?? 999 });

  const reasons: Reason[] = [];
  let from = entry;
  let unknown = false;
  if (rule.minContractMonths !== null && rule.minContractMonths > 0) {
    if (p.contractMonths === null) {
      unknown = true;
      reasons.push({ key: 'contract_unknown', params: {} });
    } else if (p.contractMonths < rule.minContractMonths)
      return no('contract_short', { months: p.contractMonths, need: rule.minContractMonths });
  }
  if (rule.minDaysOnJob !== null && rule.minDaysOnJob > 0) {
    const need = rule.minDaysOnJob;
    if (p.leftOn !== null && daysBetween(entry, p.leftOn) < need)
      return no('left_early', { days: daysBetween(entry, p.leftOn), need });
    const on = addDays(entry, need);
    if (on > asOf) reasons.push({ key: 'days_on_job', params: { need, date: on } });
    from = later(from, on);
  }
  if (rule.minInsuranceMonths !== null && rule.minInsuranceMonths > 0) {
    const need = rule.minInsuranceMonths;
    const have = p.insuranceMonths;
    if (have === null) {
      unknown = true;
      reasons.push({ key: 'insurance_unknown', params: { need } });
    } else if (have < need) {
      if (p.leftOn !== null) return no('insurance_short', { months: have, need });
      const on = addMonths(asOf, need - have);
      reasons.push({ key: 'insurance_months', params: { months: have, need, date: on } });
      from = later(from, on);
    }
  }
  const windowCloses =
    rule.claimWindowMonths === null ? null : addDays(addMonths(entry, rule.claimWindowMonths), -1);
  if (windowCloses !== null && from > windowCloses)
    return no('window_before_qualifying', { date: windowCloses });
  if (unknown) return { kind: 'pending', from: null, reasons, windowCloses };
  if (from > asOf) return { kind: 'pending', from, reasons, windowCloses };
  return { kind: 'eligible', since: from, windowCloses };
}
