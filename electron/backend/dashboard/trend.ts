import type { Trend, TrendDay } from '../../../shared/domain/dashboard';
import { addDays, projectCumulative } from '../../../shared/domain/forecast';
import { daysBetween, stableEntryCutoff } from '../../../shared/domain/pipeline';
import { stableOn, type EntryGroup, type SeriesPoint } from '../counts/counts-tally';

export interface TrendTarget {
  target: number | null;
  deadline: string | null;
  hiresPerDay: number;
}

/** The projection up to the day it reaches the target: past it, it says nothing more and squeezes the chart. */
function untilTarget<P extends { value: number }>(points: P[], target: number | null): P[] {
  if (target === null) return points;
  const reached = points.findIndex((p) => p.value >= target);
  return reached < 0 ? points : points.slice(0, reached + 1);
}

/** The longest run the chart draws: a year of days (Recharts stays well under 2,000 points). */
const MAX_DAYS = 366;

/**
 * Per day from the first day with anything recorded in the period up to as-of: sign-ups,
 * person-trips, hires, leavers, people stable, and people on the job (the running total drawn
 * against the target), with the projection at the current pace and the pace the target needs.
 */
export function buildTrend(
  points: readonly SeriesPoint[],
  entries: readonly EntryGroup[],
  /** Net transfers into the scope per day (they move a job without a hire); empty without an enterprise. */
  transfers: ReadonlyMap<string, number>,
  period: { start: string; end: string },
  asOf: string,
  stableDays: number,
  goal: TrendTarget,
): Trend {
  const byDay = new Map<string, { signed_up: number; transported: number; employed: number; left: number }>();
  const at = (date: string) => {
    let d = byDay.get(date);
    if (!d) byDay.set(date, (d = { signed_up: 0, transported: 0, employed: 0, left: 0 }));
    return d;
  };
  for (const p of points) at(p.date)[p.type] += p.n;
  const carried = at('');
  let employedNow = carried.employed - carried.left;
  for (const [date, net] of transfers) if (date < period.start) employedNow += net;

  const last = asOf < period.end ? asOf : period.end;
  const recorded = [...byDay.keys()].filter((d) => d !== '' && d <= last).sort();
  const first = recorded[0] ?? last;
  const from = daysBetween(first, last) >= MAX_DAYS ? addDays(last, -(MAX_DAYS - 1)) : first;
  const days: TrendDay[] = [];
  for (let date = first; date <= last && period.start <= last; date = addDays(date, 1)) {
    const d = byDay.get(date);
    employedNow += (d?.employed ?? 0) - (d?.left ?? 0) + (transfers.get(date) ?? 0);
    if (date < from) continue;
    days.push({
      date,
      signedUp: d?.signed_up ?? 0,
      trips: d?.transported ?? 0,
      employed: d?.employed ?? 0,
      left: d?.left ?? 0,
      stable: stableOn(entries, date, stableEntryCutoff(date, stableDays)),
      employedNow,
    });
  }

  const now = days[days.length - 1]?.employedNow ?? employedNow;
  const ahead = goal.deadline !== null && goal.deadline > asOf;
  return {
    days,
    target: goal.target,
    deadline: goal.deadline,
    projection: ahead
      ? untilTarget(projectCumulative(now, goal.hiresPerDay, asOf, goal.deadline!), goal.target)
      : [],
    required:
      ahead && goal.target !== null
        ? [
            { date: asOf, value: now },
            { date: goal.deadline!, value: Math.max(now, goal.target) },
          ]
        : [],
  };
}
