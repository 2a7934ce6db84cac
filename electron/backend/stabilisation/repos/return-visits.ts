import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ReturnVisit, VisitInput } from '../../../../shared/contract/stabilisation';
import type { RiskLevel, VisitMethod, Wellbeing } from '../../../../shared/domain/return-visits';
import type { Database } from '../../db/database';
import { fieldError } from '../../seekers/repos/seekers';
import type { WriteContext } from '../../write-context';
import { said } from '../../audit/repos/audit';

interface VisitRow {
  id: string;
  seeker_id: string;
  seeker_name: string;
  visited_on: string;
  method: VisitMethod;
  reached: number;
  wellbeing: Wellbeing | null;
  risk: RiskLevel | null;
  notes: string;
  visited_by: string;
  recorded_by: string;
  recorded_at: string;
}

const SELECT = `SELECT v.id, s.id AS seeker_id, s.name AS seeker_name, v.visited_on, v.method, v.reached, v.wellbeing,
  v.risk, v.notes, v.visited_by, v.recorded_by, v.recorded_at
FROM return_visits v JOIN seekers s ON s.seq = v.seeker_seq`;

const toVisit = (r: VisitRow): ReturnVisit => ({
  id: r.id,
  seekerId: r.seeker_id,
  seekerName: r.seeker_name,
  visitedOn: r.visited_on,
  method: r.method,
  reached: r.reached === 1,
  wellbeing: r.wellbeing,
  risk: r.risk,
  notes: r.notes,
  visitedBy: r.visited_by,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});

export function visitsOf(db: Database, seekerSeq: number): ReturnVisit[] {
  return db
    .all<VisitRow>(`${SELECT} WHERE v.seeker_seq = ? ORDER BY v.visited_on, v.recorded_at`, [seekerSeq])
    .map(toVisit);
}

export function visitsBetween(db: Database, from: string, to: string): (ReturnVisit & { seq: number })[] {
  return db
    .all<VisitRow & { seq: number }>(
      `${SELECT.replace('SELECT ', 'SELECT s.seq, ')} WHERE v.visited_on BETWEEN ? AND ? ORDER BY v.visited_on, v.recorded_at`,
      [from, to],
    )
    .map((r) => ({ ...toVisit(r), seq: r.seq }));
}

/** A compact form of every visit, by person: what schedules and risk rules read. */
export interface VisitFact {
  date: string;
  reached: boolean;
  risk: RiskLevel | null;
}

export function visitFactsBySeeker(db: Database): Map<number, VisitFact[]> {
  const out = new Map<number, VisitFact[]>();
  for (const r of db.all<{ seeker_seq: number; visited_on: string; reached: number; risk: RiskLevel | null }>(
    'SELECT seeker_seq, visited_on, reached, risk FROM return_visits ORDER BY seeker_seq, visited_on, recorded_at',
  )) {
    let list = out.get(r.seeker_seq);
    if (!list) out.set(r.seeker_seq, (list = []));
    list.push({ date: r.visited_on, reached: r.reached === 1, risk: r.risk });
  }
  return out;
}

export function recordVisit(
  db: Database,
  input: z.output<typeof VisitInput>,
  ctx: WriteContext,
): ReturnVisit {
  if (input.visitedOn > ctx.today) throw fieldError('visitedOn', 'v.date_future');
  const person = db.get<{ seq: number; name: string; signed_up_on: string }>(
    'SELECT seq, name, signed_up_on FROM seekers WHERE id = ?',
    [input.seekerId],
  );
  if (!person) throw fieldError('seekerId', 'v.seeker_unknown');
  if (input.visitedOn < person.signed_up_on) throw fieldError('visitedOn', 'v.visit_before_signup');
  const id = randomUUID();
  db.run(
    `INSERT INTO return_visits (id, seeker_seq, visited_on, method, reached, wellbeing, risk, notes, visited_by,
       recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      person.seq,
      input.visitedOn,
      input.method,
      input.reached ? 1 : 0,
      input.reached ? input.wellbeing : null,
      input.reached ? input.risk : null,
      input.notes,
      input.visitedBy,
      ctx.operator,
      ctx.now,
    ],
  );
  ctx.audit({
    action: 'visits.record',
    entity: 'seeker',
    entityId: input.seekerId,
    summary: input.reached
      ? said('visit', {
          name: person.name,
          date: input.visitedOn,
          method: input.method,
          wellbeing: input.wellbeing,
          risk: input.risk,
        })
      : said('visit_unreached', { name: person.name, date: input.visitedOn, method: input.method }),
  });
  return toVisit(db.get<VisitRow>(`${SELECT} WHERE v.id = ?`, [id])!);
}
