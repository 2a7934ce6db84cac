import type { EventType, LeaveReason } from '../../../../shared/domain/pipeline';
import type { Database, PreparedWrite } from '../../db/database';
import { newUuidBytes } from '../../db/binary-uuid';

export interface NewEvent {
  seekerSeq: number;
  type: EventType;
  date: string;
  enterpriseId: string | null;
  post: string;
  reason: LeaveReason | null;
  note: string;
  recordedBy: string;
  recordedAt: string;
  /** The trip whose closing recorded this `transported` event. */
  tripId?: string | null;
}

const INSERT_EVENT_SQL = `INSERT INTO seeker_events (id, seeker_seq, type, date, enterprise_id, post, reason, note,
  recorded_by, recorded_at, trip_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Prepared once for many events (bulk recording, the demo); free it when done. */
export function prepareEventInsert(db: Database): PreparedWrite {
  return db.prepare(INSERT_EVENT_SQL);
}

/** Parameters of one new event; bulk inserts may give the person separately and reuse one event object. */
export function eventParams(
  e: Omit<NewEvent, 'seekerSeq'> & { seekerSeq?: number },
  seekerSeq: number | undefined = e.seekerSeq,
): (string | number | null | Uint8Array)[] {
  if (seekerSeq === undefined) throw new Error('an event needs its person');
  return [
    newUuidBytes(),
    seekerSeq,
    e.type,
    e.date,
    e.enterpriseId,
    e.post,
    e.reason,
    e.note,
    e.recordedBy,
    e.recordedAt,
    e.tripId ?? null,
  ];
}

export function insertEvent(db: Database, e: NewEvent): void {
  db.run(INSERT_EVENT_SQL, eventParams(e, e.seekerSeq));
}
