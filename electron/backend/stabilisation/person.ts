import type { PersonStabilisation } from '../../../shared/contract/stabilisation';
import type { EventType } from '../../../shared/domain/pipeline';
import { WAITING_STAGES } from '../../../shared/domain/return-visits';
import { placementHistory } from '../../../shared/domain/transfers';
import { ApiError } from '../../../shared/contract/result';
import type { Database } from '../db/database';
import { leavesOf } from './repos/leaves';
import { visitsOf } from './repos/return-visits';
import { listCases } from './repos/service-cases';
import { currentPost, transfersOf } from './repos/transfers';
import { ruleContext } from './lists';
import { assess } from './population';

/** One person's cases, visits and schedule, transfers, leave and placements: the seeker detail's section. */
export function personStabilisation(db: Database, seekerId: string, now: string): PersonStabilisation {
  const p = db.get<{
    seq: number;
    county_code: string;
    stage: EventType;
    stage_date: string;
    entry_date: string | null;
    employer_id: string | null;
    enterprise_id: string | null;
  }>(
    'SELECT seq, county_code, stage, stage_date, entry_date, employer_id, enterprise_id FROM seekers WHERE id = ?',
    [seekerId],
  );
  if (!p) throw new ApiError('not_found', 'e.not_found');
  const ctx = ruleContext(db, null, now);
  const visits = visitsOf(db, p.seq);
  const transfers = transfersOf(db, p.seq);
  const leaves = leavesOf(db, p.seq);
  const cases = listCases(
    db,
    {
      from: null,
      to: null,
      enterpriseId: null,
      type: null,
      status: null,
      search: '',
      seekerId,
      limit: 500,
    },
    ctx.asOf,
  ).rows;
  const active = transfers.filter((t) => !t.voided);
  const openQuit = cases
    .filter((c) => c.type === 'intention_to_quit' && c.status !== 'resolved')
    .sort((a, b) => a.openedOn.localeCompare(b.openedOn));
  const a = assess(
    {
      seq: p.seq,
      countyCode: p.county_code,
      stage: p.stage,
      stageDate: p.stage_date,
      entryDate: p.entry_date,
      enterpriseId: p.stage === 'employed' ? p.employer_id : p.enterprise_id,
      visits: visits.map((v) => ({ date: v.visitedOn, reached: v.reached, risk: v.risk })),
      transferDates: active.map((t) => t.date),
      leaves: leaves
        .filter((l) => !l.voided)
        .map((l) => ({ start: l.startDate, end: l.endDate, returnedOn: l.returnedOn })),
      openQuitCases: openQuit.map((c) => ({ id: c.id, openedOn: c.openedOn, handledBy: c.handledBy })),
    },
    ctx,
  );
  const events = db
    .all<{ type: EventType; date: string; enterprise_id: string | null; post: string }>(
      `SELECT type, date, enterprise_id, post FROM seeker_events WHERE seeker_seq = ? AND voided = 0
       AND type IN ('employed', 'left') ORDER BY date, seq`,
      [p.seq],
    )
    .map((e) => ({ type: e.type, date: e.date, enterpriseId: e.enterprise_id, post: e.post }));
  const names = new Map(
    db.all<{ id: string; name: string }>('SELECT id, name FROM enterprises').map((e) => [e.id, e.name]),
  );
  const placements = placementHistory(
    events,
    active.map((t) => ({ date: t.date, toEnterpriseId: t.toEnterpriseId, toPost: t.toPost })),
  ).map((pl) => ({ ...pl, enterpriseName: pl.enterpriseId ? (names.get(pl.enterpriseId) ?? null) : null }));
  const watched = p.stage === 'employed' || WAITING_STAGES.includes(p.stage);
  return {
    asOf: ctx.asOf,
    seekerId,
    stage: p.stage,
    employerId: p.employer_id,
    entryDate: p.entry_date,
    post: p.stage === 'employed' ? currentPost(db, p.seq, p.entry_date) : '',
    responsible: watched ? a.responsible : '',
    cases,
    visits,
    schedule: a.schedule,
    transfers,
    leaves,
    placements,
    signals: a.signals,
  };
}
