import type { z } from 'zod';
import { emptyCountRow, halfYearOf, type CountRow, type CountsSummary } from '../../../shared/domain/counts';
import { taskInPeriod, type CountyTask } from '../../../shared/domain/county-tasks';
import type {
  CountyProgress,
  Dashboard,
  DashboardInput,
  EnterpriseGap,
  ForecastRow,
  Headline,
  Retention,
} from '../../../shared/domain/dashboard';
import { PIPELINE_STAGES } from '../../../shared/domain/dashboard';
import type { Enterprise } from '../../../shared/domain/enterprise';
import { addDays, PACE_WINDOW_DAYS } from '../../../shared/domain/forecast';
import { daysBetween, LEAVE_REASONS, stableEntryCutoff } from '../../../shared/domain/pipeline';
import { activeLines, type Period } from '../../../shared/domain/quotas';
import { effectiveAsOf } from '../../../shared/domain/settings';
import type { Database } from '../db/database';
import { listCountyTasks } from './repos/county-tasks';
import { listEnterprises } from '../enterprises/repos/enterprises';
import { readSettings } from '../app/repos/settings';
import { openRequestsOn } from '../fieldwork/repos/service';
import { readCountGroups, summariseGroups } from '../counts/counts';
import type { CountGroup } from '../counts/counts-tally';
import { changesAfter, entriesAsOf, groupsAsOf, type LaterChange } from '../counts/counts-as-of';
import {
  readAfter,
  readDailySeries,
  readEntryGroups,
  readTallyTotals,
  readTransfers,
  stableOn,
  type EntryGroup,
  type TallyTotal,
  type TransferGroup,
} from '../counts/counts-tally';
import { conversionsOf, funnelOf, matrixOf, type Scope } from './figures';
import { forecastInputs, forecastRow } from './forecasts';
import { buildTrend } from './trend';

type Input = z.output<typeof DashboardInput>;

/**
 * What every part of one view is computed from, read once: one scan of the people, one of the tally,
 * everything as it stood at the end of the as-of date (counts-as-of.ts).
 */
export interface Facts {
  asOf: string;
  period: Period;
  stableDays: number;
  groups: CountGroup[];
  /** The counting module's summary over all counties. */
  summary: CountsSummary;
  tally: TallyTotal[];
  enterprises: Enterprise[];
  tasks: CountyTask[];
  transfers: TransferGroup[];
  /** People with something dated after the as-of date, then and now: taken back from every figure. */
  changes: LaterChange[];
}

export function readFacts(db: Database, asOf: string, period: Period, stableDays: number): Facts {
  const cutoff = stableEntryCutoff(asOf, stableDays);
  const changes = changesAfter(db, asOf);
  const groups = groupsAsOf(readCountGroups(db, cutoff), changes, cutoff);
  return {
    asOf,
    period,
    stableDays,
    groups,
    summary: summariseGroups(db, groups, { asOf, period, stableDays }),
    tally: readTallyTotals(db, asOf, addDays(asOf, -(PACE_WINDOW_DAYS - 1))),
    enterprises: listEnterprises(db, true),
    tasks: listCountyTasks(db),
    transfers: readTransfers(db, asOf),
    changes,
  };
}

/** Who ever had a job in the scope, as of the facts' date (for who was stable on which day). */
export function entriesOf(
  db: Database,
  facts: Pick<Facts, 'changes'>,
  filter: { countyCode: string | null; employerId: string | null },
): EntryGroup[] {
  return entriesAsOf(readEntryGroups(db, filter), facts.changes, filter);
}

/** The last day an enterprise's demand in the period is due: its latest line there. */
export function demandDeadline(e: Enterprise, period: Period): string | null {
  let last: string | null = null;
  for (const l of activeLines(e, period)) if (last === null || l.periodEnd > last) last = l.periodEnd;
  return last;
}

/** Net transfers into the scope's enterprise per day (none without one: transfers move no totals). */
export function netTransfers(transfers: readonly TransferGroup[], scope: Scope): Map<string, number> {
  const net = new Map<string, number>();
  if (scope.enterpriseId === null) return net;
  for (const t of transfers) {
    if (scope.countyCode !== null && t.county_code !== scope.countyCode) continue;
    const into = t.to_enterprise_id === scope.enterpriseId ? t.people : 0;
    const out = t.from_enterprise_id === scope.enterpriseId ? t.people : 0;
    if (into !== out) net.set(t.date, (net.get(t.date) ?? 0) + into - out);
  }
  return net;
}

export const tallyInScope = (rows: readonly TallyTotal[], scope: Scope) =>
  rows.filter(
    (r) =>
      (scope.countyCode === null || r.county_code === scope.countyCode) &&
      (scope.enterpriseId === null || r.enterprise_id === scope.enterpriseId),
  );

