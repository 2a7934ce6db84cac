import type { PolicyFigures, PolicySummary } from '../../shared/contract/policy-channels';
import { countyByCode } from '../../shared/domain/counties';
import { table } from './stats-format';

const figures = (f: PolicyFigures) => ({
  eligible: f.eligible,
  complete: f.complete,
  claimed: f.claimed,
  paid: f.paid,
  paid_amount: f.paidAmount,
  owed: f.owed,
});

/** One JSON object: per rule its totals and its counties, then the counties and the prefecture. */
export function policiesJson(s: PolicySummary) {
  return {
    as_of: s.asOf,
    rules: s.rules.map((r) => ({
      name: r.name,
      payee: r.payee,
      example: r.example,
      ...figures(r.total),
      by_county: r.counties.map((c) => ({ code: c.countyCode, ...figures(c) })),
    })),
    by_county: s.counties.map((c) => ({ code: c.countyCode, ...figures(c) })),
    total: figures(s.total),
  };
}

const HEADER = ['Eligible', 'Complete', 'Claimed', 'Paid', 'Paid yuan', 'Owed yuan'];
const cells = (f: PolicyFigures) => [f.eligible, f.complete, f.claimed, f.paid, f.paidAmount, f.owed];
const county = (code: string) => countyByCode(code)?.nameZh ?? code;

/** A readable table per rule (its counties below it), then the counties over all rules. */
export function policiesTable(s: PolicySummary): string {
  const parts = [`Subsidies as of ${s.asOf}`];
  if (s.rules.some((r) => r.example))
    parts.push('(example catalogue: check the rules against the current local documents)');
  for (const r of s.rules) {
    parts.push(
      '',
      table(
        [`${r.name} (${r.payee})`, ...HEADER],
        [...r.counties.map((c) => [county(c.countyCode), ...cells(c)]), ['Total', ...cells(r.total)]],
      ),
    );
  }
  parts.push(
    '',
    table(
      ['All rules', ...HEADER],
      [...s.counties.map((c) => [county(c.countyCode), ...cells(c)]), ['Prefecture', ...cells(s.total)]],
    ),
  );
  return parts.join('\n');
}
