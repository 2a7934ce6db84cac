import type {
  AtRiskList,
  StabilisationOverview,
  VisitDueRow,
  VisitsDue,
} from '../../../shared/contract/stabilisation';
import { compareAtRisk } from '../../../shared/domain/at-risk';
import { compareIso, nextOpenSlot } from '../../../shared/domain/return-visits';
import { effectiveAsOf } from '../../../shared/domain/settings';
import { onDuty } from '../../../shared/domain/special-classes';
import type { Database } from '../db/database';
import { readSettings } from '../app/repos/settings';
import { listClasses } from './repos/special-classes';
import { countsSummary } from '../counts/counts';
import { assess, watchedPeople, type Assessment, type RuleContext, type Watched } from './population';

export function ruleContext(db: Database, asOf: string | null, now: string): RuleContext {
  const settings = readSettings(db);
  return {
    asOf: asOf ?? effectiveAsOf(settings, new Date(now)),
    settings,
    classes: listClasses(db),
  };
}

const personRef = (p: Watched, a: Assessment) => ({
  seekerId: p.id,
  name: p.name,
  idMasked: p.idMasked,
  phoneMasked: p.phoneMasked,
  countyCode: p.countyCode,
  stage: p.stage,
  enterpriseId: p.enterpriseId,
  enterpriseName: p.enterpriseName,
  responsible: a.responsible,
  onLeave: a.onLeave,
});

/** Visits overdue (most overdue first), then those due within the week (soonest first). */
export function visitsDue(
  db: Database,
  asOf: string | null,
  enterpriseId: string | null,
  now: string,
): VisitsDue {
  const ctx = ruleContext(db, asOf, now);
  const rows: VisitDueRow[] = [];
  for (const p of watchedPeople(db, enterpriseId)) {
    const a = assess(p, ctx);
    const slot = nextOpenSlot(a.schedule);
    if (!slot || (slot.status !== 'overdue' && slot.status !== 'due')) continue;
    const last = a.lastVisit;
    rows.push({
      ...personRef(p, a),
      slot,
      lastVisit: last ? { date: last.date, reached: last.reached, risk: last.risk } : null,
    });
  }
  rows.sort(
    (x, y) =>
      y.slot.daysOverdue - x.slot.daysOverdue ||
      compareIso(x.slot.due, y.slot.due) ||
      x.name.localeCompare(y.name, 'zh-CN'),
  );
  const overdue = rows.filter((r) => r.slot.status === 'overdue').length;
  return { asOf: ctx.asOf, rows, overdue, due: rows.length - overdue };
}

export function atRiskList(
  db: Database,
  asOf: string | null,
  enterpriseId: string | null,
  now: string,
): AtRiskList {
  const ctx = ruleContext(db, asOf, now);
  const rows = watchedPeople(db, enterpriseId)
    .map((p) => ({ p, a: assess(p, ctx) }))
    .filter(({ a }) => a.signals.length > 0)
    .map(({ p, a }) => ({
      ...personRef(p, a),
      signals: a.signals,
      urgency: a.urgency,
      caseId: a.quitCaseId,
    }));
  rows.sort(compareAtRisk);
  return { asOf: ctx.asOf, rows };
}

/**
 * Each enterprise with its class, its staff on duty and its figures: employed now, stable and left
 * from the counting module; open cases, overdue visits, leave and the at-risk from the diary.
 */
export function overview(db: Database, asOf: string | null, now: string): StabilisationOverview {
  const ctx = ruleContext(db, asOf, now);
  const counts = countsSummary(db, { asOf: ctx.asOf, period: null }, now);
  const perEnterprise = new Map<string, { overdue: number; atRisk: number; onLeave: number }>();
  for (const p of watchedPeople(db)) {
    if (p.enterpriseId === null) continue;
    const a = assess(p, ctx);
    let t = perEnterprise.get(p.enterpriseId);
    if (!t) perEnterprise.set(p.enterpriseId, (t = { overdue: 0, atRisk: 0, onLeave: 0 }));
    if (a.schedule.some((s) => s.status === 'overdue')) t.overdue++;
    if (a.signals.length > 0) t.atRisk++;
    if (a.onLeave) t.onLeave++;
  }
  const openCases = new Map(
    db
      .all<{ enterprise_id: string; n: number }>(
        `SELECT enterprise_id, COUNT(*) AS n FROM service_cases
         WHERE status <> 'resolved' AND enterprise_id IS NOT NULL GROUP BY enterprise_id`,
      )
      .map((r) => [r.enterprise_id, r.n]),
  );
  const enterprises = counts.byEnterprise.map((e) => {
    const cls =
      ctx.classes.find((c) => c.enterpriseId === e.enterpriseId && onDuty(c, ctx.asOf)) ??
      ctx.classes.find((c) => c.enterpriseId === e.enterpriseId) ??
      null;
    const t = perEnterprise.get(e.enterpriseId);
    return {
      enterpriseId: e.enterpriseId,
      name: e.name,
      shortName: e.shortName,
      classId: cls?.id ?? null,
      className: cls?.name ?? '',
      staff: (cls?.members ?? [])
        .filter((m) => onDuty(m, ctx.asOf))
        .map((m) => ({ name: m.name, countyCode: m.countyCode, role: m.role })),
      employedNow: e.employedNow,
      stable: e.stable,
      left: e.left,
      transfersIn: e.transfersIn,
      transfersOut: e.transfersOut,
      onLeave: t?.onLeave ?? 0,
      openCases: openCases.get(e.enterpriseId) ?? 0,
      overdueVisits: t?.overdue ?? 0,
      atRisk: t?.atRisk ?? 0,
    };
  });
  return { asOf: ctx.asOf, stableDays: counts.stableDays, enterprises };
}
