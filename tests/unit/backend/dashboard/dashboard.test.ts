import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { contract, type ChannelOutput } from '../../../../shared/contract/channels';
import type { ForecastRow, Trend } from '../../../../shared/domain/dashboard';
import { fakeClock } from '../../support/clock';
import { call, errorOf } from '../../support/fixtures';
import { register, step, validId } from '../../support/seekers';
import { tempDirs } from '../../support/temp-dir';

/**
 * A drive small enough to count by hand, run through the real backend (registration, pipeline,
 * triggers, counting module). As of 10 March 2022 with 10 stable days (stable: entered by 28 Feb);
 * the pace window is 4–10 March.
 *
 *   甲厂 (A) needs 100 in H1, 乙厂 (B) 30 in Q1. Tasks: 恩施市 10, 利川市 5 (H1).
 *   恩施市  a1 signed up (intends A) · a2 trip 5 Mar · a3 trips 12 Feb and 10 Mar
 *   利川市  b1 A: trip 14 Feb, hired 20 Feb · b2 A: trip 1 Mar, hired 10 Mar · b3 B: trip 12 Feb,
 *           hired 15 Feb, left 1 Mar (pay) · b4 A: trip 25 Feb, hired 28 Feb
 *   巴东县  c1 A: trip 12 Feb, hired 16 Feb, left 20 Feb (homesick), then B: arranged 25 Feb, trip 26 Feb
 *           c2 withdrawn · c3 trip 13 Feb, failed B's interview · c4 A: trip 6 Mar, passed exam 7 Mar
 *           c5 A: trip 8 Mar, trained 10 Mar · c6 A: trip 20 Feb, failed the exam 21 Feb
 */
const dirs = tempDirs();
const clock = fakeClock('2022-03-20T02:00:00.000Z');
let backend: Backend;
const E = { A: '', B: '' };
const C1 = '422801';
const C2 = '422802';
const C3 = '422823';

const line = (headcount: number, periodStart: string, periodEnd: string) => ({
  post: '普工',
  headcount,
  periodStart,
  periodEnd,
  shiftPattern: 'long_day' as const,
  payMin: null,
  payMax: null,
});

let seq = 100;
const person = (county: string, intended: string | null = null) =>
  register(backend, {
    idNumber: validId(county, '19900101', String(seq++)),
    countyCode: county,
    intendedEnterpriseId: intended,
  });

async function employ(id: string, at: string, trip: string, entry: string): Promise<void> {
  await step(backend, [id], 'transported', trip);
  await step(backend, [id], 'interview_passed', trip, { enterpriseId: at });
  await step(backend, [id], 'exam_passed', trip);
  await step(backend, [id], 'training_completed', trip);
  await step(backend, [id], 'employed', entry, { enterpriseId: at, post: '普工' });
}

