import type { DiaryEntry, WeeklyDiary } from '../../../shared/contract/stabilisation';
import { addDays } from '../../../shared/domain/forecast';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { toFen, toYuan } from '../../../shared/domain/service-cases';
import { mondayOf } from '../../../shared/domain/week';
import type { Database } from '../db/database';
import { leavesStartingBetween } from './repos/leaves';
import { visitsBetween } from './repos/return-visits';
import { casesActiveBetween } from './repos/service-cases';
import { getClass } from './repos/special-classes';
import { transfersBetween } from './repos/transfers';
import { atRiskList } from './lists';
import { countsSummary } from '../counts/counts';

const KIND_ORDER: Record<DiaryEntry['kind'], number> = {
  case_opened: 0,
  action: 1,
  case_resolved: 2,
  transfer_in: 3,
  transfer_out: 4,
  leave: 5,
  visit: 6,
};

/**
 * One special class's week of the factory diary, Monday to Sunday: cases opened, what was done and
 * given, cases closed, transfers in and out, leave arranged, and visits at its enterprise that found
 * something (every visit is counted in the totals).
 */
export function weeklyDiary(db: Database, classId: string, weekStart: string, now: string): WeeklyDiary {
  const cls = getClass(db, classId);
  const from = mondayOf(weekStart);
  const to = addDays(from, 6);
  const here = cls.enterpriseId;
  const people = new Map(
    db
      .all<{ id: string; id_number: string; county_code: string }>(
        `SELECT s.id, s.id_number, s.county_code FROM seekers s WHERE s.seq IN (
           SELECT seeker_seq FROM service_cases WHERE enterprise_id = ?
           UNION SELECT seeker_seq FROM transfers WHERE from_enterprise_id = ? OR to_enterprise_id = ?
           UNION SELECT seeker_seq FROM return_visits WHERE visited_on BETWEEN ? AND ?
           UNION SELECT seeker_seq FROM leaves WHERE start_date BETWEEN ? AND ?)`,
        [here, here, here, from, to, from, to],
      )
      .map((p) => [p.id, { idMasked: maskIdNumber(p.id_number), countyCode: p.county_code }]),
  );
  const who = (seekerId: string) => people.get(seekerId) ?? { idMasked: '', countyCode: '' };
  const base = { cashYuan: 0, goods: '', visit: null, caseType: null, period: null, move: null };
  const entries: DiaryEntry[] = [];
  const inWeek = (d: string | null) => d !== null && d >= from && d <= to;

  for (const c of casesActiveBetween(db, from, to).filter((c) => c.enterpriseId === here)) {
    const person = { seekerName: c.seekerName, ...who(c.seekerId), caseType: c.type };
    if (inWeek(c.openedOn))
      entries.push({
        ...base,
        ...person,
        date: c.openedOn,
        kind: 'case_opened',
        text: c.request,
        by: c.recordedBy,
      });
    for (const a of c.actions.filter((a) => inWeek(a.date))) {
      entries.push({
        ...base,
        ...person,
        date: a.date,
        kind: 'action',
        text: a.action,
        by: a.handledBy || a.recordedBy,
        cashYuan: a.cashYuan,
        goods: a.goods,
      });
    }
    if (c.status === 'resolved' && inWeek(c.resolvedOn))
      entries.push({
        ...base,
        ...person,
        date: c.resolvedOn!,
        kind: 'case_resolved',
        text: c.outcome,
        by: c.handledBy,
      });
  }
  const transfers = transfersBetween(db, from, to).filter(
    (t) => t.toEnterpriseId === here || t.fromEnterpriseId === here,
  );
  for (const t of transfers) {
    const moved = t.fromEnterpriseId === here && t.toEnterpriseId !== here ? 'transfer_out' : 'transfer_in';
    entries.push({
      ...base,
      seekerName: t.seekerName,
      ...who(t.seekerId),
      date: t.date,
      kind: moved,
      text: t.reason,
      move: { from: t.fromEnterpriseName, fromPost: t.fromPost, to: t.toEnterpriseName, toPost: t.toPost },
      by: t.recordedBy,
    });
  }
  const employedHere = new Set(
    db
      .all<{ id: string }>("SELECT id FROM seekers WHERE stage = 'employed' AND employer_id = ?", [here])
      .map((r) => r.id),
  );
  const waitingHere = new Set(
    db
      .all<{ id: string }>("SELECT id FROM seekers WHERE stage <> 'employed' AND enterprise_id = ?", [here])
      .map((r) => r.id),
  );
  const atHere = (id: string) => employedHere.has(id) || waitingHere.has(id);
  const leaves = leavesStartingBetween(db, from, to).filter((l) => atHere(l.seekerId));
  for (const l of leaves) {
    entries.push({
      ...base,
      seekerName: l.seekerName,
      ...who(l.seekerId),
      date: l.startDate,
      kind: 'leave',
      text: l.reason,
      period: { start: l.startDate, end: l.endDate },
      by: l.approvedBy || l.recordedBy,
    });
  }
  const visits = visitsBetween(db, from, to).filter((v) => atHere(v.seekerId));
  // A visit where all was well is counted, not told: the diary keeps to what needs reading.
  const telling = visits.filter((v) => !v.reached || v.risk !== 'none' || v.wellbeing === 'poor');
  for (const v of telling) {
    entries.push({
      ...base,
      seekerName: v.seekerName,
      ...who(v.seekerId),
      date: v.visitedOn,
      kind: 'visit',
      text: v.notes,
      by: v.visitedBy || v.recordedBy,
      visit: { reached: v.reached, wellbeing: v.wellbeing, risk: v.risk },
    });
  }
  entries.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.seekerName.localeCompare(b.seekerName, 'zh-CN'),
  );

  const count = (kind: DiaryEntry['kind']) => entries.filter((e) => e.kind === kind).length;
  const stillOpen =
    db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM service_cases WHERE enterprise_id = ? AND opened_on <= ?
       AND (resolved_on IS NULL OR resolved_on > ?)`,
      [here, to, to],
    )?.n ?? 0;
  const counts = countsSummary(db, { asOf: null, period: null }, now);
  return {
    specialClass: cls,
    weekStart: from,
    weekEnd: to,
    entries,
    totals: {
      casesOpened: count('case_opened'),
      casesResolved: count('case_resolved'),
      actions: count('action'),
      visits: visits.length,
      reached: visits.filter((v) => v.reached).length,
      cashYuan: toYuan(entries.reduce((sum, e) => sum + toFen(e.cashYuan), 0)),
      transfersIn: count('transfer_in'),
      transfersOut: count('transfer_out'),
      leaves: leaves.length,
      stillOpen,
    },
    employedNow: counts.byEnterprise.find((e) => e.enterpriseId === here)?.employedNow ?? 0,
    atRisk: atRiskList(db, null, here, now).rows.length,
  };
}
