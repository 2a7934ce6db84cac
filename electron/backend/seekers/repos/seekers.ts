import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { ApiError } from '../../../../shared/contract/result';

import { checkIdNumber, maskIdNumber, normaliseIdNumber } from '../../../../shared/domain/id-number';
import { maskMobile } from '../../../../shared/domain/phone';
import { isWholeNumber, parsePersonSearch } from '../../../../shared/domain/person-search';
import type { EventType } from '../../../../shared/domain/pipeline';
import { registrationDifferences } from '../../../../shared/domain/registration-differences';
import type {
  RegisterResult,
  SeekerDetail,
  SeekerInputParsed,
  SeekerUpdate,
} from '../../../../shared/domain/seeker';
import type { PersonValues } from '../../../../shared/domain/registration-differences';
import type { Database } from '../../db/database';
import { describeChanges, reasonPart, said } from '../../audit/repos/audit';
import { enterpriseName } from '../../enterprises/repos/enterprises';
import { firstRegistration, insertRegistration } from './registrations';
import { insertEvent } from './seeker-events';
import { personSearchSql } from './person-search-sql';
import { findSeekerDetail, type RowView } from './seeker-rows';
import { INSERT_SEEKER_SQL, lastSeekerSeq, seekerValues } from './seeker-insert';
import { activeEvents, deriveState, recomputeState } from './seeker-state';
import type { WriteContext } from '../../write-context';
import { maskBankAccount } from '../../../../shared/domain/policies/person';
import { personFacts } from '../../policies/repos/people';

export type SeekerUpdateParsed = z.output<typeof SeekerUpdate>;

export function fieldError(path: string, message: string): ApiError {
  return new ApiError('invalid_input', 'e.invalid_input', { issues: [{ path: [path], message }] });
}

export function getSeeker(db: Database, id: string, view: RowView): SeekerDetail {
  const detail = findSeekerDetail(db, id, view);
  if (!detail) throw new ApiError('not_found', 'e.not_found');
  return detail;
}

export function seekerSeq(db: Database, id: string): number {
  const row = db.get<{ seq: number }>('SELECT seq FROM seekers WHERE id = ?', [id]);
  if (!row) throw new ApiError('not_found', 'e.not_found');
  return row.seq;
}

export function assertEnterprise(db: Database, id: string | null, path: string): void {
  if (id === null) return;
  if (!db.get('SELECT 1 AS x FROM enterprises WHERE id = ?', [id]))
    throw fieldError(path, 'v.enterprise_unknown');
}

/** Where and when a form registration was taken, by whom. */
export function formRegistration(input: SeekerInputParsed, ctx: WriteContext) {
  return {
    signedUpOn: input.signedUpOn,
    signedUpAt: input.signedUpAt,
    channel: input.channel,
    source: 'form',
    recordedBy: ctx.operator,
    recordedAt: ctx.now,
  };
}

export function findByIdNumber(db: Database, idNumber: string) {
  return db.get<{ seq: number; id: string; name: string }>(
    'SELECT seq, id, name FROM seekers WHERE id_number = ?',
    [idNumber],
  );
}

/**
 * Registers a person. The ID number is the person: a second registration of it adds a registration
 * (where and when); the answer says where and when the first was made. When it also brings values
 * that differ from those on file (a new phone), it is refused with `v.registration_differs`: the
 * form then shows the differences and registers through `seekers.registerAgain` with the user's choices.
 */