let people: Record<string, string> = {};

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
  await call(backend, 'settings.update', { stableDays: 10, asOfDate: '2022-03-10' });
  E.A = (
    await call(backend, 'enterprises.save', { name: '甲厂', lines: [line(100, '2022-01-01', '2022-06-30')] })
  ).id;
  E.B = (
    await call(backend, 'enterprises.save', { name: '乙厂', lines: [line(30, '2022-01-01', '2022-03-31')] })
  ).id;
  await call(backend, 'countyTasks.save', {
    periodStart: '2022-01-01',
    periodEnd: '2022-06-30',
    tasks: [
      { countyCode: C1, headcount: 10 },
      { countyCode: C2, headcount: 5 },
    ],
  });

  const a1 = await person(C1, E.A);
  const [a2, a3] = [await person(C1), await person(C1)];
  await step(backend, [a2, a3], 'verified', '2022-02-11');
  await step(backend, [a3], 'transported', '2022-02-12');
  await step(backend, [a2], 'transported', '2022-03-05');
  await step(backend, [a3], 'transported', '2022-03-10');

  const [b1, b2, b3, b4] = [await person(C2), await person(C2), await person(C2), await person(C2)];
  await step(backend, [b1, b2, b3, b4], 'verified', '2022-02-11');
  await employ(b1, E.A, '2022-02-14', '2022-02-20');
  await employ(b2, E.A, '2022-03-01', '2022-03-10');
  await employ(b3, E.B, '2022-02-12', '2022-02-15');
  await step(backend, [b3], 'left', '2022-03-01', { reason: 'pay' });
  await employ(b4, E.A, '2022-02-25', '2022-02-28');

  const c = [];
  for (let i = 0; i < 6; i++) c.push(await person(C3));
  const [c1, c2, c3, c4, c5, c6] = c as [string, string, string, string, string, string];
  await step(backend, c, 'verified', '2022-02-11');
  await employ(c1, E.A, '2022-02-12', '2022-02-16');
  await step(backend, [c1], 'left', '2022-02-20', { reason: 'homesick' });
  await step(backend, [c1], 'interview_arranged', '2022-02-25', { enterpriseId: E.B });
  await step(backend, [c1], 'transported', '2022-02-26');
  await step(backend, [c2], 'withdrawn', '2022-02-12');
  await step(backend, [c3], 'transported', '2022-02-13');
  await step(backend, [c3], 'interview_failed', '2022-02-13', { enterpriseId: E.B });
  await step(backend, [c4], 'transported', '2022-03-06');
  await step(backend, [c4], 'interview_passed', '2022-03-06', { enterpriseId: E.A });
  await step(backend, [c4], 'exam_passed', '2022-03-07');
  await step(backend, [c5], 'transported', '2022-03-08');
  await step(backend, [c5], 'interview_passed', '2022-03-08', { enterpriseId: E.A });
  await step(backend, [c5], 'exam_passed', '2022-03-09');
  await step(backend, [c5], 'training_completed', '2022-03-10');
  await step(backend, [c6], 'transported', '2022-02-20');
  await step(backend, [c6], 'interview_passed', '2022-02-20', { enterpriseId: E.A });
  await step(backend, [c6], 'exam_failed', '2022-02-21');
  people = { a1, a2, a3, b1, b2, b3, b4, c1, c2, c3, c4, c5, c6 };
});
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

const dashboard = (input: Parameters<typeof call<'dashboard.summary'>>[2] = {}) =>
  call(backend, 'dashboard.summary', input);
const day = (trend: Trend, date: string) => trend.days.find((x) => x.date === date);
const forecastOf = (d: ChannelOutput<'dashboard.summary'>, kind: ForecastRow['kind'], key: string) =>
  d.forecasts.find((f) => f.kind === kind && f.key === key);

