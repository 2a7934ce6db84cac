import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import type { ChannelInput } from '../../../../shared/contract/channels';
import { fakeClock } from '../../support/clock';
import { call, errorOf } from '../../support/fixtures';
import { tempDirs } from '../../support/temp-dir';
import { auditText } from '../../support/audit-text';
import { createTrip, enterprise, verifiedPeople } from '../../support/transport';

const dirs = tempDirs();
const clock = fakeClock('2026-02-11T08:00:00.000Z');
let backend: Backend;
let lux: string;
let hx: string;
let tripId: string;
/** Badong people by what they stand for on the seating list. */
const who: Record<string, string> = {};

async function step(ids: string[], type: ChannelInput<'pipeline.record'>['type'], extra = {}) {
  const r = await call(backend, 'pipeline.record', { seekerIds: ids, type, date: '2026-02-05', ...extra });
  if (r.refused.length > 0) throw new Error(JSON.stringify(r.refused));
}

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
  lux = await enterprise(backend, '立讯精密工业（恩施）有限公司');
  hx = await enterprise(backend, '恩施华鑫科技有限公司');
  const county = '422823';
  const make = async (name: string, intended: string | null, n: number) => {
    const [id] = await verifiedPeople(backend, 1, { county, from: n, intendedEnterpriseId: intended });
    who[name] = id!;
  };
  await make('verifiedLux', lux, 0);
  await make('verifiedAny', null, 1);
  await make('verifiedHx', hx, 2);
  await make('interviewLuxIntendsHx', hx, 3);
  await make('interviewHxIntendsLux', lux, 4);
  await make('rodeLux', lux, 5);
  await make('failedAtHxIntendsLux', lux, 6);
  await make('withdrawn', lux, 7);
  await step([who.interviewLuxIntendsHx!], 'interview_arranged', { enterpriseId: lux });
  await step([who.interviewHxIntendsLux!, who.failedAtHxIntendsLux!], 'interview_arranged', {
    enterpriseId: hx,
  });
  await step([who.rodeLux!], 'transported');
  await step([who.failedAtHxIntendsLux!], 'interview_failed');
  await step([who.withdrawn!], 'withdrawn');
  tripId = (await createTrip(backend, { countyCode: county, date: '2026-02-10', enterpriseIds: [lux] })).id;
});
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

const names = (ids: readonly string[]) => ids.map((id) => Object.keys(who).find((k) => who[k] === id)).sort();

describe('the seating list', () => {
  it('offers by default the people waiting for a bus that goes their way', async () => {
    const list = await call(backend, 'trips.candidates', { tripId });
    expect(names(list.rows.map((r) => r.id))).toEqual([
      'interviewLuxIntendsHx',
      'verifiedAny',
      'verifiedLux',
    ]);
    expect(list.rows.every((r) => r.standing === 'waiting')).toBe(true);
    const interview = list.rows.find((r) => r.id === who.interviewLuxIntendsHx)!;
    expect(interview).toMatchObject({ goingToId: lux, goingToName: '立讯精密工业（恩施）有限公司' });
    expect(list.rows.find((r) => r.id === who.verifiedAny)).toMatchObject({
      goingToId: null,
      goingToName: null,
    });
    // Two more may ride to 立讯 but are not waiting: the switch's count.
    expect(list.others).toBe(2);
  });

  it('adds on request the others who may ride, with where they stand', async () => {
    const list = await call(backend, 'trips.candidates', { tripId, others: true });
    expect(names(list.rows.map((r) => r.id))).toEqual([
      'failedAtHxIntendsLux',
      'interviewLuxIntendsHx',
      'rodeLux',
      'verifiedAny',
      'verifiedLux',
    ]);
    expect(list.rows.find((r) => r.id === who.rodeLux)).toMatchObject({
      stage: 'transported',
      standing: 'rode_unresolved',
    });
    expect(list.rows.find((r) => r.id === who.failedAtHxIntendsLux)).toMatchObject({ standing: 'other' });
    // Those waiting still come first; whoever rode already comes last.
    expect(list.rows.map((r) => r.standing)).toEqual([
      'waiting',
      'waiting',
      'waiting',
      'other',
      'rode_unresolved',
    ]);
  });

  it('lists people going anywhere when the enterprise filter says so', async () => {
    const list = await call(backend, 'trips.candidates', { tripId, enterprise: 'all' });
    expect(names(list.rows.map((r) => r.id))).toEqual([
      'interviewHxIntendsLux',
      'interviewLuxIntendsHx',
      'verifiedAny',
      'verifiedHx',
      'verifiedLux',
    ]);
  });

  it('seats someone who rode with no result yet only when the user confirmed it', async () => {
    const e = errorOf(await backend.invoke('trips.addPassengers', { tripId, seekerIds: [who.rodeLux!] }));
    expect(e).toMatchObject({ code: 'conflict', message: 'v.trip_rode_unresolved', params: { count: 1 } });
    expect((await call(backend, 'trips.get', { id: tripId })).passengers).toEqual([]);
    const trip = await call(backend, 'trips.addPassengers', {
      tripId,
      seekerIds: [who.rodeLux!, who.verifiedLux!],
      confirmRepeatRide: true,
    });
    expect(trip.passengers).toHaveLength(2);
    const audit = await call(backend, 'audit.list', { limit: 1 });
    expect(audit[0]).toMatchObject({ action: 'trips.addPassengers' });
    expect(auditText(audit[0]!.summary)).toContain('seated although already transported, as confirmed');
  });

  it('sends a passenger with an interview arranged to that enterprise', async () => {
    const both = (
      await createTrip(backend, { countyCode: '422823', date: '2026-02-11', enterpriseIds: [lux, hx] })
    ).id;
    const trip = await call(backend, 'trips.addPassengers', {
      tripId: both,
      seekerIds: [who.interviewLuxIntendsHx!],
    });
    expect(trip.passengers[0]).toMatchObject({ enterpriseId: lux });
  });
});
