import { z } from 'zod';
import { ForecastResult } from './dashboard';
import { isoDate, timestamp, uuid } from './fields';

const int = z.number().int();

/** One county's line of the daily report (日报): that day's figures and the totals up to it. */
export const ReportCountyRow = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  task: int.nullable(),
  signedUpDay: int,
  signedUpTotal: int,
  verifiedDay: int,
  verifiedTotal: int,
  tripsDay: int,
  tripsTotal: int,
  employedDay: int,
  /** On the job at the end of the day. */
  employedNow: int,
  stable: int,
  /** employed now ÷ task; null without a task. */
  complete: z.number().nullable(),
  /**
   * The recruitment classes' field visits dated that day and up to it, and the people they signed
   * up. Null in reports generated before visits were kept: those still open, without the columns.
   */
  visitsDay: int.nullable().default(null),
  visitsTotal: int.nullable().default(null),
  visitSignUpsDay: int.nullable().default(null),
  visitSignUpsTotal: int.nullable().default(null),
  /** Nothing at all was recorded for this county dated that day. */
  silent: z.boolean(),
});
export type ReportCountyRow = z.infer<typeof ReportCountyRow>;

export const ReportEnterpriseRow = z.object({
  enterpriseId: z.string(),
  name: z.string(),
  shortName: z.string(),
  demand: int,
  deadline: z.string().nullable(),
  hiresDay: int,
  employedNow: int,
  gap: int,
  forecast: ForecastResult.nullable(),
});
export type ReportEnterpriseRow = z.infer<typeof ReportEnterpriseRow>;

/**
 * A further section some other part of the console contributes (e.g. notable service cases once
 * stabilisation reports them): a titled table, frozen with the rest. Sections with no rows are
 * not added, so a report never shows an empty heading.
 */
export const ReportSection = z.object({
  kind: z.string(),
  /** i18n key of the title. */
  title: z.string(),
  /** i18n key of each header; `translate`: the column's values are i18n keys too (e.g. a case type). */
  columns: z.array(z.object({ title: z.string(), translate: z.boolean().default(false) })),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
});
export type ReportSection = z.infer<typeof ReportSection>;

export const ReportTotals = ReportCountyRow.omit({ code: true, nameZh: true, nameEn: true, silent: true });
export type ReportTotals = z.infer<typeof ReportTotals>;

/** What a generated report holds: everything it shows, so it never changes after generation. */
export const DailyReportSnapshot = z.object({
  date: z.string(),
  stableDays: int,
  period: z.object({ start: z.string(), end: z.string() }),
  counties: z.array(ReportCountyRow),
  totals: ReportTotals,
  enterprises: z.array(ReportEnterpriseRow),
  sections: z.array(ReportSection),
});
export type DailyReportSnapshot = z.infer<typeof DailyReportSnapshot>;

/** Which of the reports generated for its date this is (1 = the first), and how many there are. */
const Versioned = z.object({ version: int.min(1), versions: int.min(1) });

export const DailyReport = DailyReportSnapshot.extend({
  id: uuid,
  generatedAt: timestamp,
  generatedBy: z.string(),
}).extend(Versioned.shape);
export type DailyReport = z.infer<typeof DailyReport>;

export const DailyReportListItem = z
  .object({
    id: uuid,
    date: z.string(),
    generatedAt: timestamp,
    generatedBy: z.string(),
    silentCounties: int,
  })
  .extend(Versioned.shape);
export type DailyReportListItem = z.infer<typeof DailyReportListItem>;

export const GenerateReportInput = z
  .object({
    date: isoDate,
    /** Demand period; default the half-year containing the date. */
    period: z.object({ start: isoDate, end: isoDate }).strict().nullable().default(null),
    /**
     * The user knows a report of this date exists and wants another, marked as a new version.
     * Without it, generating a date that has one is refused (`reports.exists`), naming the latest.
     */
    newVersion: z.boolean().default(false),
  })
  .strict();