describe('the dashboard, counted by hand', () => {
  it('gives the headline figures and their change since yesterday', async () => {
    const d = await dashboard();
    expect(contract['dashboard.summary'].output.safeParse(d).success).toBe(true);
    expect(d).toMatchObject({
      asOf: '2022-03-10',
      stableDays: 10,
      period: { start: '2022-01-01', end: '2022-06-30' },
    });
    expect(d.headline).toEqual({
      target: 130,
      targetKind: 'demand',
      employed: 5,
      employedNow: 3,
      stable: 2,
      gap: 127,
      transportedTrips: 13,
      transportedPeople: 11,
      // b2 hired today, b4 stable from today (entered 28 Feb), a3's second trip today.
      change: { target: 0, employed: 1, employedNow: 1, stable: 1, gap: -1, transportedTrips: 1 },
      afterAsOf: { transportedTrips: 0, employed: 0 },
    });
  });

  it('sets each enterprise’s demand against people on the job and still on their way', async () => {
    const d = await dashboard();
    expect(d.enterprises.map((e) => e.name)).toEqual(['甲厂', '乙厂']);
    const [a, b] = d.enterprises;
    expect(a).toMatchObject({ demand: 100, employed: 4, employedNow: 3, stable: 2, gap: 97, inPipeline: 2 });
    expect(a!.pipeline).toEqual({
      verified: 0,
      interview_arranged: 0,
      transported: 0,
      interview_passed: 0,
      exam_passed: 1,
      training_completed: 1,
    });
    expect(b).toMatchObject({ demand: 30, employed: 1, employedNow: 0, stable: 0, gap: 30, inPipeline: 1 });
    expect(b!.pipeline.transported).toBe(1);
  });

  it('measures each county against its task and an even pace through the half-year', async () => {
    const d = await dashboard();
    const by = Object.fromEntries(d.counties.map((c) => [c.code, c]));
    const even = 69 / 181; // 1 Jan–10 Mar of 1 Jan–30 Jun
    expect(by[C1]).toMatchObject({
      task: 10,
      signedUp: 3,
      transportedPeople: 2,
      transportedTrips: 3,
      employedNow: 0,
      complete: 0,
      pace: 'behind',
    });
    expect(by[C1]!.expected).toBeCloseTo(even, 10);
    expect(by[C2]).toMatchObject({
      task: 5,
      signedUp: 4,
      transportedPeople: 4,
      employed: 4,
      employedNow: 3,
      stable: 2,
      complete: 0.6,
      pace: 'ahead',
    });
    expect(by[C3]).toMatchObject({
      task: null,
      signedUp: 6,
      transportedPeople: 5,
      transportedTrips: 6,
      employed: 1,
      employedNow: 0,
      complete: null,
      pace: 'no_task',
    });
    expect(d.counties).toHaveLength(8);
  });

  it('crosses counties with enterprises', async () => {
    const d = await dashboard();
    const cells = d.matrix
      .map(
        (c) =>
          `${c.countyCode} ${c.enterpriseId === E.A ? 'A' : 'B'} ${c.transported}/${c.employed}/${c.stable}`,
      )
      .sort();
    expect(cells).toEqual([`${C2} A 3/3/2`, `${C2} B 1/1/0`, `${C3} A 3/1/0`, `${C3} B 2/0/0`]);
  });

  it('follows people down the funnel, with each step’s conversion', async () => {
    const d = await dashboard();
    expect(d.funnel.map((f) => [f.step, f.value])).toEqual([
      ['transported_trips', 13],
      ['transported', 11],
      ['interview_passed', 8],
      ['exam_passed', 7],
      ['trained', 6],
      ['employed', 5],
      ['stable', 2],
    ]);
    expect(d.funnel.map((f) => f.rate)).toEqual([null, null, 8 / 11, 7 / 8, 6 / 7, 5 / 6, 2 / 5]);
  });

  it('keeps retention and leavers by reason', async () => {
    const d = await dashboard();
    expect(d.retention).toMatchObject({ employed: 5, employedNow: 3, stable: 2, rate: 0.4, left: 2 });
    expect(d.retention.byReason.filter((r) => r.count > 0)).toEqual([
      { reason: 'homesick', count: 1 },
      { reason: 'pay', count: 1 },
    ]);
  });

  it('draws the daily trend with the projection and the pace needed', async () => {
    const { trend } = await dashboard();
    expect(trend.days[0]!.date).toBe('2022-02-10');
    expect(trend.days.at(-1)!.date).toBe('2022-03-10');
    expect(trend.days).toHaveLength(29);
    expect(trend.days[0]).toMatchObject({ signedUp: 13, trips: 0, employedNow: 0 });
    expect(day(trend, '2022-02-20')).toMatchObject({
      trips: 1,
      employed: 1,
      left: 1,
      employedNow: 2,
    });
    expect(day(trend, '2022-02-28')).toMatchObject({ employed: 1, stable: 1, employedNow: 3 });
    expect(day(trend, '2022-03-01')).toMatchObject({
      trips: 1,
      left: 1,
      stable: 0,
      employedNow: 3 - 1,
    });
    expect(trend.days.at(-1)).toEqual({
      date: '2022-03-10',
      signedUp: 0,
      trips: 1,
      employed: 1,
      left: 0,
      stable: 2,
      employedNow: 3,
    });
    expect(trend).toMatchObject({ target: 130, deadline: '2022-06-30' });
    // One hire in the last 7 days: 1/7 a day for the 112 days to 30 June.
    expect(trend.projection[0]).toEqual({ date: '2022-03-10', value: 3 });
    expect(trend.projection.at(-1)).toEqual({ date: '2022-06-30', value: 19 });
    expect(trend.projection).toHaveLength(113);
    expect(trend.required).toEqual([
      { date: '2022-03-10', value: 3 },
      { date: '2022-06-30', value: 130 },
    ]);
  });

  it('forecasts each enterprise with a deadline and each county task, step by step', async () => {
    const d = await dashboard();
    expect(d.forecasts.map((f) => `${f.kind} ${f.key}`)).toEqual([
      `enterprise ${E.A}`,
      `enterprise ${E.B}`,
      `county ${C1}`,
      `county ${C2}`,
    ]);
    // 甲厂: 4 hires over 6 person-trips so far, 1 hire and 2 trips in the window; c4 (exam passed)
    // and c5 (trained) are expected to be hired (everyone past those steps so far was).
    const a = forecastOf(d, 'enterprise', E.A)!;
    expect(a.inputs).toMatchObject({
      target: 100,
      achieved: 3,
      deadline: '2022-06-30',
      hiresInWindow: 1,
      tripsInWindow: 2,
      hiresTotal: 4,
      tripsTotal: 6,
      expectedFromPipeline: 2,
    });
    expect(a.inputs.pipeline).toEqual([
      { stage: 'interview_passed', people: 0, conversion: 5 / 6 },
      { stage: 'exam_passed', people: 1, conversion: 1 },
      { stage: 'training_completed', people: 1, conversion: 1 },
    ]);
    expect(a.result).toEqual({
      status: 'behind',
      gap: 97,
      gapAfterPipeline: 95,
      hiresPerDay: 1 / 7,
      tripsPerDay: 2 / 7,
      daysLeft: 112,
      closesOn: '2024-01-18', // 97 ÷ (1/7) = 679 days
      closesInTime: false,
      conversion: 4 / 6,
      tripsNeeded: 143, // 95 ÷ (4/6) = 142.5
      tripsPerDayNeeded: 143 / 113,
    });
    // 乙厂: nobody hired in the window; 1 hire over 4 person-trips so far.
    expect(forecastOf(d, 'enterprise', E.B)!.result).toMatchObject({
      status: 'stalled',
      gap: 30,
      closesOn: null,
      daysLeft: 21,
      conversion: 0.25,
      tripsNeeded: 120,
      tripsPerDayNeeded: 120 / 22,
    });
    // 恩施市: three trips, no hire yet: no conversion to estimate trips from.
    expect(forecastOf(d, 'county', C1)!).toMatchObject({
      inputs: { target: 10, achieved: 0, tripsTotal: 3, tripsInWindow: 2, hiresTotal: 0 },
      result: { status: 'stalled', conversion: 0, tripsNeeded: null },
    });
    // 利川市: 2 to go at 1/7 a day: 14 days, well before 30 June.
    expect(forecastOf(d, 'county', C2)!.result).toMatchObject({
      status: 'on_track',
      gap: 2,
      closesOn: '2022-03-24',
      closesInTime: true,
      conversion: 1,
      tripsNeeded: 2,
    });
  });
});

