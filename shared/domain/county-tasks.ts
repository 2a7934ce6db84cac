import { z } from 'zod';
import { COUNTIES } from './counties';
import { isoDate, optionalText, timestamp, uuid } from './fields';
import { lineInPeriod, type Period } from './quotas';

const COUNTY_CODES = COUNTIES.map((c) => c.code) as [string, ...string[]];

export const TASK_MAX = 100_000;

/**
 * The prefecture's recruitment task for one county: people to deliver in a period. Saved for one
 * period at a time, all counties together, as the prefecture hands them out.
 */
export const CountyTask = z.object({
  id: uuid,
  countyCode: z.string(),
  headcount: z.number().int(),
  periodStart: z.string(),
  periodEnd: z.string(),
  notes: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type CountyTask = z.infer<typeof CountyTask>;

export const CountyTasksInput = z
  .object({
    periodStart: isoDate,
    periodEnd: isoDate,
    /** One entry per county; a null headcount removes that county's task for the period. */
    tasks: z
      .array(
        z
          .object({
            countyCode: z.enum(COUNTY_CODES, { error: 'v.county' }),
            headcount: z
              .number({ error: 'v.number' })
              .int({ error: 'v.integer' })
              .min(0, { error: 'v.not_negative' })
              .max(TASK_MAX, { error: 'v.too_large' })
              .nullable(),
            notes: optionalText(200),
          })
          .strict(),
      )
      .max(COUNTIES.length),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.periodEnd < input.periodStart) {
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'v.period_order' });
    }
    const seen = new Set<string>();
    input.tasks.forEach((t, i) => {
      if (seen.has(t.countyCode)) ctx.addIssue({ code: 'custom', path: ['tasks', i], message: 'v.invalid' });
      seen.add(t.countyCode);
    });
  });
export type CountyTasksInput = z.input<typeof CountyTasksInput>;

/**
 * A county's task in a period: its tasks lying inside the period (as demand lines count), from the
 * first day set to the last day due. Null when the county has none there.
 */
export function taskInPeriod(
  tasks: readonly CountyTask[],
  countyCode: string,
  period: Period,
): { headcount: number; start: string; deadline: string } | null {
  let found: { headcount: number; start: string; deadline: string } | null = null;
  for (const t of tasks) {
    if (t.countyCode !== countyCode || !lineInPeriod(t, period)) continue;
    found ??= { headcount: 0, start: t.periodStart, deadline: t.periodEnd };
    found.headcount += t.headcount;
    if (t.periodStart < found.start) found.start = t.periodStart;
    if (t.periodEnd > found.deadline) found.deadline = t.periodEnd;
  }
  return found;
}
