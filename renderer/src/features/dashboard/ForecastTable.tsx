import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastRow } from '../../../../shared/domain/dashboard';
import { useFormatters } from '../../format';
import { usePercent } from '../../ui/chart-style';
import { explainForecast } from './forecast-explain';

interface ForecastTableProps {
  rows: readonly ForecastRow[];
}

/** Enterprises with demand due and counties with a task: when the gap closes, and the trips still needed. */
export const ForecastTable = memo(function ForecastTable({ rows }: ForecastTableProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const percent = usePercent();
  const en = i18n.language === 'en';
  const perDay = (v: number) => fmt.number(Math.round(v * 10) / 10);
  return (
    <table className="dash-table forecast-table" data-testid="forecast-table">
      <thead>
        <tr>
          <th>{t('dashboard.forecast.name')}</th>
          <th className="num">{t('dashboard.forecast.target')}</th>
          <th className="num">{t('dashboard.forecast.achieved')}</th>
          <th className="num">{t('dashboard.forecast.gap')}</th>
          <th>{t('dashboard.forecast.deadline')}</th>
          <th className="num">{t('dashboard.forecast.pace')}</th>
          <th>{t('dashboard.forecast.closesOn')}</th>
          <th className="num">{t('dashboard.forecast.tripsNeeded')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const r = row.result;
          const explain = explainForecast(row, t, fmt, percent);
          const closes =
            r.status === 'met'
              ? t('dashboard.forecast.status.met')
              : r.closesOn === null
                ? t('dashboard.forecast.never')
                : r.closesInTime
                  ? fmt.date(r.closesOn)
                  : t('dashboard.forecast.notBefore');
          return (
            <tr key={`${row.kind}-${row.key}`} data-testid={`forecast-${row.kind}-${row.key}`}>
              <th scope="row">
                <span className="kind-tag">{t(`dashboard.forecast.kind.${row.kind}`)}</span>{' '}
                {en ? row.nameEn : row.name}
              </th>
              <td className="num">{fmt.number(row.inputs.target)}</td>
              <td className="num">{fmt.number(row.inputs.achieved)}</td>
              <td className="num">{fmt.number(r.gap)}</td>
              <td>{fmt.date(row.inputs.deadline)}</td>
              <td className="num">{perDay(r.hiresPerDay)}</td>
              <td>
                <span className={`status status-${r.status}`}>
                  {t(`dashboard.forecast.status.${r.status}`)}
                </span>{' '}
                <span className="explain" tabIndex={0} aria-describedby={`explain-${row.kind}-${row.key}`}>
                  {closes} <span aria-hidden="true">ⓘ</span>
                  <span role="tooltip" id={`explain-${row.kind}-${row.key}`} className="explain-pop">
                    {explain.map((line) => (
                      <span key={line}>{line}</span>
                    ))}
                  </span>
                </span>
              </td>
              <td className="num">
                {r.tripsNeeded === null ? '—' : fmt.number(r.tripsNeeded)}
                {r.tripsPerDayNeeded ? (
                  <span className="muted per-day">
                    {' '}
                    {t('dashboard.forecast.perDay', { value: perDay(r.tripsPerDayNeeded) })}
                  </span>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