describe('the dashboard for one county or one enterprise', () => {
  it('measures a county against its task', async () => {
    const d = await dashboard({ countyCode: C2 });
    expect(d.headline).toEqual({
      target: 5,
      targetKind: 'task',
      employed: 4,
      employedNow: 3,
      stable: 2,
      gap: 2,
      transportedTrips: 4,
      transportedPeople: 4,
      change: { target: 0, employed: 1, employedNow: 1, stable: 1, gap: -1, transportedTrips: 0 },
      afterAsOf: { transportedTrips: 0, employed: 0 },
    });
    expect(d.enterprises.map((e) => [e.name, e.employedNow, e.gap])).toEqual([
      ['甲厂', 3, 97],
      ['乙厂', 0, 30],
    ]);
    expect(d.funnel.map((f) => f.value)).toEqual([4, 4, 4, 4, 4, 4, 2]);
    expect(d.retention.byReason.find((r) => r.reason === 'pay')?.count).toBe(1);
    expect(d.trend).toMatchObject({ target: 5, deadline: '2022-06-30' });
  });

  it('measures an enterprise against its demand; its leavers stay with it', async () => {
    const d = await dashboard({ enterpriseId: E.A });
    expect(d.headline).toMatchObject({
      target: 100,
      employed: 4,
      employedNow: 3,
      stable: 2,
      gap: 97,
      transportedTrips: 6,
    });
    expect(d.headline.change).toEqual({
      target: 0,
      employed: 1,
      employedNow: 1,
      stable: 1,
      gap: -1,
      transportedTrips: 0,
    });
    expect(d.enterprises.map((e) => e.name)).toEqual(['甲厂']);
    // The funnel follows the people heading for 甲厂 now (c1 has moved on to 乙厂).
    expect(d.funnel.map((f) => f.value)).toEqual([6, 6, 6, 5, 4, 3, 2]);
    expect(d.retention).toMatchObject({ employed: 4, stable: 2, left: 1 });
    expect(d.trend.days.at(-1)).toMatchObject({ employedNow: 3, stable: 2 });
  });

  it('has no target for a county and an enterprise together', async () => {
    const d = await dashboard({ countyCode: C3, enterpriseId: E.B });
    expect(d.headline).toMatchObject({ target: null, gap: null, transportedTrips: 3, transportedPeople: 2 });
  });
});

