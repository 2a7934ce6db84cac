import type { TFunction } from 'i18next';
import type { ForecastRow } from '../../../../shared/domain/dashboard';
import { daysBetween } from '../../../../shared/domain/pipeline';
import type { Formatters } from '../../format';

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** The forecast's arithmetic, step by step, with the numbers it used (for the tooltip and print). */
export function explainForecast(
  row: ForecastRow,
  t: TFunction,
  fmt: Formatters,
  percent: (v: number | null) => string,
): string[] {
  const { inputs: i, result: r } = row;
  const n = (v: number) => fmt.number(v);
  const lines = [
    t('dashboard.forecast.explain.gap', { target: n(i.target), achieved: n(i.achieved), gap: n(r.gap) }),
  ];
  if (r.gap === 0) return [...lines, t('dashboard.forecast.explain.met')];
  lines.push(
    t('dashboard.forecast.explain.pace', { hires: n(i.hiresInWindow), perDay: n(oneDecimal(r.hiresPerDay)) }),
  );
  if (r.closesOn !== null) {
    lines.push(
      t('dashboard.forecast.explain.closes', {
        gap: n(r.gap),
        perDay: n(oneDecimal(r.hiresPerDay)),
        days: n(daysBetween(i.asOf, r.closesOn)),
        date: fmt.date(r.closesOn),
        deadline: fmt.date(i.deadline),
      }),
    );
  } else {
    lines.push(t('dashboard.forecast.explain.stalled'));
  }
  const list = i.pipeline
    .filter((p) => p.people > 0)
    .map((p) =>
      t('dashboard.forecast.explain.pipelineItem', {
        people: n(p.people),
        stage: t(`stage.${p.stage}` as 'stage.verified'),
        rate: percent(p.conversion),
      }),
    )
    .join(', ');
  if (list !== '')
    lines.push(t('dashboard.forecast.explain.pipeline', { list, expected: n(i.expectedFromPipeline) }));
  lines.push(
    t('dashboard.forecast.explain.afterPipeline', {
      gap: n(r.gap),
      expected: n(i.expectedFromPipeline),
      after: n(r.gapAfterPipeline),
    }),
  );
  if (r.conversion === null) return [...lines, t('dashboard.forecast.explain.noConversion')];
  lines.push(
    t('dashboard.forecast.explain.conversion', {
      hires: n(i.hiresTotal),
      trips: n(i.tripsTotal),
      rate: percent(r.conversion),
    }),
  );
  if (r.tripsNeeded !== null && r.tripsNeeded > 0) {
    lines.push(
      t('dashboard.forecast.explain.trips', {
        after: n(r.gapAfterPipeline),
        rate: percent(r.conversion),
        trips: n(r.tripsNeeded),
        days: n(Math.max(1, r.daysLeft + 1)),
        perDay: n(oneDecimal(r.tripsPerDayNeeded ?? 0)),
      }),
    );
  }
  return lines;
}