export function registerSeeker(
  db: Database,
  input: SeekerInputParsed,
  ctx: WriteContext,
  view: RowView,
): RegisterResult {
  if (input.signedUpOn > ctx.today) throw fieldError('signedUpOn', 'v.date_future');
  const registration = formRegistration(input, ctx);
  const existing = findByIdNumber(db, input.idNumber);
  if (existing) {
    const differences = registrationDifferences(readEditable(db, existing.seq), input);
    if (differences.length > 0) {
      throw new ApiError('conflict', 'v.registration_differs', {
        params: { name: existing.name, count: differences.length },
      });
    }
    const first = firstRegistration(db, existing.seq) ?? null;
    insertRegistration(db, { ...registration, seekerSeq: existing.seq });
    ctx.audit({
      action: 'seekers.registerAgain',
      entity: 'seeker',
      entityId: existing.id,
      summary: said(input.signedUpAt ? 'registered_again_at' : 'registered_again', {
        name: existing.name,
        id: maskIdNumber(input.idNumber),
        date: input.signedUpOn,
        place: input.signedUpAt,
      }),
    });
    return { seeker: getSeeker(db, existing.id, view), created: false, firstRegistration: first };
  }

  assertEnterprise(db, input.intendedEnterpriseId, 'intendedEnterpriseId');
  const id = checkIdNumber(input.idNumber);
  if (!id.ok) throw fieldError('idNumber', `v.${id.problem}`);
  const seekerId = randomUUID();
  const seq = lastSeekerSeq(db) + 1;
  const details = {
    ...input,
    id: seekerId,
    idNumber: id.info.id,
    gender: id.info.gender,
    birthDate: id.info.birthDate,
  };
  const signedUp = { type: 'signed_up' as const, date: input.signedUpOn, enterpriseId: null };
  const state = deriveState([signedUp], input.intendedEnterpriseId)!;
  db.run(INSERT_SEEKER_SQL, seekerValues(seq, details, state, 0, ctx.now));
  insertRegistration(db, { ...registration, seekerSeq: seq });
  // Signing up is the first step of the pipeline.
  insertEvent(db, {
    seekerSeq: seq,
    type: 'signed_up',
    date: input.signedUpOn,
    enterpriseId: null,
    post: '',
    reason: null,
    note: input.signedUpAt,
    recordedBy: ctx.operator,
    recordedAt: ctx.now,
  });
  ctx.audit({
    action: 'seekers.register',
    entity: 'seeker',
    entityId: seekerId,
    summary: said('person', { name: input.name, id: maskIdNumber(id.info.id) }),
  });
  return { seeker: getSeeker(db, seekerId, view), created: true, firstRegistration: null };
}

export interface Editable {
  name: string;
  phone: string;
  countyCode: string;
  town: string;
  village: string;
  intendedEnterpriseId: string | null;
  previousWork: string;
  notes: string;
  prefNearHome: boolean;
  prefMothersLine: boolean;
  channel: string;
  signedUpOn: string;
  signedUpAt: string;
}

export function readEditable(db: Database, seq: number): Editable {
  const r = db.get<{
    name: string;
    phone: string;
    county_code: string;
    town: string;
    village: string;
    intended_enterprise_id: string | null;
    previous_work: string;
    notes: string;
    pref_near_home: number;
    pref_mothers_line: number;
    channel: string;
    signed_up_on: string;
    signed_up_at: string;
  }>(
    `SELECT name, phone, county_code, town, village, intended_enterprise_id, previous_work, notes, pref_near_home,
       pref_mothers_line, channel, signed_up_on, signed_up_at FROM seekers WHERE seq = ?`,
    [seq],
  )!;
  return {
    name: r.name,
    phone: r.phone,
    countyCode: r.county_code,
    town: r.town,
    village: r.village,
    intendedEnterpriseId: r.intended_enterprise_id,
    previousWork: r.previous_work,
    notes: r.notes,
    prefNearHome: r.pref_near_home === 1,
    prefMothersLine: r.pref_mothers_line === 1,
    channel: r.channel,
    signedUpOn: r.signed_up_on,
    signedUpAt: r.signed_up_at,
  };
}

/** Edits a person's data (not the ID number: that is who they are). The sign-up date moves the sign-up step with it. */
export function updateSeeker(
  db: Database,
  input: SeekerUpdateParsed,
  ctx: WriteContext,
  view: RowView,
): SeekerDetail {
  const seq = seekerSeq(db, input.id);
  const before = readEditable(db, seq);
  const after: Editable = {
    name: input.name,
    phone: input.phone ?? before.phone,
    countyCode: input.countyCode,
    town: input.town,
    village: input.village,
    intendedEnterpriseId: input.intendedEnterpriseId,
    previousWork: input.previousWork,
    notes: input.notes,
    prefNearHome: input.prefNearHome,
    prefMothersLine: input.prefMothersLine,
    channel: input.channel,
    signedUpOn: input.signedUpOn,
    signedUpAt: input.signedUpAt,
  };
  assertEnterprise(db, after.intendedEnterpriseId, 'intendedEnterpriseId');
  if (after.signedUpOn !== before.signedUpOn) moveSignUp(db, seq, after.signedUpOn, ctx.today);
  db.run(
    `UPDATE seekers SET name = ?, phone = ?, county_code = ?, town = ?, village = ?, intended_enterprise_id = ?,
       previous_work = ?, notes = ?, pref_near_home = ?, pref_mothers_line = ?, channel = ?, signed_up_on = ?,
       signed_up_at = ?, updated_at = ? WHERE seq = ?`,
    [
      after.name,
      after.phone,
      after.countyCode,
      after.town,
      after.village,
      after.intendedEnterpriseId,
      after.previousWork,
      after.notes,
      after.prefNearHome ? 1 : 0,
      after.prefMothersLine ? 1 : 0,
      after.channel,
      after.signedUpOn,
      after.signedUpAt,
      ctx.now,
      seq,
    ],
  );
  const first = firstRegistration(db, seq);
  if (first) {
    db.run('UPDATE registrations SET signed_up_on = ?, signed_up_at = ?, channel = ? WHERE id = ?', [
      after.signedUpOn,
      after.signedUpAt,
      after.channel,
      first.id,
    ]);
  }
  recomputeState(db, seq, ctx.now);
  const changes = describeChanges('seeker', auditView(db, before), auditView(db, after));
  if (changes.length > 0)
    ctx.audit({
      action: 'seekers.update',
      entity: 'seeker',
      entityId: input.id,
      summary: said('subject', { name: after.name }, changes),
    });
  return getSeeker(db, input.id, view);
}

