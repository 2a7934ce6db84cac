import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Trend } from '../../../../shared/domain/dashboard';
import { useFormatters } from '../../format';
import { AXIS_TICK, COLOURS, dayNumber, isoOfDay } from '../../ui/chart-style';
import { ChartLegend } from './ChartLegend';
import { useWidth } from './use-width';

interface TrendChartsProps {
  trend: Trend;
}

const CHART_HEIGHT = 250;

const shortDate = (iso: string) => `${Number(iso.slice(5, 7))}/${Number(iso.slice(8, 10))}`;

/** Per-day flows (sign-ups, person-trips, hires: lines, a path each, where bars would be hundreds of shapes), and the running total against the target with the projections. */
export const TrendCharts = memo(function TrendCharts({ trend }: TrendChartsProps) {
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
  const [perDayBox, perDayWidth] = useWidth<HTMLDivElement>(days.length > 0);
  const [totalBox, totalWidth] = useWidth<HTMLDivElement>(days.length > 0);
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
        <div ref={perDayBox} className="chart-body">
          {perDayWidth > 0 ? (
            <LineChart
              width={perDayWidth}
              height={CHART_HEIGHT}
              data={days}
              margin={{ top: 6, right: 8, bottom: 0, left: 0 }}
            >
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
              <Line
                dataKey="signedUp"
                name={t('dashboard.trend.signedUp')}
                stroke={COLOURS.signedUp}
                strokeWidth={1.5}
                dot={false}
                isAnimationActive={false}
              />
              <Line
                dataKey="trips"
                name={t('dashboard.trend.trips')}
                stroke={COLOURS.trips}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
              <Line
                dataKey="employed"
                name={t('dashboard.trend.employed')}
                stroke={COLOURS.employedNow}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            </LineChart>
          ) : null}
        </div>
        <ChartLegend
          items={[
            { label: t('dashboard.trend.signedUp'), colour: COLOURS.signedUp, line: true },
            { label: t('dashboard.trend.trips'), colour: COLOURS.trips, line: true },
            { label: t('dashboard.trend.employed'), colour: COLOURS.employedNow, line: true },
          ]}
        />
      </figure>
      <figure className="trend-chart" aria-label={t('dashboard.trend.total')}>
        <figcaption>{t('dashboard.trend.total')}</figcaption>
        <div ref={totalBox} className="chart-body">
          {totalWidth > 0 ? (
            <LineChart
              width={totalWidth}
              height={CHART_HEIGHT}
              margin={{ top: 6, right: 12, bottom: 0, left: 0 }}
            >
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
          ) : null}
        </div>
        <ChartLegend
          items={[
            { label: t('dashboard.trend.employedNow'), colour: COLOURS.employedNow, line: true },
            { label: t('dashboard.trend.stable'), colour: COLOURS.stable, line: true },
            ...(trend.target !== null
              ? [{ label: t('dashboard.trend.target'), colour: COLOURS.target, dash: '6 4' }]
              : []),
            ...(projection.length > 0
              ? [{ label: t('dashboard.trend.projection'), colour: COLOURS.projection, dash: '5 4' }]
              : []),
            ...(required.length > 0
              ? [{ label: t('dashboard.trend.required'), colour: COLOURS.required, dash: '2 3' }]
              : []),
          ]}
        />
      </figure>
    </div>
  );
});
