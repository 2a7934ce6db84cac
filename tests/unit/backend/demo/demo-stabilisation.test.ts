import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import { fakeClock } from '../../support/clock';
import { call } from '../../support/fixtures';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
let backend: Backend;
let cases: ChannelOutput<'cases.list'>;
let counts: ChannelOutput<'counts.summary'>;

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: fakeClock('2026-02-11T08:00:00.000Z').now });
  await call(backend, 'demo.load', {});
  cases = await call(backend, 'cases.list', {});
  counts = await call(backend, 'counts.summary', {});
}, 180_000);
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

const find = (words: string) => cases.rows.filter((c) => c.request.includes(words));

describe('the demo’s factory diary', () => {
  it('keeps the article’s funnel exact: transfers move people between enterprises, not out of the drive', () => {
    expect(counts.totals).toMatchObject({
      transportedTrips: 6913,
      employed: 2788,
      stable: 1087,
      employedNow: 2628,
    });
    const moved = counts.byEnterprise.reduce((n, e) => n + e.transfersIn, 0);
    expect(moved).toBe(counts.byEnterprise.reduce((n, e) => n + e.transfersOut, 0));
    expect(moved).toBeGreaterThanOrEqual(1);
  });

  it('has a special class at each of the eight enterprises, staff from several counties', async () => {
    const classes = await call(backend, 'classes.list', {});
    expect(new Set(classes.map((c) => c.enterpriseId)).size).toBe(8);
    const lixun = classes.find((c) => c.name.includes('立讯'))!;
    expect(new Set(lixun.members.map((m) => m.countyCode)).size).toBeGreaterThanOrEqual(5);
  });

  it('tells the article’s cases', async () => {
    const [spine] = find('颈椎病');
    expect(spine).toMatchObject({
      type: 'illness',
      status: 'resolved',
      goods: expect.stringContaining('药'),
    });
    const [mother] = find('宝妈线');
    expect(mother?.type).toBe('childcare');
    const motherRecord = await call(backend, 'stabilisation.person', { seekerId: mother!.seekerId });
    expect(motherRecord.placements.map((p) => p.via)).toEqual(['employed', 'transfer']);
    expect(motherRecord.placements[1]?.post).toBe('宝妈线普工');
    const [couple] = find('接孩子');
    const coupleRecord = await call(backend, 'stabilisation.person', { seekerId: couple!.seekerId });
    expect(coupleRecord.leaves[0]).toMatchObject({ startDate: '2022-03-05', endDate: '2022-04-04' });
    expect(coupleRecord.stage).toBe('employed');
    const [money] = find('150元');
    expect(money?.actions.map((a) => a.cashYuan)).toEqual([100, 100]);
    expect(find('不适应SMT')[0]?.type).toBe('post_change');
  });

  it('puts some people on the at-risk list for each reason, most urgent first', async () => {
    const risk = await call(backend, 'risk.list', {});
    const reasons = new Set(risk.rows.flatMap((r) => r.signals.map((s) => s.reason)));
    expect(reasons).toEqual(new Set(['quit_intention', 'high_risk', 'missed_visit', 'not_back']));
    const urgencies = risk.rows.map((r) => r.urgency);
    expect(urgencies).toEqual([...urgencies].sort((a, b) => b - a));
    expect(risk.rows.every((r) => r.responsible !== '')).toBe(true);
    const due = await call(backend, 'visits.due', {});
    expect(due.overdue).toBeGreaterThan(20);
    expect(due.overdue).toBeLessThan(400);
  });

  it('offers the reports its most telling cases', async () => {
    const notable = await call(backend, 'cases.notable', { from: '2022-02-09', to: '2022-03-10', limit: 5 });
    const requests = notable.map((c) => c.request).join('|');
    expect(requests).toContain('150元');
    expect(requests).toContain('接孩子');
  });
});
