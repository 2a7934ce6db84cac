import type { EventType, LeaveReason } from '../../../shared/domain/pipeline';
import type { Database, Params } from '../db/database';

/** People counted in one group of county, enterprise, employer, stage and how far they reached. */
export interface CountGroup {
  county_code: string;
  enterprise_id: string | null;
  employer_id: string | null;
  stage: EventType;
  reached: number;
  people: number;
  trips: number;
  transported: number;
  settled: number | null;
}

/**
 * The counting module over time: figures per day from `event_tally` (migration 0007: events that
 * count per day, county, type, enterprise and leave reason, kept by triggers), and who was stable on
 * which day from the people who ever had a job. An event is counted for the enterprise it names,
 * else the person's current one; `''` is no enterprise.
 */
export interface TallyFilter {
  countyCode: string | null;
  enterpriseId: string | null;
}

/** Totals up to a day, within the pace window ending on it, and on the day itself. */
export interface TallyTotal {
  county_code: string;
  enterprise_id: string;
  type: EventType;
  reason: LeaveReason | '';
  total: number;
  window: number;
  day: number;
}

/** The types totals are read for (the key leads with the type, so the others are skipped). */
export const TOTAL_TYPES = ['signed_up', 'verified', 'transported', 'employed', 'left'] as const;
const quoted = (types: readonly string[]) => types.map((t) => `'${t}'`).join(', ');

const TOTALS_SQL = `SELECT type, county_code, enterprise_id, reason, SUM(n) AS total,
  SUM(CASE WHEN date >= ? THEN n ELSE 0 END) AS window, SUM(CASE WHEN date = ? THEN n ELSE 0 END) AS day
FROM event_tally WHERE type IN (${quoted(TOTAL_TYPES)}) AND date <= ?
GROUP BY type, county_code, enterprise_id, reason HAVING SUM(n) <> 0`;

/** Per county, enterprise, type and reason (a few hundred rows): what pace, forecasts and reports add up. */
export function readTallyTotals(db: Database, day: string, windowStart: string): TallyTotal[] {
  return db.all<TallyTotal>(TOTALS_SQL, [windowStart, day, day]);
}

/** The types the trend shows. */
export const SERIES_TYPES = ['signed_up', 'transported', 'employed', 'left'] as const;
export type SeriesType = (typeof SERIES_TYPES)[number];

export interface SeriesPoint {
  /** `''` carries everything before the first day (the running totals' starting values). */
  date: string;
  type: SeriesType;
  n: number;
}

function where(filter: TallyFilter, params: (string | number)[]): string {
  let clause = '';
  if (filter.countyCode !== null) {
    clause += ' AND county_code = ?';
    params.push(filter.countyCode);
  }
  if (filter.enterpriseId !== null) {
    clause += ' AND enterprise_id = ?';
    params.push(filter.enterpriseId);
  }
  return clause;
}

/** Sign-ups, person-trips, hires and leavers per day from `from` to `to`, filtered. */
export function readDailySeries(db: Database, from: string, to: string, filter: TallyFilter): SeriesPoint[] {
  const params: (string | number)[] = [from, to];
  const filterSql = where(filter, params);
  return db.all<SeriesPoint>(
    `SELECT CASE WHEN date < ? THEN '' ELSE date END AS date, type, SUM(n) AS n FROM event_tally
     WHERE type IN (${quoted(SERIES_TYPES)}) AND date <= ?${filterSql}
     GROUP BY 1, 2`,
    params,
  );
}

/** What was recorded dated after a day (counted in no figure as of that day): person-trips and hires. */
export function readAfter(
  db: Database,
  day: string,
  filter: TallyFilter,
): { transportedTrips: number; employed: number } {
  const params: (string | number)[] = [day];
  const filterSql = where(filter, params);
  const rows = db.all<{ type: string; n: number }>(
    `SELECT type, SUM(n) AS n FROM event_tally WHERE type IN ('transported', 'employed') AND date > ?${filterSql}
     GROUP BY type`,
    params,
  );
  const of = (type: string) => rows.find((r) => r.type === type)?.n ?? 0;
  return { transportedTrips: of('transported'), employed: of('employed') };
}

/** Did each county record anything dated that day? (A county silent on its daily report is flagged.) */
export function countiesActiveOn(db: Database, day: string): Set<string> {
  return new Set(
    db
      .all<{ county_code: string }>(
        'SELECT DISTINCT county_code FROM event_tally WHERE date = ? AND n <> 0',
        [day],
      )
      .map((r) => r.county_code),
  );
}

/** People who ever had a job, by entry date and (unless still employed) the date they moved on. */
export interface EntryGroup {
  entry_date: string;
  /** Null while employed; else the date of their current stage (left, or later steps after leaving). */
  left_on: string | null;
  people: number;
}

/**
 * Two passes over the `seekers_entries` partial index (only people with an entry date), named so
 * that SQLite does not pick the stage index and visit the table: those still employed by entry
 * date, streamed in index order; the others (far fewer) by entry date and the date they moved on.
 */
export function readEntryGroups(
  db: Database,
  filter: { countyCode: string | null; employerId: string | null },
): EntryGroup[] {
  const params: Params = [];
  let clause = '';
  if (filter.countyCode !== null) {
    clause += ' AND county_code = ?';
    params.push(filter.countyCode);
  }
  if (filter.employerId !== null) {
    clause += ' AND employer_id = ?';
    params.push(filter.employerId);
  }
  const from = 'FROM seekers INDEXED BY seekers_entries WHERE entry_date IS NOT NULL';
  return [
    ...db.all<EntryGroup>(
      `SELECT entry_date, NULL AS left_on, COUNT(*) AS people ${from} AND stage = 'employed'${clause} GROUP BY 1`,
      params,
    ),
    ...db.all<EntryGroup>(
      `SELECT entry_date, stage_date AS left_on, COUNT(*) AS people ${from} AND stage <> 'employed'${clause}
       GROUP BY 1, 2`,
      params,
    ),
  ];
}

/** People stable on `day`: on the job that day and at least `stableDays` past their entry. */
export function stableOn(groups: readonly EntryGroup[], day: string, cutoff: string): number {
  let n = 0;
  for (const g of groups) {
    if (g.entry_date <= cutoff && g.entry_date <= day && (g.left_on === null || g.left_on > day))
      n += g.people;
  }
  return n;
}

/** Transfers that count (stabilisation): they move a person's job between enterprises without an event. */
export interface TransferGroup {
  county_code: string;
  date: string;
  from_enterprise_id: string;
  to_enterprise_id: string;
  people: number;
}

export function readTransfers(db: Database, upTo: string): TransferGroup[] {
  return db.all<TransferGroup>(
    `SELECT s.county_code, t.date, t.from_enterprise_id, t.to_enterprise_id, COUNT(*) AS people
     FROM transfers t JOIN seekers s ON s.seq = t.seeker_seq WHERE t.voided = 0 AND t.date <= ?
     GROUP BY 1, 2, 3, 4`,
    [upTo],
  );
}
