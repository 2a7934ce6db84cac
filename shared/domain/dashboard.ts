import { z } from 'zod';
import { COUNTIES } from './counties';
import { isoDate, uuid } from './fields';
import { LEAVE_REASONS, ON_THE_WAY_STAGES } from './pipeline';

const COUNTY_CODES = COUNTIES.map((c) => c.code) as [string, ...string[]];

/** What the supervisors filter by. Null means the setting (as-of), the default half-year, or all. */
export const DashboardInput = z
  .object({
    asOf: isoDate.nullable().default(null),
    period: z.object({ start: isoDate, end: isoDate }).strict().nullable().default(null),
    countyCode: z.enum(COUNTY_CODES).nullable().default(null),
    enterpriseId: uuid.nullable().default(null),
  })
  .strict();
export type DashboardInput = z.input<typeof DashboardInput>;

/** Pipeline stages shown as coverage on the gap chart (people still on their way to a job, 在途). */
export const PIPELINE_STAGES = ON_THE_WAY_STAGES;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

const int = z.number().int();

/** A headline figure and how it moved since the day before (what was recorded dated that day). */
export const Headline = z.object({
  /** Demand (or, for one county, its task); null when a county and an enterprise are both chosen. */
  target: int.nullable(),
  targetKind: z.enum(['demand', 'task']),
  /** People ever employed, and employed now (not left). */
  employed: int,
  employedNow: int,
  stable: int,
  /** target − employed now; null without a target. */
  gap: int.nullable(),
  transportedTrips: int,
  transportedPeople: int,
  change: z.object({
    target: int.nullable(),
    employed: int,
    employedNow: int,
    stable: int,
    gap: int.nullable(),
    transportedTrips: int,
  }),
  /** Recorded with a date after the as-of date, so counted in none of the figures (e.g. a trip closed early). */
  afterAsOf: z.object({ transportedTrips: int, employed: int }),
});
export type Headline = z.infer<typeof Headline>;

export const EnterpriseGap = z.object({
  enterpriseId: uuid,
  name: z.string(),
  shortName: z.string(),
  demand: int,
  employed: int,
  employedNow: int,
  stable: int,
  gap: int,
  /** People at each pipeline stage now, counted for their current enterprise. */
  pipeline: z.record(z.enum(PIPELINE_STAGES), int),
  /** The pipeline's total. */
  inPipeline: int,
  /** The enterprise's requests to its commissioner still open on the as-of date. */
  openRequests: int,
});
export type EnterpriseGap = z.infer<typeof EnterpriseGap>;

export const CountyProgress = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  /** The county's task in the period; null when none is set. */
  task: int.nullable(),
  deadline: z.string().nullable(),
  signedUp: int,
  transportedPeople: int,
  transportedTrips: int,
  employed: int,
  employedNow: int,
  stable: int,
  /** employed now ÷ task (0–1+), null without a task. */
  complete: z.number().nullable(),
  /** Share of the task's period already gone: where a county on an even pace would be now. */
  expected: z.number().nullable(),
  pace: z.enum(['ahead', 'behind', 'met', 'no_task']),
});
export type CountyProgress = z.infer<typeof CountyProgress>;

export const MatrixCell = z.object({
  countyCode: z.string(),
  enterpriseId: z.string(),
  /** People transported (at least once) heading for this enterprise now, employed (ever) and stable. */
  transported: int,
  employed: int,
  stable: int,
});
export type MatrixCell = z.infer<typeof MatrixCell>;

export const FUNNEL_STEPS = [
  'transported_trips',
  'transported',
  'interview_passed',
  'exam_passed',
  'trained',
  'employed',
  'stable',
] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export const FunnelRow = z.object({
  step: z.enum(FUNNEL_STEPS),
  /** Person-trips for the first step, people ever reaching the step for the others. */
  value: int,
  /** value ÷ the previous step's people (the first two steps: none). */
  rate: z.number().nullable(),
});
export type FunnelRow = z.infer<typeof FunnelRow>;

export const TrendDay = z.object({
  date: z.string(),
  signedUp: int,
  trips: int,
  employed: int,
  left: int,
  /** People stable on the post that day. */
  stable: int,
  /** People on the job at the end of the day (the line measured against the target). */
  employedNow: int,
});
export type TrendDay = z.infer<typeof TrendDay>;

export const Trend = z.object({
  days: z.array(TrendDay),
  target: int.nullable(),
  deadline: z.string().nullable(),
  /** At the last 7 days' pace, from as-of to the deadline. */
  projection: z.array(z.object({ date: z.string(), value: int })),
  /** The straight line from today's figure to the target on the deadline. */
  required: z.array(z.object({ date: z.string(), value: int })),
});
export type Trend = z.infer<typeof Trend>;

export const Retention = z.object({
  employed: int,
  employedNow: int,
  stable: int,
  /** stable ÷ employed (ever); null before anyone was employed. */
  rate: z.number().nullable(),
  left: int,
  byReason: z.array(z.object({ reason: z.enum(LEAVE_REASONS), count: int })),
});
export type Retention = z.infer<typeof Retention>;

/** The forecast's inputs as the counting module gave them, so the screen can show the arithmetic. */
export const ForecastInputs = z.object({
  target: int,
  achieved: int,
  deadline: z.string(),
  asOf: z.string(),
  hiresInWindow: int,
  tripsInWindow: int,
  tripsTotal: int,
  hiresTotal: int,
  expectedFromPipeline: int,
  /** People at each stage past the bus now and the observed share of them that got a job. */
  pipeline: z.array(z.object({ stage: z.string(), people: int, conversion: z.number() })),
});
export type ForecastInputs = z.infer<typeof ForecastInputs>;

export const ForecastResult = z.object({
  status: z.enum(['met', 'on_track', 'behind', 'stalled', 'past_deadline']),
  gap: int,
  gapAfterPipeline: int,
  hiresPerDay: z.number(),
  tripsPerDay: z.number(),
  daysLeft: int,
  closesOn: z.string().nullable(),
  closesInTime: z.boolean(),
  conversion: z.number().nullable(),
  tripsNeeded: int.nullable(),
  tripsPerDayNeeded: z.number().nullable(),
});
export type ForecastResult = z.infer<typeof ForecastResult>;

export const ForecastRow = z.object({
  kind: z.enum(['enterprise', 'county']),
  /** Enterprise id or county code. */
  key: z.string(),
  name: z.string(),
  nameEn: z.string(),
  inputs: ForecastInputs,
  result: ForecastResult,
});
export type ForecastRow = z.infer<typeof ForecastRow>;

export const Dashboard = z.object({
  asOf: z.string(),
  stableDays: int,
  period: z.object({ start: z.string(), end: z.string() }),
  countyCode: z.string().nullable(),
  enterpriseId: z.string().nullable(),
  headline: Headline,
  enterprises: z.array(EnterpriseGap),
  counties: z.array(CountyProgress),
  matrix: z.array(MatrixCell),
  funnel: z.array(FunnelRow),
  trend: Trend,
  retention: Retention,
  forecasts: z.array(ForecastRow),
});
export type Dashboard = z.infer<typeof Dashboard>;
