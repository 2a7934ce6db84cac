import { randomUUID } from 'node:crypto';
import type { Registration, SignupChannel } from '../../../../shared/domain/seeker';
import type { Database } from '../../db/database';
import { listRegistrations } from './seeker-rows';

export interface NewRegistration {
  seekerSeq: number;
  signedUpOn: string;
  signedUpAt: string;
  channel: SignupChannel;
  /** `form`, or the import batch it came from. */
  source: string;
  recordedBy: string;
  recordedAt: string;
}

export const INSERT_REGISTRATION_SQL = `INSERT INTO registrations (id, seeker_seq, signed_up_on, signed_up_at, channel,
  source, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

export function registrationParams(r: NewRegistration, id: string = randomUUID()): (string | number)[] {
  return [id, r.seekerSeq, r.signedUpOn, r.signedUpAt, r.channel, r.source, r.recordedBy, r.recordedAt];
}

export function insertRegistration(db: Database, r: NewRegistration): void {
  db.run(INSERT_REGISTRATION_SQL, registrationParams(r));
}

/** The registration made with the person (the first recorded). */
export function firstRegistration(db: Database, seekerSeq: number): Registration | undefined {
  return listRegistrations(db, seekerSeq)[0];
}
