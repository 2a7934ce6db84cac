import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { totalDemand, type EnterpriseDemand } from '../../../../shared/domain/quotas';
import { useFormatters } from '../../format';

interface DemandChartProps {
  demand: readonly EnterpriseDemand[];
  periodLabel: string;
}

interface Datum {
  label: string;
  name: string;
  demand: number;
}

/** Demand per active enterprise in the selected period (already aggregated: one bar per enterprise). */
export function DemandChart({ demand, periodLabel }: DemandChartProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const data = useMemo<Datum[]>(
    () =>
      demand
        .map((d) => ({ label: d.shortName || d.name, name: d.name, demand: d.demand }))
        .sort((a, b) => b.demand - a.demand),
    [demand],
  );
  const total = totalDemand(demand);
  const hasDemand = total > 0;

  return (
    <section className="card chart-card" aria-labelledby="demand-chart-title">
      <header className="card-head">
        <h2 id="demand-chart-title">
          {t('enterprises.chartTitle')} · {periodLabel}
        </h2>
        <span className="chart-total" data-testid="chart-total">
          {t('enterprises.chartTotal', { total: fmt.number(total) })}
        </span>
      </header>
      {hasDemand ? (
        <div
          className="chart-body"
          role="img"
          aria-label={`${t('enterprises.chartTitle')}: ${t('enterprises.chartTotal', { total: fmt.number(total) })}`}
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} margin={{ top: 18, right: 12, bottom: 4, left: 4 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e3e9e6" />
              <XAxis dataKey="label" interval={0} tick={{ fontSize: 12, fill: '#3d4d47' }} tickLine={false} />
              <YAxis
                tick={{ fontSize: 12, fill: '#5c6b65' }}
                tickFormatter={(v: number) => fmt.number(v)}
                width={56}
                axisLine={false}
                tickLine={false}
              />
              <Tooltip
                cursor={{ fill: 'rgba(31, 122, 92, 0.08)' }}
                formatter={(value) => [fmt.number(Number(value)), t('enterprises.col.demand')]}
                labelFormatter={(_, payload) => {
                  const first = payload?.[0]?.payload as Datum | undefined;
                  return first?.name ?? '';
                }}
              />
              <Bar
                dataKey="demand"
                fill="#2f8f6d"
                radius={[3, 3, 0, 0]}
                maxBarSize={56}
                isAnimationActive={false}
              >
                <LabelList
                  dataKey="demand"
                  position="top"
                  formatter={(v) => fmt.number(Number(v))}
                  style={{ fontSize: 12, fill: '#1d2b26' }}
                />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      ) : (
        <p className="chart-empty muted">{t('enterprises.chartEmpty')}</p>
      )}
    </section>
  );
}
