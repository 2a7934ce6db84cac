import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingsSummary } from '../../../../shared/contract/supervision';
import { countyName } from '../../data/labels';
import { useFormatters } from '../../format';
import { useSupervisionStore } from './supervision-store';

const ROWS = ['open', 'overdue', 'closedThisMonth'] as const;

/**
 * Per county: open, overdue, closed this month, counties across so the whole prefecture fits one
 * glance. A county's name picks it as the list's filter (and the county to print).
 */
export function CountySummary({ summary }: { summary: FindingsSummary }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const titleId = useId();
  const selected = useSupervisionStore((s) => s.filter.countyCode);
  const setFilter = useSupervisionStore((s) => s.setFilter);

  return (
    <section className="card findings-summary" aria-labelledby={titleId}>
      <div className="card-head">
        <h2 id={titleId}>{t('supervision.summary.title')}</h2>
        <span className="muted">{t('supervision.summary.asOf', { date: fmt.date(summary.asOf) })}</span>
      </div>
      <div className="summary-scroll">
        <table className="data-table summary-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('supervision.summary.county')}</span>
              </th>
              {summary.counties.map((c) => {
                const name = countyName(c.countyCode, i18n.language);
                const active = selected === c.countyCode;
                return (
                  <th key={c.countyCode} scope="col" className={active ? 'num active' : 'num'}>
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={active}
                      title={t('supervision.summary.show', { county: name })}
                      onClick={() => setFilter({ countyCode: active ? null : c.countyCode })}
                    >
                      {name}
                    </button>
                  </th>
                );
              })}
              <th scope="col" className="num">
                {t('supervision.summary.prefecture')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row}>
                <th scope="row">{t(`supervision.summary.${row}`)}</th>
                {summary.counties.map((c) => (
                  <td
                    key={c.countyCode}
                    data-county={c.countyCode}
                    className={`num ${row === 'overdue' && c.overdue > 0 ? 'warn' : ''} ${
                      selected === c.countyCode ? 'active' : ''
                    }`}
                  >
                    {fmt.number(c[row])}
                  </td>
                ))}
                <td className={`num total ${row === 'overdue' && summary.totals.overdue > 0 ? 'warn' : ''}`}>
                  {fmt.number(summary.totals[row])}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
