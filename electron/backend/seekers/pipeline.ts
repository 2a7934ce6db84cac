import type { z } from 'zod';
import { ApiError } from '../../../shared/contract/result';
import {
  ENTERPRISE_EVENTS,
  explainRefusal,
  firstIllegal,
  type EventType,
} from '../../../shared/domain/pipeline';
import type {
  CorrectEventInput,
  EventRefusal,
  RecordEventsInput,
  RecordEventsResult,
  SeekerDetail,
} from '../../../shared/domain/seeker';
import type { Database } from '../db/database';
import { describeChanges, part, said } from '../audit/repos/audit';
import { uuidToBytes } from '../db/binary-uuid';
import { eventParams, prepareEventInsert } from './repos/seeker-events';
import type { RowView } from './repos/seeker-rows';
import { activeEvents, nextState, recomputeState, stateParams, UPDATE_STATE_SQL } from './repos/seeker-state';
import { assertEnterprise, fieldError, getSeeker } from './repos/seekers';
import type { WriteContext } from '../write-context';
import type { AuditMessage } from '../../../shared/domain/audit';
import { enterpriseName } from '../enterprises/repos/enterprises';

type RecordInput = z.output<typeof RecordEventsInput>;
type CorrectInput = z.output<typeof CorrectEventInput>;

interface Current {
  seq: number;
  id: string;
  name: string;
  stage: EventType;
  stage_date: string;
  enterprise_id: string | null;
  employer_id: string | null;
  entry_date: string | null;
  trips: number;
  intended_enterprise_id: string | null;
}

const CHUNK = 500;

function loadCurrent(db: Database, ids: readonly string[]): Map<string, Current> {
  const byId = new Map<string, Current>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = db.all<Current>(
      `SELECT seq, id, name, stage, stage_date, enterprise_id, employer_id, entry_date, trips, intended_enterprise_id
       FROM seekers WHERE id IN (${chunk.map(() => '?').join(',')})`,
      chunk,
    );
    for (const r of rows) byId.set(r.id, r);
  }
  return byId;
}

/** Why this person may not take the step now, or null when they may. */
function refusalFor(c: Current, input: RecordInput): EventRefusal | null {
  const refusal = explainRefusal(c.stage, input.type);
  if (refusal)
    return { seekerId: c.id, name: c.name, message: refusal.message, params: { ...refusal.params } };
  if (input.date < c.stage_date) {
    return {
      seekerId: c.id,
      name: c.name,
      message: 'v.date_before_previous',
      params: { date: input.date, previous: c.stage_date, from: c.stage },
    };
  }
  return null;
}

/**
 * Records one step for many people (a bulk action of the grid). Each person's step is checked
 * against the pipeline's rules and their previous step's date. Nothing is recorded if anyone is
 * refused, unless `skipIneligible`: then the others are recorded and the refused reported.
 * `tripId` is given by a closing trip: its `transported` events carry the trip.
 */
export function recordEvents(
  db: Database,
  input: RecordInput,
  ctx: WriteContext,
  options: { tripId?: string | null } = {},
): RecordEventsResult {
  if (input.date > ctx.today) throw fieldError('date', 'v.date_future');
  assertEnterprise(db, input.enterpriseId, 'enterpriseId');
  const ids = [...new Set(input.seekerIds)];
  const current = loadCurrent(db, ids);
  if (current.size !== ids.length) throw new ApiError('not_found', 'e.not_found');

  const refused: EventRefusal[] = [];
  const eligible: Current[] = [];
  for (const id of ids) {
    const c = current.get(id)!;
    const refusal = refusalFor(c, input);
    if (refusal) refused.push(refusal);
    else eligible.push(c);
  }
  if (eligible.length === 0 || (refused.length > 0 && !input.skipIneligible)) return { recorded: 0, refused };

  const insert = prepareEventInsert(db);
  const update = db.prepare(UPDATE_STATE_SQL);
  try {
    for (const c of eligible) {
      // Results of an interview, exam or training are with the enterprise the person is with.
      const enterpriseId =
        input.enterpriseId ?? (ENTERPRISE_EVENTS.includes(input.type) ? c.enterprise_id : null);
      insert.run(
        eventParams(
          {
            type: input.type,
            date: input.date,
            enterpriseId,
            post: input.post,
            reason: input.type === 'left' ? input.reason : null,
            note: input.note,
            recordedBy: ctx.operator,
            recordedAt: ctx.now,
            tripId: options.tripId ?? null,
          },
          c.seq,
        ),
      );
      const state = nextState(
        {
          stage: c.stage,
          stageDate: c.stage_date,
          enterpriseId: c.enterprise_id,
          employerId: c.employer_id,
          entryDate: c.entry_date,
          trips: c.trips,
        },
        { type: input.type, date: input.date, enterpriseId },
        c.intended_enterprise_id,
      );
      update.run(stateParams(c.seq, state, ctx.now));
    }
  } finally {
    insert.free();
    update.free();
  }
  ctx.audit({
    action: 'pipeline.record',
    entity: 'seeker',
    entityId: eligible.length === 1 ? eligible[0]!.id : null,
    summary: recordSummary(db, input, eligible),
  });
  return { recorded: eligible.length, refused };
}

