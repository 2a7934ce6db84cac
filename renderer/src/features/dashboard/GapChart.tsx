import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { PIPELINE_STAGES, type EnterpriseGap, type PipelineStage } from '../../../../shared/domain/dashboard';
import { useFormatters } from '../../format';
import { AXIS_TICK, COLOURS, STAGE_COLOURS } from '../../ui/chart-style';
import { ChartLegend } from './ChartLegend';
import { ChartTooltip } from './ChartTooltip';
import { useWidth } from './use-width';

/**
 * A bar segment (or a figure of the table) opens the people it counts at one enterprise: employed
 * now, one pipeline stage, or everyone on the way (在途).
 */
export type GapSegment = 'employed' | PipelineStage | 'on_the_way';

interface GapChartProps {
  rows: readonly EnterpriseGap[];
  onOpen: (enterpriseId: string, stage: GapSegment | null) => void;
}

type Datum = { id: string; label: string; name: string; demand: number; employed: number } & Record<
  PipelineStage,
  number
>;

const CHART_HEIGHT = 292;
/** The legend's order, which the hover box keeps: demand, on the job, then the pipeline nearest the job last. */
const SERIES_ORDER = ['demand', 'employed', ...PIPELINE_STAGES];

/** Per enterprise: demand beside a stack of people on the job and people still on their way. */
export const GapChart = memo(function GapChart({ rows, onOpen }: GapChartProps) {
  const [box, width] = useWidth<HTMLDivElement>();
  const { t } = useTranslation();
  const fmt = useFormatters();
  const data = useMemo<Datum[]>(
    () =>
      rows.map((r) => ({
        id: r.enterpriseId,
        label: r.shortName || r.name,
        name: r.name,
        demand: r.demand,
        employed: r.employedNow,
        ...r.pipeline,
      })),
    [rows],
  );
  const click = (stage: GapSegment | null) => (entry: { payload?: Datum }) => {
    if (entry.payload) onOpen(entry.payload.id, stage);
  };
  const legend = [
    { label: t('dashboard.gap.demand'), colour: COLOURS.demand },
    { label: t('dashboard.gap.employedNow'), colour: COLOURS.employedNow },
    ...PIPELINE_STAGES.map((s) => ({ label: t(`stage.${s}`), colour: STAGE_COLOURS[s] })),
  ];
  return (
    <div className="gap-chart-wrap">
      <div ref={box} className="chart-body gap-chart" role="img" aria-label={t('dashboard.gap.title')}>
        {width > 0 ? (
          <BarChart
            width={width}
            height={CHART_HEIGHT}
            data={data}
            margin={{ top: 8, right: 8, bottom: 4, left: 4 }}
            barGap={2}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={COLOURS.grid} />
            <XAxis dataKey="label" interval={0} tick={AXIS_TICK} tickLine={false} />
            <YAxis
              tick={AXIS_TICK}
              tickFormatter={(v: number) => fmt.number(v)}
              width={52}
              axisLine={false}
              tickLine={false}
            />
            <Tooltip
              cursor={{ fill: 'rgba(31, 122, 92, 0.06)' }}
              content={({ active, payload }) => (
                <ChartTooltip
                  active={active}
                  payload={payload}
                  title={(payload[0]?.payload as Datum | undefined)?.name ?? ''}
                  order={SERIES_ORDER}
                  format={fmt.number}
                />
              )}
            />
            <Bar
              dataKey="demand"
              name={t('dashboard.gap.demand')}
              stackId="demand"
              fill={COLOURS.demand}
              isAnimationActive={false}
              className="gap-bar"
              onClick={click(null)}
            />
            <Bar
              dataKey="employed"
              name={t('dashboard.gap.employedNow')}
              stackId="people"
              fill={COLOURS.employedNow}
              isAnimationActive={false}
              className="gap-bar"
              onClick={click('employed')}
            />
            {PIPELINE_STAGES.map((s) => (
              <Bar
                key={s}
                dataKey={s}
                name={t(`stage.${s}`)}
                stackId="people"
                fill={STAGE_COLOURS[s]}
                isAnimationActive={false}
                className="gap-bar"
                onClick={click(s)}
              />
            ))}
          </BarChart>
        ) : null}
      </div>
      <ChartLegend items={legend} />
    </div>
  );
});
