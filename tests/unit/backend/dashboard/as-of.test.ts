import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import { fakeClock } from '../../support/clock';
import { call } from '../../support/fixtures';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
let backend: Backend;

// Two days after the demo's as-of date (its setting, 2022-03-10): the trips of 3/11 can be closed.
beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: fakeClock('2022-03-12T08:00:00.000Z').now });
  await call(backend, 'demo.load', {});
}, 120_000);
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

type Dashboard = ChannelOutput<'dashboard.summary'>;
type Report = ChannelOutput<'reports.generate'>;

/** What the dashboard and the daily report of the same date both show, which must agree. */
function expectAgree(d: Dashboard, r: Report): void {
  expect(r.totals).toMatchObject({
    tripsTotal: d.headline.transportedTrips,
    employedNow: d.headline.employedNow,
    stable: d.headline.stable,
  });
  for (const c of r.counties) {
    const row = d.counties.find((x) => x.code === c.code)!;
    expect([c.code, c.tripsTotal, c.employedNow, c.stable]).toEqual([
      c.code,
      row.transportedTrips,
      row.employedNow,
      row.stable,
    ]);
  }
  for (const e of r.enterprises) {
    expect([e.shortName, e.employedNow]).toEqual([
      e.shortName,
      d.enterprises.find((x) => x.enterpriseId === e.enterpriseId)?.employedNow ?? 0,
    ]);
  }
}

async function closeTrip(tripNo: string): Promise<number> {
  const trip = (await call(backend, 'trips.list', {})).find((t) => t.tripNo === tripNo)!;
  const id = trip.id;
  const seated = (await call(backend, 'trips.get', { id })).passengers.map((p) => p.seekerId);
  await call(backend, 'trips.setStatus', { id, status: 'boarding' });
  await call(backend, 'trips.updateSeats', {
    tripId: id,
    seats: seated.map((seekerId) => ({ seekerId, boarded: true })),
  });
  await call(backend, 'trips.setStatus', { id, status: 'departed' });
  await call(backend, 'trips.setStatus', { id, status: 'arrived' });
  await call(backend, 'trips.updateSeats', {
    tripId: id,
    seats: seated.map((seekerId) => ({ seekerId, arrived: true })),
  });
  return (await call(backend, 'trips.close', { id })).transported;
}

describe('figures as of a date', () => {
  it('an earlier day: the dashboard counts what was dated by then, as that day’s report does', async () => {
    const d = await call(backend, 'dashboard.summary', { asOf: '2022-03-01' });
    const r = await call(backend, 'reports.generate', { date: '2022-03-01' });
    expect(d.headline.transportedTrips).toBeLessThan(6913);
    expectAgree(d, r);
    // The trend ends on the headline; the funnel starts from it.
    expect(d.trend.days.at(-1)).toMatchObject({ date: '2022-03-01', employedNow: d.headline.employedNow });
    expect(d.funnel[0]).toMatchObject({ step: 'transported_trips', value: d.headline.transportedTrips });
    expect(d.headline.afterAsOf.transportedTrips).toBe(6913 - d.headline.transportedTrips);
  });

  it('a trip of the next day closed early changes no figure as of the day; it shows as after the date', async () => {
    const before = await call(backend, 'dashboard.summary', {});
    const counts = await call(backend, 'counts.summary', {});
    expect(before.asOf).toBe('2022-03-10');
    expect(before.headline.afterAsOf).toEqual({ transportedTrips: 0, employed: 0 });

    const transported = await closeTrip('20220311-01');
    expect(transported).toBeGreaterThan(0);

    const after = await call(backend, 'dashboard.summary', {});
    const { afterAsOf, ...headline } = after.headline;
    const { afterAsOf: none, ...headlineBefore } = before.headline;
    expect(none.transportedTrips).toBe(0);
    expect(headline).toEqual(headlineBefore);
    expect(afterAsOf).toEqual({ transportedTrips: transported, employed: 0 });
    for (const part of [
      'enterprises',
      'counties',
      'matrix',
      'funnel',
      'trend',
      'retention',
      'forecasts',
    ] as const)
      expect(after[part], part).toEqual(before[part]);
    expect(await call(backend, 'counts.summary', {})).toEqual(counts);
    expectAgree(after, await call(backend, 'reports.generate', { date: '2022-03-10' }));

    // As of the trip's own day they count.
    const next = await call(backend, 'dashboard.summary', { asOf: '2022-03-11' });
    expect(next.headline.transportedTrips).toBe(6913 + transported);
    expectAgree(next, await call(backend, 'reports.generate', { date: '2022-03-11' }));
  });
});
