import { ageOn, maskIdNumber } from '../../../../shared/domain/id-number';
import { maskMobile } from '../../../../shared/domain/phone';
import { isStable, type EventType, type LeaveReason } from '../../../../shared/domain/pipeline';
import type {
  Gender,
  Registration,
  SeekerDetail,
  SeekerEvent,
  SeekerRow,
  SignupChannel,
} from '../../../../shared/domain/seeker';
import { effectiveAsOf } from '../../../../shared/domain/settings';
import type { Database } from '../../db/database';
import { bytesToUuid } from '../../db/binary-uuid';
import { readSettings } from '../../app/repos/settings';
import { visitsOfSeeker } from '../../fieldwork/repos/seeker-visits';

/** What a row needs besides the data: age and stability are counted as of this date. */
export interface RowView {
  asOf: string;
  stableDays: number;
}

export function rowView(db: Database, now: string): RowView {
  const settings = readSettings(db);
  return { asOf: effectiveAsOf(settings, new Date(now)), stableDays: settings.stableDays };
}

export const ROW_COLUMNS = `s.seq, s.id, s.name, s.gender, s.birth_date, s.id_number, s.phone, s.county_code, s.town,
  s.village, s.stage, s.stage_date, s.entry_date, s.enterprise_id, e.name AS enterprise_name,
  s.intended_enterprise_id, s.trips, s.pref_near_home, s.pref_mothers_line, p.id AS partner_id,
  p.name AS partner_name, s.channel, s.signed_up_on`;

export const ROW_FROM = `seekers s LEFT JOIN enterprises e ON e.id = s.enterprise_id
  LEFT JOIN seekers p ON p.seq = s.partner_seq`;

export interface DbSeekerRow {
  seq: number;
  id: string;
  name: string;
  gender: Gender;
  birth_date: string;
  id_number: string;
  phone: string;
  county_code: string;
  town: string;
  village: string;
  stage: EventType;
  stage_date: string;
  entry_date: string | null;
  enterprise_id: string | null;
  enterprise_name: string | null;
  intended_enterprise_id: string | null;
  trips: number;
  pref_near_home: number;
  pref_mothers_line: number;
  partner_id: string | null;
  partner_name: string | null;
  channel: SignupChannel;
  signed_up_on: string;
}

/** A grid row: ID number and phone masked. */
export function toSeekerRow(r: DbSeekerRow, view: RowView): SeekerRow {
  return {
    id: r.id,
    name: r.name,
    gender: r.gender,
    age: ageOn(r.birth_date, view.asOf),
    idMasked: maskIdNumber(r.id_number),
    phoneMasked: maskMobile(r.phone),
    countyCode: r.county_code,
    town: r.town,
    village: r.village,
    stage: r.stage,
    stageDate: r.stage_date,
    stable: isStable(r.stage, r.entry_date, view.asOf, view.stableDays),
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    intendedEnterpriseId: r.intended_enterprise_id,
    trips: r.trips,
    prefNearHome: r.pref_near_home === 1,
    prefMothersLine: r.pref_mothers_line === 1,
    partnerId: r.partner_id,
    partnerName: r.partner_name,
    channel: r.channel,
    signedUpOn: r.signed_up_on,
  };
}

interface DbDetailExtra {
  previous_work: string;
  notes: string;
  signed_up_at: string;
}

interface DbEvent {
  id: Uint8Array;
  type: EventType;
  date: string;
  enterprise_id: string | null;
  enterprise_name: string | null;
  post: string;
  reason: LeaveReason | null;
  trip_id: string | null;
  note: string;
  recorded_by: string;
  recorded_at: string;
  voided: number;
  void_reason: string | null;
}

interface DbRegistration {
  id: string;
  signed_up_on: string;
  signed_up_at: string;
  channel: SignupChannel;
  source: string;
  recorded_by: string;
  recorded_at: string;
}

export function toRegistration(r: DbRegistration): Registration {
  return {
    id: r.id,
    signedUpOn: r.signed_up_on,
    signedUpAt: r.signed_up_at,
    channel: r.channel,
    source: r.source,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
  };
}

/** Every registration of a person, the first one first. */
export function listRegistrations(db: Database, seq: number): Registration[] {
  return db
    .all<DbRegistration>(
      `SELECT id, signed_up_on, signed_up_at, channel, source, recorded_by, recorded_at FROM registrations
       WHERE seeker_seq = ? ORDER BY recorded_at, rowid`,
      [seq],
    )
    .map(toRegistration);
}

/** The timeline: every event including voided ones (shown struck through), in order. */
export function listEvents(db: Database, seq: number): SeekerEvent[] {
  return db
    .all<DbEvent>(
      `SELECT ev.id, ev.type, ev.date, ev.enterprise_id, e.name AS enterprise_name, ev.post, ev.reason, ev.trip_id,
         ev.note, ev.recorded_by, ev.recorded_at, ev.voided, ev.void_reason
       FROM seeker_events ev LEFT JOIN enterprises e ON e.id = ev.enterprise_id
       WHERE ev.seeker_seq = ? ORDER BY ev.date, ev.seq`,
      [seq],
    )
    .map((r) => ({
      id: bytesToUuid(r.id),
      type: r.type,
      date: r.date,
      enterpriseId: r.enterprise_id,
      enterpriseName: r.enterprise_name,
      post: r.post,
      reason: r.reason,
      tripId: r.trip_id,
      note: r.note,
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at,
      voided: r.voided === 1,
      voidReason: r.void_reason ?? '',
    }));
}

/** One person with their timeline and registrations; undefined when there is no such person. */
export function findSeekerDetail(db: Database, id: string, view: RowView): SeekerDetail | undefined {
  const r = db.get<DbSeekerRow & DbDetailExtra>(
    `SELECT ${ROW_COLUMNS}, s.previous_work, s.notes, s.signed_up_at FROM ${ROW_FROM} WHERE s.id = ?`,
    [id],
  );
  if (!r) return undefined;
  return {
    ...toSeekerRow(r, view),
    previousWork: r.previous_work,
    notes: r.notes,
    signedUpAt: r.signed_up_at,
    entryDate: r.entry_date,
    events: listEvents(db, r.seq),
    registrations: listRegistrations(db, r.seq),
    visits: visitsOfSeeker(db, r.seq),
  };
}
