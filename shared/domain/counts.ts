import { z } from 'zod';
import { EVENT_TYPES } from './pipeline';

/**
 * The counting module's answer: one shape for the whole drive, each enterprise and each county.
 * Everything that shows a figure (grid, dashboard, daily report, `stats`) reads these.
 *
 * For an enterprise, where people are in the pipeline (signed up, stages, trips, withdrawn) counts
 * for their current enterprise (the latest step that names one, else the intended one), and
 * employment (employed, now, stable, left) for the enterprise of their latest job, so someone who
 * left one factory and is now interviewing at another is a leaver of the first.
 */
export const CountRow = z.object({
  /** People registered. */
  signedUp: z.number().int(),
  /** People at each stage now (type of their latest event). */
  stages: z.record(z.enum(EVENT_TYPES), z.number().int()),
  /** Person-trips: every `transported` event (a person may ride more than once). */
  transportedTrips: z.number().int(),
  /** People transported at least once. */
  transportedPeople: z.number().int(),
  /** People ever employed (including those who later left). */
  employed: z.number().int(),
  /** People employed now (not left). */
  employedNow: z.number().int(),
  /** Employed now and at least `stableDays` past their entry date. */
  stable: z.number().int(),
  /** Ever employed and not employed now: employed = employedNow + left. */
  left: z.number().int(),
  /** People whose latest step is `withdrawn`. */
  withdrawn: z.number().int(),
});
export type CountRow = z.infer<typeof CountRow>;

export const EnterpriseCounts = CountRow.extend({
  enterpriseId: z.string(),
  name: z.string(),
  shortName: z.string(),
  /** Demand of the enterprise's active lines inside the period. */
  demand: z.number().int(),
  /** demand − employed now; negative when over quota. */
  gap: z.number().int(),
  /** People moved here from another enterprise, and away to another (stabilisation transfers). */
  transfersIn: z.number().int(),
  transfersOut: z.number().int(),
});
export type EnterpriseCounts = z.infer<typeof EnterpriseCounts>;

export const CountyCounts = CountRow.extend({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
});
export type CountyCounts = z.infer<typeof CountyCounts>;

export const CountsSummary = z.object({
  asOf: z.string(),
  stableDays: z.number().int(),
  period: z.object({ start: z.string(), end: z.string() }),
  demand: z.number().int(),
  totals: CountRow,
  byEnterprise: z.array(EnterpriseCounts),
  /** People with no enterprise yet (any enterprise, 服从安排, and not yet placed). */
  unassigned: CountRow,
  byCounty: z.array(CountyCounts),
});
export type CountsSummary = z.infer<typeof CountsSummary>;

export function emptyCountRow(): CountRow {
  return {
    signedUp: 0,
    stages: Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])) as CountRow['stages'],
    transportedTrips: 0,
    transportedPeople: 0,
    employed: 0,
    employedNow: 0,
    stable: 0,
    left: 0,
    withdrawn: 0,
  };
}

/** The half-year (1 Jan–30 Jun or 1 Jul–31 Dec) containing a date: the default period for demand. */
export function halfYearOf(isoDate: string): { start: string; end: string } {
  const y = isoDate.slice(0, 4);
  return isoDate.slice(5) <= '06-30'
    ? { start: `${y}-01-01`, end: `${y}-06-30` }
    : { start: `${y}-07-01`, end: `${y}-12-31` };
}
