import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { contract, type ChannelOutput } from '../../../../shared/contract/channels';
import { fakeClock } from '../../support/clock';
import { call } from '../../support/fixtures';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
const XUANEN = '422825';
let backend: Backend;
let list: ChannelOutput<'findings.list'>;
let summary: ChannelOutput<'findings.summary'>;

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: fakeClock('2026-02-11T08:00:00.000Z').now });
  await call(backend, 'demo.load', {});
  list = await call(backend, 'findings.list', {});
  summary = await call(backend, 'findings.summary', {});
}, 180_000);
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

const find = (words: string) => list.rows.find((f) => f.problem.includes(words));

describe('the demo’s supervision findings', () => {
  it('are valid by the contract and counted as of the demo’s 10 March', () => {
    expect(contract['findings.list'].output.safeParse(list).success).toBe(true);
    expect(list.asOf).toBe('2022-03-10');
    expect(summary.asOf).toBe('2022-03-10');
  });

  it('cover several counties, Xuan’en among them, with some overdue and some closed', () => {
    const counties = new Set(list.rows.map((f) => f.countyCode));
    expect(counties.size).toBeGreaterThanOrEqual(6);
    expect(summary.counties.find((c) => c.countyCode === XUANEN)).toEqual({
      countyCode: XUANEN,
      open: 2,
      overdue: 1,
      closedThisMonth: 1,
      total: 4,
    });
    expect(summary.totals.overdue).toBeGreaterThanOrEqual(4);
    expect(summary.totals.closedThisMonth).toBeGreaterThanOrEqual(3);
    expect(list.rows.filter((f) => f.state === 'closed').length).toBeGreaterThan(
      summary.totals.closedThisMonth,
    );
  });

  it('lists the overdue first, most overdue first', () => {
    const overdue = list.rows.filter((f) => f.overdueDays > 0);
    expect(list.rows.slice(0, overdue.length)).toEqual(overdue);
    expect(overdue.map((f) => f.overdueDays)).toEqual(
      [...overdue.map((f) => f.overdueDays)].sort((a, b) => b - a),
    );
    expect(overdue[0]).toMatchObject({ countyCode: XUANEN, overdueDays: 6, state: 'in_progress' });
  });

  it('echoes the article: Luxshare’s gap, Daxiang without a mothers’ line, dormitories checked', () => {
    expect(find('缺口500')).toMatchObject({
      enterpriseName: '立讯精密工业（恩施）有限公司',
      state: 'in_progress',
    });
    expect(find('宝妈线')).toMatchObject({ enterpriseName: '恩施大象科技有限公司', state: 'checked' });
    expect(find('宿舍')?.state).toBe('closure_requested');
  });

  it('has one finding sent back with its reason, and one followed up after closing', () => {
    const back = list.rows.find((f) => f.state === 'returned');
    expect(back?.returnReason).toContain('只有计划');
    const followed = list.rows.find((f) => f.steps.some((s) => s.step === 'follow_up'));
    expect(followed).toMatchObject({ state: 'closed', closedOn: '2022-02-26' });
  });
});
