import {
  emptyCountRow,
  halfYearOf,
  type CountRow,
  type CountsSummary,
  type CountyCounts,
  type EnterpriseCounts,
} from '../../../shared/domain/counts';
import { stableEntryCutoff } from '../../../shared/domain/pipeline';
import { demandByEnterprise, totalDemand, type Period } from '../../../shared/domain/quotas';
import { effectiveAsOf } from '../../../shared/domain/settings';
import { transferFlows } from '../../../shared/domain/transfers';
import type { Database } from '../db/database';
import { listEnterprises } from '../enterprises/repos/enterprises';
import { changesAfter, groupsAsOf } from './counts-as-of';
import type { CountGroup } from './counts-tally';
import { readSettings } from '../app/repos/settings';

/**
 * The one query behind every figure. It reads `seeker_tally` (migration 0008): the people grouped
 * by county, current enterprise, employer, stage, steps reached and entry date, kept by triggers as
 * they change, so even at 100k people it reads a few thousand rows. The groups are rolled up here
 * into enterprises, counties and totals.
 * `settled` counts those whose latest entry date is on or before the stable cutoff (the parameter);
 * `reached` holds the steps they ever passed (bits: interview 1, exam 2, training 4; migration 0007).
 */
export const COUNTS_SQL = `SELECT county_code, NULLIF(enterprise_id, '') AS enterprise_id,
  NULLIF(employer_id, '') AS employer_id, stage, reached, SUM(people) AS people, SUM(trips) AS trips,
  SUM(transported) AS transported, SUM(CASE WHEN entry_date <> '' AND entry_date <= ? THEN people ELSE 0 END) AS settled
FROM seeker_tally GROUP BY county_code, enterprise_id, employer_id, stage, reached HAVING SUM(people) <> 0`;

/** The same groups counted from the people themselves: what the tally must always equal (tests, bench). */
export const COUNTS_FROM_SEEKERS_SQL = `SELECT county_code, enterprise_id, employer_id, stage, reached,
  COUNT(*) AS people, SUM(trips) AS trips, SUM(trips > 0) AS transported,
  COALESCE(SUM(entry_date <= ?), 0) AS settled
FROM seekers GROUP BY county_code, enterprise_id, employer_id, stage, reached`;

export interface CountsOptions {
  asOf: string | null;
  period: Period | null;
}

/** Where a person is in the pipeline now: counted for their current (else intended) enterprise. */
function addPipeline(row: CountRow, g: CountGroup): void {
  row.signedUp += g.people;
  row.stages[g.stage] += g.people;
  row.transportedTrips += g.trips;
  row.transportedPeople += g.transported;
  if (g.stage === 'withdrawn') row.withdrawn += g.people;
}

/** Employment: counted for the enterprise of the person's latest job. */
function addEmployment(row: CountRow, g: CountGroup): void {
  if (g.employer_id === null) return;
  row.employed += g.people;
  if (g.stage === 'employed') {
    row.employedNow += g.people;
    row.stable += g.settled ?? 0;
  } else {
    row.left += g.people;
  }
}

/**
 * Counts per enterprise, per county, unassigned and in total, as of a date (default: the setting,
 * else today): only what is dated on or before it. Demand in a period (default: the half-year
 * containing that date).
 */
export function countsSummary(db: Database, options: CountsOptions, now: string): CountsSummary {
  const settings = readSettings(db);
  const asOf = options.asOf ?? effectiveAsOf(settings, new Date(now));
  const period = options.period ?? halfYearOf(asOf);
  const cutoff = stableEntryCutoff(asOf, settings.stableDays);
  const groups = groupsAsOf(readCountGroups(db, cutoff), changesAfter(db, asOf), cutoff);
  return summariseGroups(db, groups, { asOf, period, stableDays: settings.stableDays });
}

/** The one scan every count starts from (a few thousand groups even at 100k people). */
export function readCountGroups(db: Database, stableCutoff: string): CountGroup[] {
  return db.all<CountGroup>(COUNTS_SQL, [stableCutoff]);
}

/** Rolls groups up into the summary: all of them, or a selection (one county's, for the dashboard). */
export function summariseGroups(
  db: Database,
  groups: readonly CountGroup[],
  { asOf, period, stableDays }: { asOf: string; period: Period; stableDays: number },
): CountsSummary {
  const totals = emptyCountRow();
  const unassigned = emptyCountRow();
  const byEnterpriseId = new Map<string, CountRow>();
  const byCountyCode = new Map<string, CountRow>();
  const rowFor = (map: Map<string, CountRow>, key: string) => {
    let row = map.get(key);
    if (!row) map.set(key, (row = emptyCountRow()));
    return row;
  };
  for (const g of groups) {
    addPipeline(totals, g);
    addEmployment(totals, g);
    const county = rowFor(byCountyCode, g.county_code);
    addPipeline(county, g);
    addEmployment(county, g);
    addPipeline(g.enterprise_id === null ? unassigned : rowFor(byEnterpriseId, g.enterprise_id), g);
    if (g.employer_id !== null) addEmployment(rowFor(byEnterpriseId, g.employer_id), g);
  }

  const enterprises = listEnterprises(db, true);
  const demands = demandByEnterprise(enterprises, period);
  const demandOf = new Map(demands.map((d) => [d.enterpriseId, d.demand]));
  // Transfers already move people between employers (seeker-state.ts); these say how many moved.
  const flows = transferFlows(
    db.all<{ fromEnterpriseId: string; toEnterpriseId: string }>(
      `SELECT from_enterprise_id AS fromEnterpriseId, to_enterprise_id AS toEnterpriseId FROM transfers
       WHERE voided = 0 AND date <= ?`,
      [asOf],
    ),
  );
  const byEnterprise: EnterpriseCounts[] = enterprises
    .filter((e) => !e.archived || byEnterpriseId.has(e.id))
    .map((e) => {
      const counts = byEnterpriseId.get(e.id) ?? emptyCountRow();
      const demand = demandOf.get(e.id) ?? 0;
      return {
        ...counts,
        enterpriseId: e.id,
        name: e.name,
        shortName: e.shortName,
        demand,
        gap: demand - counts.employedNow,
        transfersIn: flows.get(e.id)?.in ?? 0,
        transfersOut: flows.get(e.id)?.out ?? 0,
      };
    })
    .sort((a, b) => b.demand - a.demand || a.name.localeCompare(b.name, 'zh-CN'));

  const counties = db.all<{ code: string; name_zh: string; name_en: string }>(
    'SELECT code, name_zh, name_en FROM counties ORDER BY code',
  );
  const byCounty: CountyCounts[] = counties.map((c) => ({
    ...(byCountyCode.get(c.code) ?? emptyCountRow()),
    code: c.code,
    nameZh: c.name_zh,
    nameEn: c.name_en,
  }));

  return {
    asOf,
    stableDays,
    period,
    demand: totalDemand(demands),
    totals,
    byEnterprise,
    unassigned,
    byCounty,
  };
}
