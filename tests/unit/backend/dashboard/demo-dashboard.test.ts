import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import { fakeClock } from '../../support/clock';
import { call } from '../../support/fixtures';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
let backend: Backend;
let d: ChannelOutput<'dashboard.summary'>;

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: fakeClock('2022-03-10T08:00:00.000Z').now });
  await call(backend, 'demo.load', {});
  d = await call(backend, 'dashboard.summary', {});
}, 120_000);
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

describe('the dashboard on the demo', () => {
  it("shows the article's 6,913 person-trips, 2,788 employed and 1,087 stable against 6,800 wanted", () => {
    expect(d.asOf).toBe('2022-03-10');
    expect(d.headline).toMatchObject({ target: 6800, transportedTrips: 6913, employed: 2788, stable: 1087 });
    expect(d.funnel.find((f) => f.step === 'transported_trips')?.value).toBe(6913);
    expect(d.funnel.find((f) => f.step === 'employed')?.value).toBe(2788);
    expect(d.funnel.find((f) => f.step === 'stable')?.value).toBe(1087);
    expect(d.retention).toMatchObject({ employed: 2788, stable: 1087 });
  });

  it('agrees with itself: the trend adds up to the headline, the enterprises and counties to the totals', () => {
    expect(d.trend.days.reduce((n, x) => n + x.trips, 0)).toBe(6913);
    const last = d.trend.days.at(-1)!;
    expect(last).toMatchObject({ date: '2022-03-10', employedNow: d.headline.employedNow, stable: 1087 });
    expect(d.counties.reduce((n, c) => n + c.employedNow, 0)).toBe(d.headline.employedNow);
    expect(d.enterprises.reduce((n, e) => n + e.demand, 0)).toBe(6800);
    expect(d.matrix.reduce((n, c) => n + c.employed, 0)).toBe(2788);
    expect(d.retention.byReason.reduce((n, r) => n + r.count, 0)).toBe(d.retention.left);
    expect(d.headline.employed - d.headline.employedNow).toBe(d.retention.left);
  });

  it('has a task for each county and a forecast for each enterprise and county', () => {
    expect(d.counties.reduce((n, c) => n + (c.task ?? 0), 0)).toBe(7150);
    expect(d.forecasts.filter((f) => f.kind === 'enterprise')).toHaveLength(8);
    expect(d.forecasts.filter((f) => f.kind === 'county')).toHaveLength(8);
    expect(d.counties.filter((c) => c.pace === 'behind').map((c) => c.nameEn)).toEqual([
      'Lichuan City',
      'Badong County',
      'Laifeng County',
    ]);
  });

  it('reports the last day with the same totals', async () => {
    const r = await call(backend, 'reports.generate', { date: '2022-03-10' });
    expect(r.totals).toMatchObject({
      tripsTotal: 6913,
      employedNow: d.headline.employedNow,
      stable: 1087,
      task: 7150,
    });
    expect(r.counties.filter((c) => c.silent)).toEqual([]);
    // Stabilisation's notable service cases that day, the case types as keys the page translates.
    const cases = r.sections.find((s) => s.kind === 'notable_cases');
    expect(cases?.rows.length).toBeGreaterThan(0);
    expect(cases?.columns.map((c) => c.translate)).toEqual([false, false, true, false, false, true]);
    expect(cases?.rows.every((row) => String(row[2]).startsWith('stabilisation.caseType.'))).toBe(true);
  });
});