function recordSummary(db: Database, input: RecordInput, people: readonly Current[]): AuditMessage {
  const enterprise = enterpriseName(db, input.enterpriseId);
  const names = people.slice(0, 20).map((p) => p.name);
  return said('steps_recorded', { step: input.type, date: input.date, count: people.length, names }, [
    ...(enterprise ? [part('step_enterprise', { enterprise })] : []),
    ...(input.post ? [part('step_post', { post: input.post })] : []),
    ...(input.reason ? [part('step_reason', { leaveReason: input.reason })] : []),
    ...(people.length > names.length ? [part('and_more', { count: people.length - names.length })] : []),
  ]);
}

/**
 * Voids or edits a step entered by mistake. Allowed only when the history that remains is still a
 * legal path; the person's state is recomputed and the correction audited with its reason.
 */
export function correctEvent(
  db: Database,
  input: CorrectInput,
  ctx: WriteContext,
  view: RowView,
): SeekerDetail {
  const ev = db.get<{
    seq: number;
    seeker_seq: number;
    type: EventType;
    date: string;
    note: string;
    voided: number;
    seeker_id: string;
    name: string;
  }>(
    `SELECT ev.seq, ev.seeker_seq, ev.type, ev.date, ev.note, ev.voided, s.id AS seeker_id, s.name
     FROM seeker_events ev JOIN seekers s ON s.seq = ev.seeker_seq WHERE ev.id = ?`,
    [uuidToBytes(input.eventId)],
  );
  if (!ev) throw new ApiError('not_found', 'e.not_found');
  if (ev.voided === 1) throw new ApiError('conflict', 'v.event_voided');
  if (input.action === 'void' && ev.type === 'signed_up')
    throw new ApiError('conflict', 'v.correction_signup');
  if (input.action === 'edit' && input.date > ctx.today) throw fieldError('date', 'v.date_future');

  const events = activeEvents(db, ev.seeker_seq);
  const after =
    input.action === 'void'
      ? events.filter((e) => e.seq !== ev.seq)
      : events
          .map((e) => (e.seq === ev.seq ? { ...e, date: input.date } : e))
          .sort((a, b) => (a.date === b.date ? a.seq - b.seq : a.date < b.date ? -1 : 1));
  const bad = firstIllegal(after.map((e) => e.type));
  if (bad >= 0) {
    throw new ApiError('conflict', 'v.correction_illegal', {
      params: { type: after[bad]!.type, from: after[bad - 1]?.type ?? 'none', date: after[bad]!.date },
    });
  }

  let summary: AuditMessage;
  if (input.action === 'void') {
    db.run(
      'UPDATE seeker_events SET voided = 1, void_reason = ?, voided_by = ?, voided_at = ? WHERE seq = ?',
      [input.reason, ctx.operator, ctx.now, ev.seq],
    );
    summary = said('step_voided', { name: ev.name, step: ev.type, date: ev.date, reason: input.reason });
  } else {
    if (ev.type === 'signed_up' && input.date !== ev.date) {
      // The sign-up step's date is the person's sign-up date.
      db.run('UPDATE seekers SET signed_up_on = ? WHERE seq = ?', [input.date, ev.seeker_seq]);
      db.run(
        `UPDATE registrations SET signed_up_on = ? WHERE id =
           (SELECT id FROM registrations WHERE seeker_seq = ? ORDER BY recorded_at, rowid LIMIT 1)`,
        [input.date, ev.seeker_seq],
      );
    }
    db.run('UPDATE seeker_events SET date = ?, note = ? WHERE seq = ?', [input.date, input.note, ev.seq]);
    const changes = describeChanges(
      'event',
      { date: ev.date, note: ev.note },
      { date: input.date, note: input.note },
    );
    summary = said(
      'step_corrected',
      { name: ev.name, step: ev.type, date: ev.date, reason: input.reason },
      changes,
    );
  }
  recomputeState(db, ev.seeker_seq, ctx.now);
  ctx.audit({ action: 'pipeline.correct', entity: 'seeker', entityId: ev.seeker_id, summary });
  return getSeeker(db, ev.seeker_id, view);
}
