import type { z } from 'zod';
import { ApiError } from '../../../../shared/contract/result';
import { maskIdNumber } from '../../../../shared/domain/id-number';
import { maskMobile } from '../../../../shared/domain/phone';
import {
  applyChoices,
  registrationDifferences,
  unchosen,
  type ComparedField,
  type PersonValues,
  type RegisterAgainInput,
  type RegistrationComparison,
} from '../../../../shared/domain/registration-differences';
import type { RegisterResult, SeekerInputParsed } from '../../../../shared/domain/seeker';
import type { Database } from '../../db/database';
import { describeChanges, part, said } from '../../audit/repos/audit';
import { firstRegistration, insertRegistration } from './registrations';
import type { RowView } from './seeker-rows';
import { recomputeState } from './seeker-state';
import {
  assertEnterprise,
  auditView,
  fieldError,
  findByIdNumber,
  formRegistration,
  getSeeker,
  readEditable,
  registerSeeker,
} from './seekers';
import type { WriteContext } from '../../write-context';

type Parsed = z.output<typeof RegisterAgainInput>;

/** Phones are shown and audited masked: the comparison is seen by whoever registers. */
const shown = (values: PersonValues): PersonValues => ({ ...values, phone: maskMobile(values.phone) });

/** What a registration of this ID number would change: the person on file and each field that differs. */
export function compareRegistration(
  db: Database,
  input: SeekerInputParsed,
  ctx: WriteContext,
): RegistrationComparison {
  const known = findByIdNumber(db, input.idNumber);
  // A whole ID number looked up: on record whether or not it is on file.
  ctx.audit({
    action: 'seekers.compareRegistration',
    entity: 'seeker',
    entityId: known?.id ?? null,
    summary: said(known ? 'on_file' : 'not_on_file', { masked: maskIdNumber(input.idNumber) }),
  });
  if (!known) return { existing: null, differences: [] };
  const stored = readEditable(db, known.seq);
  const before = shown(stored);
  const after = shown(input);
  return {
    existing: {
      id: known.id,
      name: known.name,
      idMasked: maskIdNumber(input.idNumber),
      firstRegistration: firstRegistration(db, known.seq) ?? null,
    },
    differences: registrationDifferences(stored, input).map((field) => ({
      field,
      stored: before[field],
      incoming: after[field],
    })),
  };
}

/**
 * Registers a known person again, keeping for each differing field the value the user chose; every
 * difference must have a choice. The choices are audited: what changed, and what was kept over what.
 */
export function registerAgain(db: Database, input: Parsed, ctx: WriteContext, view: RowView): RegisterResult {
  const person = input.person;
  const known = findByIdNumber(db, person.idNumber);
  if (!known) return registerSeeker(db, person, ctx, view);
  if (person.signedUpOn > ctx.today) throw fieldError('signedUpOn', 'v.date_future');
  const stored = readEditable(db, known.seq);
  const differences = registrationDifferences(stored, person);
  const missing = unchosen(differences, input.keep);
  if (missing.length > 0) {
    throw new ApiError('conflict', 'v.registration_choose', { params: { count: missing.length } });
  }
  const next = applyChoices(stored, person, input.keep);
  assertEnterprise(db, next.intendedEnterpriseId, 'intendedEnterpriseId');
  const first = firstRegistration(db, known.seq) ?? null;
  const taken = differences.filter((f) => input.keep[f] === 'incoming');
  if (taken.length > 0) {
    db.run(
      `UPDATE seekers SET name = ?, phone = ?, county_code = ?, town = ?, village = ?, intended_enterprise_id = ?,
         previous_work = ?, notes = ?, pref_near_home = ?, pref_mothers_line = ?, updated_at = ? WHERE seq = ?`,
      [
        next.name,
        next.phone,
        next.countyCode,
        next.town,
        next.village,
        next.intendedEnterpriseId,
        next.previousWork,
        next.notes,
        next.prefNearHome ? 1 : 0,
        next.prefMothersLine ? 1 : 0,
        ctx.now,
        known.seq,
      ],
    );
    // The intended enterprise stands in for the current one until an event names another.
    recomputeState(db, known.seq, ctx.now);
  }
  insertRegistration(db, { ...formRegistration(person, ctx), seekerSeq: known.seq });
  // As the log shows a person: the phone masked, the enterprise by name.
  const before = auditView(db, stored);
  const after = auditView(db, person);
  const key = (f: ComparedField) => (f === 'intendedEnterpriseId' ? 'intendedEnterprise' : f);
  const pick = (v: typeof before, fields: readonly ComparedField[]): Partial<typeof before> =>
    Object.fromEntries(fields.map((f) => [key(f), v[key(f)]]));
  const changed = describeChanges<'seeker', Partial<typeof before>>(
    'seeker',
    pick(before, taken),
    pick(after, taken),
  );
  const kept = differences
    .filter((f) => input.keep[f] === 'stored')
    .map((f) => part('kept', { field: `seeker.${key(f)}`, from: before[key(f)], to: after[key(f)] }));
  ctx.audit({
    action: 'seekers.registerAgain',
    entity: 'seeker',
    entityId: known.id,
    summary: said(
      person.signedUpAt ? 'registered_again_at' : 'registered_again',
      {
        name: next.name,
        id: maskIdNumber(person.idNumber),
        date: person.signedUpOn,
        place: person.signedUpAt,
      },
      [...changed, ...kept],
    ),
  });
  return { seeker: getSeeker(db, known.id, view), created: false, firstRegistration: first };
}
