import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Trend } from '../../../../shared/domain/dashboard';
import { useFormatters } from '../../format';
import { AXIS_TICK, COLOURS, dayNumber, isoOfDay } from './chart-style';

interface TrendChartsProps {
  trend: Trend;
}

const shortDate = (iso: string) => `${Number(iso.slice(5, 7))}/${Number(iso.slice(8, 10))}`;

/** Per-day flows (sign-ups, person-trips, hires), and the running total against the target with the projections. */
export function TrendCharts({ trend }: TrendChartsProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const days = useMemo(() => trend.days.map((d) => ({ ...d, x: dayNumber(d.date) })), [trend.days]);
  const projection = useMemo(
    () => trend.projection.map((p) => ({ x: dayNumber(p.date), value: p.value })),
    [trend.projection],
  );
  const required = useMemo(
    () => trend.required.map((p) => ({ x: dayNumber(p.date), value: p.value })),
    [trend.required],
  );
  if (days.length === 0) return <p className="chart-empty muted">{t('dashboard.trend.empty')}</p>;
  const first = days[0]!.x;
  const last = Math.max(days[days.length - 1]!.x, ...projection.map((p) => p.x), ...required.map((p) => p.x));
  const top = Math.max(
    trend.target ?? 0,
    ...days.map((d) => d.employedNow),
    ...projection.map((p) => p.value),
  );
  const tooltipLabel = (x: unknown) => fmt.date(isoOfDay(Number(x)));
  const value = (v: unknown) => fmt.number(Number(v));
  return (
    <div className="trend-charts">
      <figure className="trend-chart" aria-label={t('dashboard.trend.perDay')}>
        <figcaption>{t('dashboard.trend.perDay')}</figcaption>
        <div className="chart-body">
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart data={days} margin={{ top: 6, right: 8, bottom: 0, left: 0 }} barGap={0}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={COLOURS.grid} />
              <XAxis
                dataKey="date"
                tick={AXIS_TICK}
                tickFormatter={shortDate}
                minTickGap={18}
                tickLine={false}
              />
              <YAxis
                tick={AXIS_TICK}
                tickFormatter={(v: number) => fmt.number(v)}
                width={44}
                axisLine={false}
                tickLine={false}
              />
              <Tooltip labelFormatter={(d) => fmt.date(String(d))} formatter={(v, n) => [value(v), n]} />
              <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
              <Bar
                dataKey="signedUp"
                name={t('dashboard.trend.signedUp')}
                fill={COLOURS.signedUp}
                isAnimationActive={false}
              />
              <Bar
                dataKey="trips"
                name={t('dashboard.trend.trips')}
                fill={COLOURS.trips}
                isAnimationActive={false}
              />
              <Bar
                dataKey="employed"
                name={t('dashboard.trend.employed')}
                fill={COLOURS.employedNow}
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <figure className="trend-chart" aria-label={t('dashboard.trend.total')}>
        <figcaption>{t('dashboard.trend.total')}</figcaption>
        <div className="chart-body">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart margin={{ top: 6, right: 12, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={COLOURS.grid} />
              <XAxis
                dataKey="x"
                type="number"
                domain={[first, last]}
                allowDuplicatedCategory={false}
                tick={AXIS_TICK}
                tickFormatter={(x: number) => shortDate(isoOfDay(x))}
                tickLine={false}
              />
              <YAxis
                domain={[0, Math.ceil(top * 1.05)]}
                tick={AXIS_TICK}
                tickFormatter={(v: number) => fmt.number(v)}
                width={52}
                axisLine={false}
                tickLine={false}
              />
              <Tooltip labelFormatter={tooltipLabel} formatter={(v, n) => [value(v), n]} />
              <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
              {trend.target !== null ? (
                <ReferenceLine
                  y={trend.target}
                  stroke={COLOURS.target}
                  strokeDasharray="6 4"
                  label={{
                    value: `${t('dashboard.trend.target')} ${fmt.number(trend.target)}`,
                    position: 'insideTopLeft',
                    fontSize: 12,
                    fill: COLOURS.target,
                  }}
                />
              ) : null}
              <Line
                data={days}
                dataKey="employedNow"
                name={t('dashboard.trend.employedNow')}
                stroke={COLOURS.employedNow}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
              <Line
                data={days}
                dataKey="stable"
                name={t('dashboard.trend.stable')}
                stroke={COLOURS.stable}
                strokeWidth={1.5}
                dot={false}
                isAnimationActive={false}
              />
              {projection.length > 0 ? (
                <Line
                  data={projection}
                  dataKey="value"
                  name={t('dashboard.trend.projection')}
                  stroke={COLOURS.projection}
                  strokeDasharray="5 4"
                  strokeWidth={2}
                  dot={false}
                  isAnimationActive={false}
                />
              ) : null}
              {required.length > 0 ? (
                <Line
                  data={required}
                  dataKey="value"
                  name={t('dashboard.trend.required')}
                  stroke={COLOURS.required}
                  strokeDasharray="2 3"
                  strokeWidth={2}
                  dot={false}
                  isAnimationActive={false}
                />
              ) : null}
            </LineChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  );
}
