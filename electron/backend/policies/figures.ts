import type { PolicyFigures, PolicySummary } from '../../../shared/contract/policy-channels';
import { COUNTIES } from '../../../shared/domain/counties';
import type { StandingCore } from './standings';
import { currentRules } from './repos/rules';
import type { Database } from '../db/database';

const COMPLETE_OR_LATER = new Set(['complete', 'claimed', 'approved', 'listed', 'paid']);
const CLAIMED = new Set(['claimed', 'approved', 'listed', 'paid']);

export const zeroFigures = (): PolicyFigures => ({
  eligible: 0,
  complete: 0,
  claimed: 0,
  paid: 0,
  paidAmount: 0,
  owed: 0,
});

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Adds one standing to a tally: eligible, complete, claimed, paid (count and amount), owed (eligible, not paid yet). */
export function tally(f: PolicyFigures, s: StandingCore): void {
  const status = s.result.status;
  if (s.qualifies) f.eligible++;
  if (COMPLETE_OR_LATER.has(status)) f.complete++;
  if (CLAIMED.has(status)) f.claimed++;
  if (status === 'paid') {
    f.paid++;
    f.paidAmount = round2(f.paidAmount + (s.claim?.paid_amount ?? 0));
  } else if (s.qualifies) f.owed = round2(f.owed + (s.amount ?? 0));
}

/** Per rule and county, per county, and for the prefecture. */
export function summarise(db: Database, standings: readonly StandingCore[], asOf: string): PolicySummary {
  const rules = currentRules(db, false);
  const byRule = new Map(
    rules.map((r) => [r.ruleKey, new Map(COUNTIES.map((c) => [c.code, zeroFigures()]))]),
  );
  const counties = new Map(COUNTIES.map((c) => [c.code, zeroFigures()]));
  const total = zeroFigures();
  for (const s of standings) {
    const perCounty = byRule.get(s.rule.ruleKey)?.get(s.person.county_code);
    if (!perCounty) continue;
    tally(perCounty, s);
    tally(counties.get(s.person.county_code)!, s);
    tally(total, s);
  }
  const sum = (list: PolicyFigures[]) => {
    const t = zeroFigures();
    for (const f of list) {
      t.eligible += f.eligible;
      t.complete += f.complete;
      t.claimed += f.claimed;
      t.paid += f.paid;
      t.paidAmount = round2(t.paidAmount + f.paidAmount);
      t.owed = round2(t.owed + f.owed);
    }
    return t;
  };
  return {
    asOf,
    rules: rules.map((r) => {
      const m = byRule.get(r.ruleKey)!;
      return {
        ruleKey: r.ruleKey,
        ruleId: r.id,
        name: r.name,
        payee: r.payee,
        example: r.example,
        counties: [...m].map(([countyCode, f]) => ({ countyCode, ...f })),
        total: sum([...m.values()]),
      };
    }),
    counties: [...counties].map(([countyCode, f]) => ({ countyCode, ...f })),
    total,
  };
}
