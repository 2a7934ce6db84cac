import { riskSignals, urgency, type RiskSignal } from '../../../shared/domain/at-risk';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { awayPeriod, daysNotBack, isAway, type LeaveSpan } from '../../../shared/domain/leave';
import { maskMobile } from '../../../shared/domain/phone';
import type { EventType } from '../../../shared/domain/pipeline';
import {
  employedSchedule,
  waitingSchedule,
  WAITING_STAGES,
  type VisitSlot,
} from '../../../shared/domain/return-visits';
import type { Settings } from '../../../shared/domain/settings';
import { responsibleStaff, type SpecialClass } from '../../../shared/domain/special-classes';
import type { Database } from '../db/database';
import { leaveSpansBySeeker } from './repos/leaves';
import { visitFactsBySeeker, type VisitFact } from './repos/return-visits';
import { transferDatesBySeeker } from './repos/transfers';

/** What the rules need of one person; read for many people at once. */
export interface PersonFacts {
  seq: number;
  countyCode: string;
  stage: EventType;
  stageDate: string;
  entryDate: string | null;
  /** The employer for someone employed, else the enterprise they are waiting at. */
  enterpriseId: string | null;
  visits: readonly VisitFact[];
  transferDates: readonly string[];
  leaves: readonly LeaveSpan[];
  openQuitCases: readonly QuitCase[];
}

export interface QuitCase {
  id: string;
  openedOn: string;
  handledBy: string;
}

export interface Assessment {
  schedule: VisitSlot[];
  lastVisit: VisitFact | null;
  signals: RiskSignal[];
  urgency: number;
  onLeave: boolean;
  responsible: string;
  quitCaseId: string | null;
}

export interface RuleContext {
  asOf: string;
  settings: Pick<Settings, 'visitDays' | 'waitingVisitDays'>;
  classes: readonly SpecialClass[];
}

const WATCHED: readonly EventType[] = ['employed', ...WAITING_STAGES];

/** Schedule, risk and who answers for one person, as of `ctx.asOf`. People no longer with the drive get none. */
export function assess(p: PersonFacts, ctx: RuleContext): Assessment {
  const { asOf } = ctx;
  const visits = p.visits.filter((v) => v.date <= asOf);
  const lastVisit = visits[visits.length - 1] ?? null;
  const lastReached = [...visits].reverse().find((v) => v.reached) ?? null;
  const employed = p.stage === 'employed' && p.entryDate !== null;
  const schedule = !WATCHED.includes(p.stage)
    ? []
    : employed
      ? employedSchedule({
          entryDate: p.entryDate!,
          transferDates: p.transferDates,
          days: ctx.settings.visitDays,
          visits,
          away: p.leaves.map(awayPeriod),
          asOf,
        })
      : waitingSchedule({ since: p.stageDate, every: ctx.settings.waitingVisitDays, visits, asOf });
  const signals = WATCHED.includes(p.stage)
    ? riskSignals({
        openQuitCases: p.openQuitCases,
        latestReachedVisit: lastReached ? { date: lastReached.date, risk: lastReached.risk } : null,
        overdueVisits: schedule.filter((s) => s.status === 'overdue').map((s) => s.due),
        notBackFrom: employed ? p.leaves.filter((l) => daysNotBack(l, asOf) > 0).map((l) => l.end) : [],
      })
    : [];
  const quit = p.openQuitCases[0] ?? null;
  // Whoever took the case answers for it; otherwise the class's rule (same county, else the lead).
  const responsible =
    (quit?.handledBy || responsibleStaff(ctx.classes, p.enterpriseId, p.countyCode, asOf)?.name) ?? '';
  return {
    schedule,
    lastVisit,
    signals,
    urgency: urgency(signals, asOf),
    onLeave: employed && p.leaves.some((l) => isAway(l, asOf)),
    responsible,
    quitCaseId: quit?.id ?? null,
  };
}

/** A person as the lists show them: masked numbers and their enterprise's name. */
export interface Watched extends PersonFacts {
  id: string;
  name: string;
  idMasked: string;
  phoneMasked: string;
  enterpriseName: string | null;
}

function quitCasesBySeeker(db: Database): Map<number, QuitCase[]> {
  const out = new Map<number, QuitCase[]>();
  for (const r of db.all<{ id: string; seeker_seq: number; opened_on: string; handled_by: string | null }>(
    `SELECT c.id, c.seeker_seq, c.opened_on,
       (SELECT a.handled_by FROM case_actions a WHERE a.case_id = c.id AND a.handled_by <> ''
        ORDER BY a.date DESC, a.recorded_at DESC LIMIT 1) AS handled_by
     FROM service_cases c WHERE c.type = 'intention_to_quit' AND c.status <> 'resolved' ORDER BY c.opened_on`,
  )) {
    let list = out.get(r.seeker_seq);
    if (!list) out.set(r.seeker_seq, (list = []));
    list.push({ id: r.id, openedOn: r.opened_on, handledBy: r.handled_by ?? '' });
  }
  return out;
}

/**
 * Everyone stabilisation watches: people on the job and people waiting for a post, with their
 * visits, transfers, leave and open intention-to-quit cases. One query per table, not per person.
 */
export function watchedPeople(db: Database, enterpriseId: string | null = null): Watched[] {
  const stages = WATCHED.map(() => '?').join(',');
  const rows = db.all<{
    seq: number;
    id: string;
    name: string;
    id_number: string;
    phone: string;
    county_code: string;
    stage: EventType;
    stage_date: string;
    entry_date: string | null;
    place_id: string | null;
    place_name: string | null;
  }>(
    `SELECT s.seq, s.id, s.name, s.id_number, s.phone, s.county_code, s.stage, s.stage_date, s.entry_date,
       p.id AS place_id, p.name AS place_name
     FROM seekers s LEFT JOIN enterprises p
       ON p.id = CASE WHEN s.stage = 'employed' THEN s.employer_id ELSE s.enterprise_id END
     WHERE s.stage IN (${stages}) ${enterpriseId ? 'AND p.id = ?' : ''}`,
    enterpriseId ? [...WATCHED, enterpriseId] : [...WATCHED],
  );
  const visits = visitFactsBySeeker(db);
  const transfers = transferDatesBySeeker(db);
  const leaves = leaveSpansBySeeker(db);
  const quits = quitCasesBySeeker(db);
  return rows.map((r) => ({
    seq: r.seq,
    id: r.id,
    name: r.name,
    idMasked: maskIdNumber(r.id_number),
    phoneMasked: maskMobile(r.phone),
    countyCode: r.county_code,
    stage: r.stage,
    stageDate: r.stage_date,
    entryDate: r.entry_date,
    enterpriseId: r.place_id,
    enterpriseName: r.place_name,
    visits: visits.get(r.seq) ?? [],
    transferDates: transfers.get(r.seq) ?? [],
    leaves: leaves.get(r.seq) ?? [],
    openQuitCases: quits.get(r.seq) ?? [],
  }));
}
