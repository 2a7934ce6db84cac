import { halfYearOf } from '../../../shared/domain/counts';
import { taskInPeriod } from '../../../shared/domain/county-tasks';
import type {
  DailyReportSnapshot,
  ReportCountyRow,
  ReportEnterpriseRow,
  ReportSection,
  ReportTotals,
} from '../../../shared/domain/daily-report';
import { visitFiguresByCounty } from '../../../shared/domain/fieldwork';
import { forecast } from '../../../shared/domain/forecast';
import { stableEntryCutoff } from '../../../shared/domain/pipeline';
import type { Period } from '../../../shared/domain/quotas';
import type { Database } from '../db/database';
import { readSettings } from '../app/repos/settings';
import { countiesActiveOn, stableOn, type TallyTotal } from '../counts/counts-tally';
import { visitCountsUpTo } from '../fieldwork/repos/visits';
import { conversionsOf } from './figures';
import { REPORT_SECTIONS } from './report-sections';
import { demandDeadline, entriesOf, netTransfers, readFacts, tallyInScope, targetOf } from './dashboard';
import { forecastInputs } from './forecasts';

interface DayFigures {
  signedUpDay: number;
  signedUpTotal: number;
  verifiedDay: number;
  verifiedTotal: number;
  tripsDay: number;
  tripsTotal: number;
  employedDay: number;
  /** Hires minus leavers up to the day. */
  employedNow: number;
}

function dayFigures(rows: readonly TallyTotal[]): DayFigures {
  const f: DayFigures = {
    signedUpDay: 0,
    signedUpTotal: 0,
    verifiedDay: 0,
    verifiedTotal: 0,
    tripsDay: 0,
    tripsTotal: 0,
    employedDay: 0,
    employedNow: 0,
  };
  for (const r of rows) {
    if (r.type === 'signed_up') {
      f.signedUpDay += r.day;
      f.signedUpTotal += r.total;
    } else if (r.type === 'verified') {
      f.verifiedDay += r.day;
      f.verifiedTotal += r.total;
    } else if (r.type === 'transported') {
      f.tripsDay += r.day;
      f.tripsTotal += r.total;
    } else if (r.type === 'employed') {
      f.employedDay += r.day;
      f.employedNow += r.total;
    } else if (r.type === 'left') {
      f.employedNow -= r.total;
    }
  }
  return f;
}

const share = (n: number, of: number | null) => (of !== null && of > 0 ? n / of : null);

/**
 * The daily report (日报) for a date, from the counting module: that day's figures and the totals up
 * to it, counted from the events dated up to that day (so a report for an earlier day is that
 * day's picture), stable people as of that day, and each enterprise's forecast.
 */
export function buildDailyReport(db: Database, date: string, period: Period | null): DailyReportSnapshot {
  const { stableDays } = readSettings(db);
  const p = period ?? halfYearOf(date);
  const facts = readFacts(db, date, p, stableDays);
  const active = countiesActiveOn(db, date);
  const cutoff = stableEntryCutoff(date, stableDays);
  const visits = visitFiguresByCounty(visitCountsUpTo(db, date), date);
  const noVisits = { visitsDay: 0, visitsTotal: 0, visitSignUpsDay: 0, visitSignUpsTotal: 0 };

  const counties: ReportCountyRow[] = facts.summary.byCounty.map((c) => {
    const scope = { countyCode: c.code, enterpriseId: null };
    const f = dayFigures(tallyInScope(facts.tally, scope));
    const task = taskInPeriod(facts.tasks, c.code, p)?.headcount ?? null;
    return {
      code: c.code,
      nameZh: c.nameZh,
      nameEn: c.nameEn,
      task,
      ...f,
      stable: stableOn(entriesOf(db, facts, { countyCode: c.code, employerId: null }), date, cutoff),
      complete: share(f.employedNow, task),
      ...(visits.get(c.code) ?? noVisits),
      // A class's visit that day is a report from the county too.
      silent: !active.has(c.code) && !(visits.get(c.code)?.visitsDay ?? 0),
    };
  });

  const tasks = counties.filter((c) => c.task !== null);
  const sum = (pick: (c: ReportCountyRow) => number) => counties.reduce((n, c) => n + pick(c), 0);
  const taskTotal = tasks.length > 0 ? tasks.reduce((n, c) => n + (c.task ?? 0), 0) : null;
  const totals: ReportTotals = {
    task: taskTotal,
    signedUpDay: sum((c) => c.signedUpDay),
    signedUpTotal: sum((c) => c.signedUpTotal),
    verifiedDay: sum((c) => c.verifiedDay),
    verifiedTotal: sum((c) => c.verifiedTotal),
    tripsDay: sum((c) => c.tripsDay),
    tripsTotal: sum((c) => c.tripsTotal),
    employedDay: sum((c) => c.employedDay),
    employedNow: sum((c) => c.employedNow),
    stable: sum((c) => c.stable),
    complete: share(
      sum((c) => c.employedNow),
      taskTotal,
    ),
    visitsDay: sum((c) => c.visitsDay ?? 0),
    visitsTotal: sum((c) => c.visitsTotal ?? 0),
    visitSignUpsDay: sum((c) => c.visitSignUpsDay ?? 0),
    visitSignUpsTotal: sum((c) => c.visitSignUpsTotal ?? 0),
  };

  const prefecture = conversionsOf(facts.groups, { countyCode: null, enterpriseId: null });
  const enterprises: ReportEnterpriseRow[] = [];
  for (const e of facts.enterprises) {
    const scope = { countyCode: null, enterpriseId: e.id };
    const demand = targetOf(facts, scope, p).target ?? 0;
    const f = dayFigures(tallyInScope(facts.tally, scope));
    let transfersIn = 0;
    for (const n of netTransfers(facts.transfers, scope).values()) transfersIn += n;
    const employedNow = f.employedNow + transfersIn;
    if (demand === 0 && employedNow === 0 && f.employedDay === 0) continue;
    const deadline = demandDeadline(e, p);
    const inputs =
      deadline !== null && demand > 0
        ? forecastInputs(
            { target: demand, achieved: employedNow, deadline, asOf: date },
            scope,
            facts.groups,
            facts.tally,
            prefecture,
          )
        : null;
    enterprises.push({
      enterpriseId: e.id,
      name: e.name,
      shortName: e.shortName,
      demand,
      deadline,
      hiresDay: f.employedDay,
      employedNow,
      gap: demand - employedNow,
      forecast: inputs ? forecast(inputs) : null,
    });
  }
  enterprises.sort((a, b) => b.demand - a.demand || a.name.localeCompare(b.name, 'zh-CN'));

  // Further sections (report-sections.ts) give null when they have nothing: no empty headings.
  const sections = REPORT_SECTIONS.map((provide) => provide(db, date)).filter(
    (s): s is ReportSection => s !== null && s.rows.length > 0,
  );
  return { date, stableDays, period: p, counties, totals, enterprises, sections };
}