/** A person's editable data as the audit log shows it: the phone masked (every operator reads the log), names not ids. */
export function auditView<E extends PersonValues>(db: Database, e: E) {
  const { intendedEnterpriseId, ...rest } = e;
  return {
    ...rest,
    phone: maskMobile(e.phone),
    intendedEnterprise: enterpriseName(db, intendedEnterpriseId),
  };
}

/** Moves the sign-up step to a new date, which may not pass the next step or today. */
export function moveSignUp(db: Database, seq: number, date: string, today: string): void {
  if (date > today) throw fieldError('signedUpOn', 'v.date_future');
  const events = activeEvents(db, seq);
  const index = events.findIndex((e) => e.type === 'signed_up');
  const next = events[index + 1];
  if (next && date > next.date) throw fieldError('signedUpOn', 'v.signup_after_next');
  if (index >= 0) db.run('UPDATE seeker_events SET date = ? WHERE seq = ?', [date, events[index]!.seq]);
}

/** Shows one full value; every reveal is written to the audit log (who saw whose ID number or phone). */
export function revealField(
  db: Database,
  id: string,
  field: 'idNumber' | 'phone' | 'bankAccount',
  ctx: WriteContext,
  reason?: string,
): { value: string } {
  const r = db.get<{ seq: number; name: string; id_number: string; phone: string }>(
    'SELECT seq, name, id_number, phone FROM seekers WHERE id = ?',
    [id],
  );
  if (!r) throw new ApiError('not_found', 'e.not_found');
  const value =
    field === 'idNumber'
      ? r.id_number
      : field === 'phone'
        ? r.phone
        : (personFacts(db, r.seq)?.bank_account ?? '');
  const masked =
    field === 'idNumber'
      ? maskIdNumber(value)
      : field === 'phone'
        ? maskMobile(value)
        : maskBankAccount(value);
  ctx.audit({
    action: 'seekers.reveal',
    entity: 'seeker',
    entityId: id,
    summary: said('revealed', { field: `seeker.${field}`, name: r.name, masked }, reasonPart(reason)),
  });
  return { value };
}

interface PartnerRow {
  seq: number;
  id: string;
  name: string;
  partner_seq: number | null;
  partner_name: string | null;
}

function partnerRow(db: Database, id: string): PartnerRow {
  const r = db.get<PartnerRow>(
    `SELECT s.seq, s.id, s.name, s.partner_seq, p.name AS partner_name
     FROM seekers s LEFT JOIN seekers p ON p.seq = s.partner_seq WHERE s.id = ?`,
    [id],
  );
  if (!r) throw new ApiError('not_found', 'e.not_found');
  return r;
}

function partnerTaken(person: PartnerRow): ApiError {
  const params = { name: person.name, partner: person.partner_name ?? '' };
  return new ApiError('conflict', 'v.partner_taken', {
    params,
    issues: [{ path: ['partnerId'], message: 'v.partner_taken' }],
  });
}

/**
 * Links two people as a couple (夫妻档), both ways, so buses and placements keep them together; or
 * unlinks with `partnerId` null. Someone already linked to a third person is refused: unlink first.
 */
