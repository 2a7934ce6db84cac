import type { z } from 'zod';
import type { EnterprisePolicies, Standing, StandingFilter } from '../../../shared/contract/policy-channels';
import { addDays } from '../../../shared/domain/policies/dates';
import { figuresAsOf } from '../app/repos/settings';
import type { Database } from '../db/database';
import { tally, zeroFigures } from './figures';
import { enterpriseNames } from './repos/people';
import { computeStandings, standingViews, type StandingCore } from './standings';

const OPEN = new Set(['possible', 'complete', 'returned']);

/** People about to pass their claim window: not claimed, the window closing within `days`. */
const closingWithin = (s: StandingCore, asOf: string, days: number) => {
  const j = s.judgement;
  if (j.kind === 'not_eligible' || j.windowCloses === null || !OPEN.has(s.result.status)) return false;
  return j.windowCloses >= asOf && j.windowCloses <= addDays(asOf, days);
};

/** An item missing or expired, for someone who qualifies or will. */
const missesEvidence = (s: StandingCore) =>
  (s.result.status === 'possible' || s.result.status === 'returned') &&
  s.evidence.some((e) => e.state !== 'received');

/** The standings a filter asks for: by county, rule, status, missing evidence, closing windows. */
export function listStandings(
  db: Database,
  f: z.output<typeof StandingFilter>,
  now: string,
): { asOf: string; rows: Standing[]; total: number } {
  const asOf = f.asOf ?? figuresAsOf(db, now);
  const all = computeStandings(db, asOf, { countyCode: f.countyCode, ruleKey: f.ruleKey }).filter(
    (s) =>
      (f.status === null || s.result.status === f.status) &&
      (!f.missingEvidence || missesEvidence(s)) &&
      (f.windowWithinDays === null || closingWithin(s, asOf, f.windowWithinDays)),
  );
  if (f.windowWithinDays !== null) all.sort((a, b) => windowOf(a).localeCompare(windowOf(b)));
  return { asOf, rows: standingViews(db, all.slice(0, f.limit)), total: all.length };
}

const windowOf = (s: StandingCore) =>
  s.judgement.kind === 'not_eligible' ? '' : (s.judgement.windowCloses ?? '');

/** Per enterprise, for the rules paid to enterprises: eligible, claimed, paid, owed. */
export function enterprisePolicies(db: Database, asOf: string | null, now: string): EnterprisePolicies {
  const date = asOf ?? figuresAsOf(db, now);
  const groups = new Map<
    string,
    {
      enterpriseId: string;
      enterpriseName: string;
      ruleKey: string;
      ruleName: string;
      f: ReturnType<typeof zeroFigures>;
    }
  >();
  const names = enterpriseNames(db);
  for (const s of computeStandings(db, date)) {
    if (s.rule.payee !== 'enterprise' || !s.person.employer_id) continue;
    const key = `${s.person.employer_id} ${s.rule.ruleKey}`;
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = {
          enterpriseId: s.person.employer_id,
          enterpriseName: names.get(s.person.employer_id) ?? '',
          ruleKey: s.rule.ruleKey,
          ruleName: s.rule.name,
          f: zeroFigures(),
        }),
      );
    tally(g.f, s);
  }
  return {
    asOf: date,
    rows: [...groups.values()]
      .sort(
        (a, b) =>
          a.enterpriseName.localeCompare(b.enterpriseName, 'zh-CN') || a.ruleName.localeCompare(b.ruleName),
      )
      .map((g) => ({
        enterpriseId: g.enterpriseId,
        enterpriseName: g.enterpriseName,
        ruleKey: g.ruleKey,
        ruleName: g.ruleName,
        eligible: g.f.eligible,
        claimed: g.f.claimed,
        paid: g.f.paid,
        paidAmount: g.f.paidAmount,
        owed: g.f.owed,
      })),
  };
}
