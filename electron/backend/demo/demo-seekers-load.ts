import { randomUUID } from 'node:crypto';
import { countyByCode } from '../../../shared/domain/counties';
import type { Database } from '../db/database';
import { insertSeekersBulk, type BulkSeeker } from '../seekers/repos/seeker-bulk';
import { DEMO_TOWNS } from './demo-data';
import { DEMO_AS_OF, generateDemoPeople, type DemoPerson } from './demo-seekers';
import { DEMO_ENTERPRISES } from './demo-data';
import { planDemoTrips } from './demo-trips';
import { insertDemoTrips } from './demo-trips-load';

/** Staff who recorded the demo's steps: the county bureau's, at 10:00 local time on the day. */
const recorder = (countyCode: string) => `${countyByCode(countyCode)?.nameZh ?? ''}人社局`;
const recordedAt = (date: string) => `${date}T02:00:00.000Z`;

/** Inserts the demo's people; `enterpriseIds` maps the demo enterprises' short names to their ids. */
export function loadDemoSeekers(
  db: Database,
  enterpriseIds: ReadonlyMap<string, string>,
  now: string,
): { seekers: number; events: number } {
  const idOf = (shortName: string | null) => {
    if (shortName === null) return null;
    const id = enterpriseIds.get(shortName);
    if (!id) throw new Error(`demo: no enterprise ${shortName}`);
    return id;
  };
  const demoPeople = generateDemoPeople(DEMO_ENTERPRISES, DEMO_TOWNS);
  // The buses behind the person-trips: each transported event gets its trip.
  const contacts = new Map(DEMO_ENTERPRISES.map((e) => [e.shortName, `${e.shortName} ${e.contactName}`]));
  const plan = planDemoTrips(demoPeople, DEMO_AS_OF, contacts);
  const toBulk = (p: DemoPerson, i: number): BulkSeeker => {
    const by = recorder(p.countyCode);
    const first = p.registrations[0]!;
    return {
      id: randomUUID(),
      idNumber: p.idNumber,
      name: p.name,
      gender: p.gender,
      birthDate: p.birthDate,
      phone: p.phone,
      countyCode: p.countyCode,
      town: p.town,
      village: p.village,
      intendedEnterpriseId: idOf(p.intended),
      previousWork: p.previousWork,
      notes: p.notes,
      prefNearHome: p.prefNearHome,
      prefMothersLine: p.prefMothersLine,
      channel: first.channel,
      signedUpOn: first.signedUpOn,
      signedUpAt: first.signedUpAt,
      partner: p.partner,
      registrations: p.registrations.map((r) => ({
        ...r,
        source: 'form',
        recordedBy: by,
        recordedAt: recordedAt(r.signedUpOn),
      })),
      events: p.events.map((e, j) => ({
        type: e.type,
        date: e.date,
        enterpriseId: idOf(e.enterprise),
        post: e.post,
        reason: e.reason,
        note: e.type === 'signed_up' ? first.signedUpAt : e.note,
        recordedBy: by,
        recordedAt: recordedAt(e.date),
        tripId: plan.tripOfEvent.get(`${i}:${j}`) ?? null,
      })),
    };
  };
  const people = demoPeople.map(toBulk);
  const inserted = insertSeekersBulk(db, people, now);
  const seqs = new Map(
    db.all<{ id: string; seq: number }>('SELECT id, seq FROM seekers').map((r) => [r.id, r.seq]),
  );
  insertDemoTrips(db, plan, (i) => seqs.get(people[i]!.id)!, enterpriseIds, now);
  return { seekers: inserted.seekers, events: inserted.events };
}