export function linkPartner(
  db: Database,
  id: string,
  partnerId: string | null,
  ctx: WriteContext,
  view: RowView,
): SeekerDetail {
  const person = partnerRow(db, id);
  if (partnerId === null) {
    if (person.partner_seq !== null) {
      db.run('UPDATE seekers SET partner_seq = NULL, updated_at = ? WHERE seq IN (?, ?)', [
        ctx.now,
        person.seq,
        person.partner_seq,
      ]);
      ctx.audit({
        action: 'seekers.unlink',
        entity: 'seeker',
        entityId: id,
        summary: said('unlinked', { name: person.name, partner: person.partner_name ?? '' }),
      });
    }
    return getSeeker(db, id, view);
  }
  if (partnerId === id) {
    throw new ApiError('invalid_input', 'e.invalid_input', {
      issues: [{ path: ['partnerId'], message: 'v.partner_self' }],
    });
  }
  const partner = partnerRow(db, partnerId);
  if (person.partner_seq === partner.seq) return getSeeker(db, id, view);
  if (person.partner_seq !== null) throw partnerTaken(person);
  if (partner.partner_seq !== null) throw partnerTaken(partner);
  db.run('UPDATE seekers SET partner_seq = ?, updated_at = ? WHERE seq = ?', [
    partner.seq,
    ctx.now,
    person.seq,
  ]);
  db.run('UPDATE seekers SET partner_seq = ?, updated_at = ? WHERE seq = ?', [
    person.seq,
    ctx.now,
    partner.seq,
  ]);
  ctx.audit({
    action: 'seekers.link',
    entity: 'seeker',
    entityId: id,
    summary: said('linked', { name: person.name, partner: partner.name }),
  });
  return getSeeker(db, id, view);
}

export interface FoundIdNumber {
  idNumber: string;
  seekerId: string;
  name: string;
  stage: EventType;
}

/** Resolves pasted ID numbers (normalised as on registration); each is answered as it was given. */
export function findByIdNumbers(
  db: Database,
  idNumbers: readonly string[],
  ctx: WriteContext,
): { found: FoundIdNumber[]; notFound: string[] } {
  const given = [...new Set(idNumbers.map((s) => s.trim()).filter((s) => s !== ''))];
  const byNormalised = new Map<string, { id: string; name: string; stage: EventType }>();
  const normalised = [...new Set(given.map(normaliseIdNumber))];
  for (let i = 0; i < normalised.length; i += 500) {
    const chunk = normalised.slice(i, i + 500);
    const rows = db.all<{ id: string; name: string; stage: EventType; id_number: string }>(
      `SELECT id, name, stage, id_number FROM seekers WHERE id_number IN (${chunk.map(() => '?').join(',')})`,
      chunk,
    );
    for (const r of rows) byNormalised.set(r.id_number, { id: r.id, name: r.name, stage: r.stage });
  }
  const found: FoundIdNumber[] = [];
  const notFound: string[] = [];
  for (const raw of given) {
    const hit = byNormalised.get(normaliseIdNumber(raw));
    if (hit) found.push({ idNumber: raw, seekerId: hit.id, name: hit.name, stage: hit.stage });
    else notFound.push(raw);
  }
  // Whole numbers answer "is this person on file?": every such lookup is on record.
  ctx.audit({
    action: 'seekers.findByIdNumbers',
    entity: 'seeker',
    entityId: null,
    summary: said('id_list_looked_up', { n: given.length, found: found.length }),
  });
  return { found, notFound };
}

/** The people with a whole ID number or phone (`seekers.lookup`), audited; refuses anything else. */
export function lookupSeekers(db: Database, number: string, ctx: WriteContext): { ids: string[] } {
  const search = parsePersonSearch(number);
  if (!isWholeNumber(search))
    throw new ApiError('invalid_input', 'e.invalid_input', {
      issues: [{ path: ['number'], message: 'v.lookup_whole_number' }],
    });
  const { clause, params } = personSearchSql(search, 's', 'match')!;
  const ids = db.all<{ id: string }>(
    `SELECT s.id FROM seekers s WHERE ${clause} ORDER BY s.seq DESC`,
    params,
  );
  const masked = search.kind === 'idNumber' ? maskIdNumber(search.value) : maskMobile(search.value);
  ctx.audit({
    action: 'seekers.lookup',
    entity: 'seeker',
    entityId: ids.length === 1 ? ids[0]!.id : null,
    summary: said(search.kind === 'idNumber' ? 'lookup_idNumber' : 'lookup_phone', {
      masked,
      count: ids.length,
    }),
  });
  return { ids: ids.map((r) => r.id) };
}