/** Demand of all enterprises or one; one county's task; null for a county and an enterprise together. */
export function targetOf(
  facts: Pick<Facts, 'enterprises' | 'tasks'>,
  scope: Scope,
  period: Period,
): { target: number | null; deadline: string | null } {
  if (scope.countyCode !== null) {
    if (scope.enterpriseId !== null) return { target: null, deadline: null };
    const task = taskInPeriod(facts.tasks, scope.countyCode, period);
    return { target: task?.headcount ?? null, deadline: task?.deadline ?? null };
  }
  let target = 0;
  let deadline: string | null = null;
  for (const e of facts.enterprises) {
    if (scope.enterpriseId !== null && e.id !== scope.enterpriseId) continue;
    for (const l of activeLines(e, period)) {
      target += l.headcount;
      if (deadline === null || l.periodEnd > deadline) deadline = l.periodEnd;
    }
  }
  return { target, deadline };
}

/** The counting module's figures for a scope: the totals, or one enterprise's row, over the scope's county. */
function rowOf(summary: CountsSummary, enterpriseId: string | null): CountRow {
  if (enterpriseId === null) return summary.totals;
  return summary.byEnterprise.find((e) => e.enterpriseId === enterpriseId) ?? emptyCountRow();
}

function headlineOf(
  facts: Facts,
  scoped: CountsSummary,
  scope: Scope,
  entries: readonly EntryGroup[],
  input: Input,
  afterAsOf: Headline['afterAsOf'],
): Headline {
  const row = rowOf(scoped, scope.enterpriseId);
  const { target } = targetOf(facts, scope, facts.period);
  const yesterday = addDays(facts.asOf, -1);
  // The default period follows the as-of date, so yesterday's demand may be another half-year's.
  const before = targetOf(facts, scope, input.period ?? halfYearOf(yesterday)).target;
  let trips = 0;
  let hires = 0;
  let leavers = 0;
  for (const r of tallyInScope(facts.tally, scope)) {
    if (r.type === 'transported') trips += r.day;
    else if (r.type === 'employed') hires += r.day;
    else if (r.type === 'left') leavers += r.day;
  }
  const employedNowChange = hires - leavers + (netTransfers(facts.transfers, scope).get(facts.asOf) ?? 0);
  const stableChange =
    stableOn(entries, facts.asOf, stableEntryCutoff(facts.asOf, facts.stableDays)) -
    stableOn(entries, yesterday, stableEntryCutoff(yesterday, facts.stableDays));
  const targetChange = target === null || before === null ? null : target - before;
  return {
    target,
    targetKind: scope.countyCode !== null ? 'task' : 'demand',
    employed: row.employed,
    employedNow: row.employedNow,
    stable: row.stable,
    gap: target === null ? null : target - row.employedNow,
    transportedTrips: row.transportedTrips,
    transportedPeople: row.transportedPeople,
    change: {
      target: targetChange,
      employed: hires,
      employedNow: employedNowChange,
      stable: stableChange,
      gap: targetChange === null ? null : targetChange - employedNowChange,
      transportedTrips: trips,
    },
    afterAsOf,
  };
}

/** Demand against people employed and on their way, per enterprise; from the chosen county only when one is. */
function enterpriseGaps(
  facts: Facts,
  scoped: CountsSummary,
  scope: Scope,
  openRequests: ReadonlyMap<string, number>,
): EnterpriseGap[] {
  const overall = new Map(facts.summary.byEnterprise.map((e) => [e.enterpriseId, e]));
  return scoped.byEnterprise
    .filter((e) => scope.enterpriseId === null || e.enterpriseId === scope.enterpriseId)
    .map((e) => {
      const pipeline = Object.fromEntries(
        PIPELINE_STAGES.map((s) => [s, e.stages[s]]),
      ) as EnterpriseGap['pipeline'];
      return {
        enterpriseId: e.enterpriseId,
        name: e.name,
        shortName: e.shortName,
        demand: e.demand,
        employed: e.employed,
        employedNow: e.employedNow,
        stable: e.stable,
        gap: overall.get(e.enterpriseId)?.gap ?? e.gap,
        pipeline,
        inPipeline: PIPELINE_STAGES.reduce((n, s) => n + e.stages[s], 0),
        openRequests: openRequests.get(e.enterpriseId) ?? 0,
      };
    })
    .filter((e) => e.demand > 0 || e.employed > 0 || e.inPipeline > 0 || e.openRequests > 0);
}

/** Each county's task against what it delivered, and whether it is ahead of an even pace through the task's period. */
function countyProgress(facts: Facts): CountyProgress[] {
  return facts.summary.byCounty.map((c) => {
    const task = taskInPeriod(facts.tasks, c.code, facts.period);
    const complete = task && task.headcount > 0 ? c.employedNow / task.headcount : null;
    const expected = task
      ? Math.min(
          1,
          Math.max(
            0,
            (daysBetween(task.start, facts.asOf) + 1) / (daysBetween(task.start, task.deadline) + 1),
          ),
        )
      : null;
    let pace: CountyProgress['pace'] = 'no_task';
    if (task) {
      if (c.employedNow >= task.headcount) pace = 'met';
      else pace = (complete ?? 0) >= (expected ?? 0) ? 'ahead' : 'behind';
    }
    return {
      code: c.code,
      nameZh: c.nameZh,
      nameEn: c.nameEn,
      task: task?.headcount ?? null,
      deadline: task?.deadline ?? null,
      signedUp: c.signedUp,
      transportedPeople: c.transportedPeople,
      transportedTrips: c.transportedTrips,
      employed: c.employed,
      employedNow: c.employedNow,
      stable: c.stable,
      complete,
      expected,
      pace,
    };
  });
}

