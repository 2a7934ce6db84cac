import { randomUUID } from 'node:crypto';
import { checkIdNumber } from '../../../shared/domain/id-number';
import type { SeekerInputParsed } from '../../../shared/domain/seeker';
import type { Database } from '../db/database';
import { registeredPeople } from './import-lookups';
import { insertSeekersBulk, type BulkSeeker } from './seeker-bulk';
import type { WriteContext } from './write-context';

/**
 * Registers an import's new people through the seekers repository's bulk insert (the same rows
 * `registerSeeker` writes: the person, the first registration, the sign-up event), in the
 * caller's transaction. One audit entry covers the batch (written by the caller), not one per
 * person. People already registered (someone may have registered them since the preview) are
 * skipped and returned, never changed.
 */
export function registerImportedSeekers(
  db: Database,
  people: readonly SeekerInputParsed[],
  ctx: WriteContext,
  source: string,
): { created: number; alreadyRegistered: Set<string> } {
  const alreadyRegistered = new Set(
    registeredPeople(
      db,
      people.map((p) => p.idNumber),
    ).keys(),
  );
  const seen = new Set(alreadyRegistered);
  const bulk: BulkSeeker[] = [];
  for (const p of people) {
    if (seen.has(p.idNumber)) continue;
    seen.add(p.idNumber);
    const id = checkIdNumber(p.idNumber);
    if (!id.ok) throw new Error(`an import row with an invalid ID number reached the commit: ${id.problem}`);
    bulk.push({
      id: randomUUID(),
      idNumber: id.info.id,
      name: p.name,
      gender: id.info.gender,
      birthDate: id.info.birthDate,
      phone: p.phone,
      countyCode: p.countyCode,
      town: p.town,
      village: p.village,
      intendedEnterpriseId: p.intendedEnterpriseId,
      previousWork: p.previousWork,
      notes: p.notes,
      prefNearHome: p.prefNearHome,
      prefMothersLine: p.prefMothersLine,
      channel: p.channel,
      signedUpOn: p.signedUpOn,
      signedUpAt: p.signedUpAt,
      partner: null,
      registrations: [
        {
          signedUpOn: p.signedUpOn,
          signedUpAt: p.signedUpAt,
          channel: p.channel,
          source,
          recordedBy: ctx.operator,
          recordedAt: ctx.now,
        },
      ],
      events: [
        {
          type: 'signed_up',
          date: p.signedUpOn,
          enterpriseId: null,
          post: '',
          reason: null,
          note: p.signedUpAt,
          recordedBy: ctx.operator,
          recordedAt: ctx.now,
        },
      ],
    });
  }
  const { seekers } = insertSeekersBulk(db, bulk, ctx.now);
  return { created: seekers, alreadyRegistered };
}
