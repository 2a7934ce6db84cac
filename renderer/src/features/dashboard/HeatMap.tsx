import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountyProgress, EnterpriseGap, MatrixCell } from '../../../../shared/domain/dashboard';
import { useFormatters } from '../../format';

type Measure = 'transported' | 'employed' | 'stable';
const MEASURES: readonly Measure[] = ['transported', 'employed', 'stable'];

interface HeatMapProps {
  cells: readonly MatrixCell[];
  counties: readonly CountyProgress[];
  enterprises: readonly EnterpriseGap[];
}

/** Counties down, enterprises across: the darker a cell, the more people that county sends there. */
export const HeatMap = memo(function HeatMap({ cells, counties, enterprises }: HeatMapProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const [measure, setMeasure] = useState<Measure>('transported');
  const value = useMemo(() => {
    const map = new Map(cells.map((c) => [`${c.countyCode}|${c.enterpriseId}`, c]));
    return (county: string, enterprise: string) => map.get(`${county}|${enterprise}`)?.[measure] ?? 0;
  }, [cells, measure]);
  const max = Math.max(1, ...cells.map((c) => c[measure]));
  const en = i18n.language === 'en';
  return (
    <section className="card dash-card" aria-labelledby="heat-title">
      <header className="card-head">
        <h2 id="heat-title">{t('dashboard.matrix.title')}</h2>
        <label className="toolbar-field no-print">
          <span>{t('dashboard.matrix.measure')}</span>
          <select value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
            {MEASURES.map((m) => (
              <option key={m} value={m}>
                {t(`dashboard.matrix.${m}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <div className="heat-wrap">
        <table className="dash-table heat-table" data-testid="heat-map">
          <caption className="print-only">{t(`dashboard.matrix.${measure}`)}</caption>
          <thead>
            <tr>
              <th>{t('dashboard.matrix.corner')}</th>
              {enterprises.map((e) => (
                <th key={e.enterpriseId} className="num" title={e.name}>
                  {e.shortName || e.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {counties.map((c) => (
              <tr key={c.code}>
                <th scope="row">{en ? c.nameEn : c.nameZh}</th>
                {enterprises.map((e) => {
                  const v = value(c.code, e.enterpriseId);
                  const share = v / max;
                  return (
                    <td
                      key={e.enterpriseId}
                      className="num heat-cell"
                      style={{
                        background: `rgba(31, 122, 92, ${(0.06 + share * 0.8).toFixed(3)})`,
                        color: share > 0.55 ? '#fff' : undefined,
                      }}
                    >
                      {v === 0 ? '' : fmt.number(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