/** One forecast per enterprise with demand due in the period and per county with a task. */
export function forecastsOf(facts: Facts): ForecastRow[] {
  const prefecture = conversionsOf(facts.groups, { countyCode: null, enterpriseId: null });
  const rows: ForecastRow[] = [];
  const employedNow = new Map(facts.summary.byEnterprise.map((e) => [e.enterpriseId, e.employedNow]));
  for (const e of facts.enterprises) {
    const deadline = demandDeadline(e, facts.period);
    const { target } = targetOf(facts, { countyCode: null, enterpriseId: e.id }, facts.period);
    if (deadline === null || !target) continue;
    const scope = { countyCode: null, enterpriseId: e.id };
    const facts1 = { target, achieved: employedNow.get(e.id) ?? 0, deadline, asOf: facts.asOf };
    const inputs = forecastInputs(facts1, scope, facts.groups, facts.tally, prefecture);
    rows.push(
      forecastRow('enterprise', e.id, { name: e.shortName || e.name, nameEn: e.shortName || e.name }, inputs),
    );
  }
  for (const c of facts.summary.byCounty) {
    const task = taskInPeriod(facts.tasks, c.code, facts.period);
    if (!task || task.headcount === 0) continue;
    const scope = { countyCode: c.code, enterpriseId: null };
    const facts1 = {
      target: task.headcount,
      achieved: c.employedNow,
      deadline: task.deadline,
      asOf: facts.asOf,
    };
    const inputs = forecastInputs(facts1, scope, facts.groups, facts.tally, prefecture);
    rows.push(forecastRow('county', c.code, { name: c.nameZh, nameEn: c.nameEn }, inputs));
  }
  // Largest target first within each kind, as the gap chart orders enterprises.
  const kindOrder = (r: ForecastRow) => (r.kind === 'enterprise' ? 0 : 1);
  return rows.sort((a, b) => kindOrder(a) - kindOrder(b) || b.inputs.target - a.inputs.target);
}

function retentionOf(row: CountRow, facts: Facts, scope: Scope): Retention {
  const byReason = new Map<string, number>();
  for (const r of tallyInScope(facts.tally, scope)) {
    if (r.type === 'left') byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + r.total);
  }
  const reasons = LEAVE_REASONS.map((reason) => ({ reason, count: byReason.get(reason) ?? 0 }));
  return {
    employed: row.employed,
    employedNow: row.employedNow,
    stable: row.stable,
    rate: row.employed > 0 ? row.stable / row.employed : null,
    left: reasons.reduce((n, r) => n + r.count, 0),
    byReason: reasons,
  };
}

/** The supervisors' dashboard: every figure from the counting module, for a period, county and enterprise. */
export function dashboard(db: Database, input: Input, now: string): Dashboard {
  const settings = readSettings(db);
  const asOf = input.asOf ?? effectiveAsOf(settings, new Date(now));
  const period = input.period ?? halfYearOf(asOf);
  const stableDays = settings.stableDays;
  const scope: Scope = { countyCode: input.countyCode, enterpriseId: input.enterpriseId };
  const facts = readFacts(db, asOf, period, stableDays);
  const scoped =
    scope.countyCode === null
      ? facts.summary
      : summariseGroups(
          db,
          facts.groups.filter((g) => g.county_code === scope.countyCode),
          { asOf, period, stableDays },
        );
  const entries = entriesOf(db, facts, { countyCode: scope.countyCode, employerId: scope.enterpriseId });
  const headline = headlineOf(facts, scoped, scope, entries, input, readAfter(db, asOf, scope));
  const forecasts = forecastsOf(facts);

  const goal = targetOf(facts, scope, period);
  const prefecture = conversionsOf(facts.groups, { countyCode: null, enterpriseId: null });
  const pace =
    goal.target !== null && goal.deadline !== null
      ? forecastInputs(
          { target: goal.target, achieved: headline.employedNow, deadline: goal.deadline, asOf },
          scope,
          facts.groups,
          facts.tally,
          prefecture,
        ).hiresInWindow / PACE_WINDOW_DAYS
      : 0;
  const last = asOf < period.end ? asOf : period.end;
  const trend = buildTrend(
    readDailySeries(db, period.start, last, scope),
    entries,
    netTransfers(facts.transfers, scope),
    period,
    asOf,
    stableDays,
    { target: goal.target, deadline: goal.deadline, hiresPerDay: pace },
  );

  return {
    asOf,
    stableDays,
    period,
    countyCode: scope.countyCode,
    enterpriseId: scope.enterpriseId,
    headline,
    enterprises: enterpriseGaps(facts, scoped, scope, openRequestsOn(db, asOf)),
    counties: countyProgress(facts),
    matrix: matrixOf(facts.groups),
    funnel: funnelOf(facts.groups, scope),
    trend,
    retention: retentionOf(rowOf(scoped, scope.enterpriseId), facts, scope),
    forecasts,
  };
}
