import type { Gender, SignupChannel } from '../../../../shared/domain/seeker';
import type { BulkValue } from '../../db/bulk-insert';
import type { Database } from '../../db/database';
import type { SeekerState } from './seeker-state';

/** A person's own details as a `seekers` row holds them (the state is derived from their events). */
export interface SeekerDetails {
  id: string;
  idNumber: string;
  name: string;
  gender: Gender;
  birthDate: string;
  phone: string;
  countyCode: string;
  town: string;
  village: string;
  intendedEnterpriseId: string | null;
  previousWork: string;
  notes: string;
  prefNearHome: boolean;
  prefMothersLine: boolean;
  channel: SignupChannel;
  signedUpOn: string;
  signedUpAt: string;
}

/** One person with a given seq; the values in the order of `seekerValues`. */
export const INSERT_SEEKER_SQL = `INSERT INTO seekers (seq, id, id_number, name, gender, birth_date, phone, county_code,
  town, village, intended_enterprise_id, previous_work, notes, pref_near_home, pref_mothers_line, channel, signed_up_on,
  signed_up_at, stage, stage_date, enterprise_id, employer_id, entry_date, trips, reached, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** The values of INSERT_SEEKER_SQL; `reached` is migration 0007's bits of the steps ever passed. */
export function seekerValues(
  seq: number,
  p: SeekerDetails,
  state: SeekerState,
  reached: number,
  now: string,
): BulkValue[] {
  return [
    seq,
    p.id,
    p.idNumber,
    p.name,
    p.gender,
    p.birthDate,
    p.phone,
    p.countyCode,
    p.town,
    p.village,
    p.intendedEnterpriseId,
    p.previousWork,
    p.notes,
    p.prefNearHome ? 1 : 0,
    p.prefMothersLine ? 1 : 0,
    p.channel,
    p.signedUpOn,
    p.signedUpAt,
    state.stage,
    state.stageDate,
    state.enterpriseId,
    state.employerId,
    state.entryDate,
    state.trips,
    reached,
    now,
    now,
  ];
}

/** The highest seq given so far (0 for none): the next person inserted gets the one after. */
export function lastSeekerSeq(db: Database): number {
  return db.get<{ n: number }>('SELECT COALESCE(MAX(seq), 0) AS n FROM seekers')?.n ?? 0;
}
