import { daysBetween } from './pipeline';

/**
 * The run-rate forecast for one target (an enterprise's demand or a county's task): at the last
 * 7 days' pace, when does the gap close, and how many more person-trips would close it in time?
 * Pure arithmetic on figures the counting module gives; each step is returned so the screen can
 * explain it.
 */
export const PACE_WINDOW_DAYS = 7;

export interface ForecastInput {
  /** Demand, or the county's task. */
  target: number;
  /** People on the job now (for a county: delivered and still employed). */
  achieved: number;
  /** Last day of the period (inclusive). */
  deadline: string;
  asOf: string;
  /** People employed in the PACE_WINDOW_DAYS days up to and including asOf. */
  hiresInWindow: number;
  /** Person-trips in the same window. */
  tripsInWindow: number;
  /** All person-trips and all hires so far: the observed conversion from trip to job. */
  tripsTotal: number;
  hiresTotal: number;
  /** Hires expected from people already past the bus (passed interview, exam, in training). */
  expectedFromPipeline: number;
}

export type ForecastStatus = 'met' | 'on_track' | 'behind' | 'stalled' | 'past_deadline';

export interface Forecast {
  status: ForecastStatus;
  gap: number;
  /** Gap left once the pipeline has turned into hires. */
  gapAfterPipeline: number;
  /** Hires per day over the window. */
  hiresPerDay: number;
  tripsPerDay: number;
  /** Days from asOf to the deadline (0 on the deadline itself, negative after it). */
  daysLeft: number;
  /** When the gap closes at the current pace; null when it never does (no hires in the window). */
  closesOn: string | null;
  closesInTime: boolean;
  /** Hires per person-trip so far; null before any trip. */
  conversion: number | null;
  /** More person-trips needed to close the gap by the deadline; null without an observed conversion. */
  tripsNeeded: number | null;
  /** Those trips spread over the days left. */
  tripsPerDayNeeded: number | null;
}

export function forecast(input: ForecastInput): Forecast {
  const gap = Math.max(0, input.target - input.achieved);
  const gapAfterPipeline = Math.max(0, gap - input.expectedFromPipeline);
  const hiresPerDay = input.hiresInWindow / PACE_WINDOW_DAYS;
  const tripsPerDay = input.tripsInWindow / PACE_WINDOW_DAYS;
  const daysLeft = daysBetween(input.asOf, input.deadline);
  const conversion = input.tripsTotal > 0 ? input.hiresTotal / input.tripsTotal : null;

  let closesOn: string | null = null;
  if (gap === 0) closesOn = input.asOf;
  else if (hiresPerDay > 0) closesOn = addDays(input.asOf, Math.ceil(gap / hiresPerDay));
  const closesInTime = closesOn !== null && closesOn <= input.deadline;

  const tripsNeeded =
    gapAfterPipeline === 0
      ? 0
      : conversion && conversion > 0
        ? Math.ceil(gapAfterPipeline / conversion)
        : null;
  const tripsPerDayNeeded =
    tripsNeeded === null
      ? null
      : tripsNeeded === 0
        ? 0
        : daysLeft > 0
          ? tripsNeeded / (daysLeft + 1)
          : tripsNeeded;

  let status: ForecastStatus;
  if (gap === 0) status = 'met';
  else if (daysLeft < 0) status = 'past_deadline';
  else if (hiresPerDay === 0) status = 'stalled';
  else status = closesInTime ? 'on_track' : 'behind';

  return {
    status,
    gap,
    gapAfterPipeline,
    hiresPerDay,
    tripsPerDay,
    daysLeft,
    closesOn,
    closesInTime,
    conversion,
    tripsNeeded,
    tripsPerDayNeeded,
  };
}

/** Cumulative hires projected day by day from asOf to the deadline at the current pace (for the trend chart). */
export function projectCumulative(
  achieved: number,
  hiresPerDay: number,
  asOf: string,
  deadline: string,
): { date: string; value: number }[] {
  const days = daysBetween(asOf, deadline);
  const points: { date: string; value: number }[] = [];
  for (let d = 0; d <= Math.min(days, 366); d++) {
    points.push({ date: addDays(asOf, d), value: Math.round(achieved + hiresPerDay * d) });
  }
  return points;
}

export function addDays(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