describe('the daily report', () => {
  it('reports each county’s day and totals, flags the silent ones, and forecasts each enterprise', async () => {
    const r = await call(backend, 'reports.generate', { date: '2022-03-10' });
    expect(contract['reports.generate'].output.safeParse(r).success).toBe(true);
    const by = Object.fromEntries(
      r.counties.map(({ code, nameZh: _z, nameEn: _e, ...rest }) => [code, rest]),
    );
    expect(by[C1]).toEqual({
      task: 10,
      signedUpDay: 0,
      signedUpTotal: 3,
      verifiedDay: 0,
      verifiedTotal: 2,
      tripsDay: 1,
      tripsTotal: 3,
      employedDay: 0,
      employedNow: 0,
      stable: 0,
      complete: 0,
      visitsDay: 0,
      visitsTotal: 0,
      visitSignUpsDay: 0,
      visitSignUpsTotal: 0,
      silent: false,
    });
    expect(by[C2]).toMatchObject({
      task: 5,
      tripsTotal: 4,
      employedDay: 1,
      employedNow: 3,
      stable: 2,
      complete: 0.6,
      silent: false,
    });
    expect(by[C3]).toMatchObject({
      task: null,
      tripsTotal: 6,
      employedNow: 0,
      complete: null,
      silent: false,
    });
    expect(r.counties.filter((c) => c.silent).map((c) => c.code)).toEqual([
      '422822',
      '422825',
      '422826',
      '422827',
      '422828',
    ]);
    expect(r.totals).toEqual({
      task: 15,
      signedUpDay: 0,
      signedUpTotal: 13,
      verifiedDay: 0,
      verifiedTotal: 12,
      tripsDay: 1,
      tripsTotal: 13,
      employedDay: 1,
      employedNow: 3,
      stable: 2,
      complete: 0.2,
      visitsDay: 0,
      visitsTotal: 0,
      visitSignUpsDay: 0,
      visitSignUpsTotal: 0,
    });
    expect(
      r.enterprises.map((e) => [e.name, e.demand, e.deadline, e.hiresDay, e.employedNow, e.gap]),
    ).toEqual([
      ['甲厂', 100, '2022-06-30', 1, 3, 97],
      ['乙厂', 30, '2022-03-31', 0, 0, 30],
    ]);
    const dash = await dashboard();
    expect(r.enterprises[0]!.forecast).toEqual(forecastOf(dash, 'enterprise', E.A)!.result);
    expect(r.sections).toEqual([]);
  });

  it('reports an earlier day as it was that day', async () => {
    const r = await call(backend, 'reports.generate', { date: '2022-02-28' });
    const c2 = r.counties.find((c) => c.code === C2)!;
    // Hired by then: b3, b1, b4 (c1 had left); b3 left only on 1 March, 13 days after starting.
    expect(c2).toMatchObject({ employedDay: 1, employedNow: 3, stable: 1, tripsTotal: 3, tripsDay: 0 });
    expect(r.totals.tripsTotal).toBe(8);
  });

  it('stays as generated when later records arrive, and is listed by date', async () => {
    const first = (await call(backend, 'reports.list', {})).find((x) => x.date === '2022-03-10')!;
    expect(first.silentCounties).toBe(5);
    await step(backend, [people.a1!], 'verified', '2022-03-10');
    const reopened = await call(backend, 'reports.get', { id: first.id });
    expect(reopened.counties.find((c) => c.code === C1)!.verifiedDay).toBe(0);
    // A second report of the date is made only on purpose: refused, naming the one there is.
    const refused = errorOf(await backend.invoke('reports.generate', { date: '2022-03-10' }));
    expect(refused).toMatchObject({
      code: 'conflict',
      message: 'reports.exists',
      params: { id: first.id, date: '2022-03-10', versions: 1 },
    });
    const again = await call(backend, 'reports.generate', { date: '2022-03-10', newVersion: true });
    expect(again).toMatchObject({ version: 2, versions: 2 });
    expect(again.counties.find((c) => c.code === C1)!.verifiedDay).toBe(1);
    const list = await call(backend, 'reports.list', {});
    expect(list.map((x) => [x.date, x.version, x.versions])).toEqual([
      ['2022-03-10', 2, 2],
      ['2022-03-10', 1, 2],
      ['2022-02-28', 1, 1],
    ]);
    expect(list[0]!.id).toBe(again.id);
    expect(await call(backend, 'reports.get', { id: first.id })).toMatchObject({ version: 1, versions: 2 });
  });

  it('exports a report as .xlsx: a sheet of counties and one of enterprises', async () => {
    const ExcelJS = (await import('exceljs')).default;
    // The newest report of 3/10 is its second version: marked as such in the title and the file name.
    const r = (await call(backend, 'reports.list', {}))[0]!;
    const file = await call(backend, 'reports.export', { id: r.id, language: 'zh-CN' });
    expect(file.fileName).toBe('恩施州“春风行动”工作日报（2022-03-10） 第 2 版.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['各县市', '各企业']);
    const counties = wb.worksheets[0]!;
    expect(counties.getCell('A1').value).toBe('恩施州“春风行动”工作日报（2022-03-10） 第 2 版');
    expect(counties.getRow(2).getCell(1).value).toBe('县市');
    expect(counties.getRow(3).getCell(1).value).toBe('恩施市');
    expect(counties.getRow(11).getCell(1).value).toBe('全州');
    // Field visits come first, then the people: sign-ups, verified, person-trips.
    expect(counties.getRow(2).getCell(3).value).toBe('走访场次（当日）');
    expect(counties.getRow(2).getCell(7).value).toBe('报名（当日）');
    expect(counties.getRow(11).getCell(12).value).toBe(13);
    expect(wb.worksheets[1]!.getRow(3).getCell(1).value).toBe('甲厂');
  });
});

describe('county tasks', () => {
  it('are set per period, changed, removed, and audited', async () => {
    const period = { periodStart: '2022-07-01', periodEnd: '2022-12-31' };
    await call(backend, 'countyTasks.save', { ...period, tasks: [{ countyCode: C3, headcount: 40 }] });
    let tasks = await call(backend, 'countyTasks.save', {
      ...period,
      tasks: [{ countyCode: C3, headcount: 45 }],
    });
    expect(
      tasks.filter((t) => t.periodStart === '2022-07-01').map((t) => [t.countyCode, t.headcount]),
    ).toEqual([[C3, 45]]);
    tasks = await call(backend, 'countyTasks.save', {
      ...period,
      tasks: [{ countyCode: C3, headcount: null }],
    });
    expect(tasks.some((t) => t.periodStart === '2022-07-01')).toBe(false);
    const audit = await call(backend, 'audit.list', { limit: 10 });
    expect(audit.filter((a) => a.action === 'countyTasks.save').map((a) => a.summary)).toContainEqual({
      key: 'county_tasks',
      params: { from: '2022-07-01', to: '2022-12-31' },
      parts: [{ key: 'task_removed', params: { county: '422823', headcount: 45 } }],
    });
  });

  it('refuses a negative task and a period that ends before it starts', async () => {
    const bad = await backend.invoke('countyTasks.save', {
      periodStart: '2022-06-30',
      periodEnd: '2022-01-01',
      tasks: [{ countyCode: C1, headcount: -1 }],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.issues?.map((i) => i.message).sort()).toEqual(['v.not_negative', 'v.period_order']);
    }
  });
});
