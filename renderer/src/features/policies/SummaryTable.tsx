import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyFigures, PolicySummary } from '../../../../shared/contract/policy-channels';
import { countyName } from '../../data/labels';
import { useFormatters } from '../../format';

const COLS = ['eligible', 'complete', 'claimed', 'paid', 'paidAmount', 'owed'] as const;

/** Per rule: eligible, evidence complete, claimed, paid (count and amount), still owed, for the county chosen or the prefecture. */
export function SummaryTable({ summary, countyCode }: { summary: PolicySummary; countyCode: string | null }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const titleId = useId();
  const pick = (all: PolicyFigures, counties: (PolicyFigures & { countyCode: string })[]) =>
    countyCode ? (counties.find((c) => c.countyCode === countyCode) ?? all) : all;
  const total = pick(summary.total, summary.counties);
  return (
    <section className="card policy-summary" aria-labelledby={titleId}>
      <div className="card-head">
        <h2 id={titleId}>
          {t('policies.summary.title')} ·{' '}
          {countyCode ? countyName(countyCode, i18n.language) : t('policies.allCounties')}
        </h2>
        <span className="muted">{t('policies.asOf', { date: fmt.date(summary.asOf) })}</span>
      </div>
      <div className="table-scroll">
        <table className="data-table" data-testid="policy-summary">
          <thead>
            <tr>
              <th scope="col">{t('policies.summary.rule')}</th>
              {COLS.map((c) => (
                <th key={c} scope="col" className="num">
                  {t(`policies.summary.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summary.rules.map((r) => {
              const f = pick(r.total, r.counties);
              return (
                <tr key={r.ruleKey} data-rule={r.name}>
                  <th scope="row">
                    {r.name} <span className="muted">· {t(`policies.payee.${r.payee}`)}</span>
                    {r.example ? <span className="example-tag">{t('policies.exampleTag')}</span> : null}
                  </th>
                  {COLS.map((c) => (
                    <td key={c} className="num" data-col={c}>
                      {fmt.number(f[c])}
                    </td>
                  ))}
                </tr>
              );
            })}
            <tr className="total" data-rule="total">
              <th scope="row">{t('policies.summary.total')}</th>
              {COLS.map((c) => (
                <td key={c} className="num" data-col={c}>
                  {fmt.number(total[c])}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
