import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { contract } from '../../../../shared/contract/channels';
import { emptyCountRow, type CountRow } from '../../../../shared/domain/counts';
import { EVENT_TYPES } from '../../../../shared/domain/pipeline';
import { fakeClock } from '../../support/clock';
import { call } from '../../support/fixtures';
import { expectTallyAgrees, register, step, validId } from '../../support/seekers';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
const clock = fakeClock('2022-03-20T02:00:00.000Z');
let backend: Backend;
const E: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };

const line = (headcount: number, periodStart: string, periodEnd: string) => ({
  post: '普工',
  headcount,
  periodStart,
  periodEnd,
  shiftPattern: 'long_day' as const,
  payMin: null,
  payMax: null,
});

/** The small drive every figure below is counted from by hand. */
beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
  await call(backend, 'settings.update', { stableDays: 10, asOfDate: '2022-03-10' });
  E.A = (
    await call(backend, 'enterprises.save', {
      name: '甲厂',
      lines: [line(100, '2022-01-01', '2022-06-30'), line(50, '2022-07-01', '2022-12-31')],
    })
  ).id;
  E.B = (
    await call(backend, 'enterprises.save', { name: '乙厂', lines: [line(30, '2022-01-01', '2022-03-31')] })
  ).id;
  E.C = (
    await call(backend, 'enterprises.save', { name: '丙厂', lines: [line(70, '2022-01-01', '2022-06-30')] })
  ).id;
  await call(backend, 'enterprises.archive', { id: E.C, archived: true });

  let seq = 100;
  const p = (county: string, intended: string | null = null) =>
    register(backend, {
      idNumber: validId(county, '19900101', String(seq++)),
      countyCode: county,
      intendedEnterpriseId: intended,
    });
  const employ = async (id: string, at: string, trip: string, entry: string) => {
    await step(backend, [id], 'transported', trip);
    await step(backend, [id], 'interview_passed', trip, { enterpriseId: at });
    await step(backend, [id], 'exam_passed', trip);
    await step(backend, [id], 'training_completed', trip);
    await step(backend, [id], 'employed', entry, { enterpriseId: at, post: '普工' });
  };

  // 恩施市: signed up (intended 甲), verified (any), transported twice (any).
  await p('422801', E.A);
  const p2 = await p('422801');
  const p3 = await p('422801');
  await step(backend, [p2, p3], 'verified', '2022-02-11');
  await step(backend, [p3], 'transported', '2022-02-12');
  await step(backend, [p3], 'transported', '2022-02-20');
  // 利川市: employed at 甲 on 20 Feb (stable by 10 Mar with 10 days), at 甲 on 5 Mar (not yet),
  // at 乙 on 15 Feb and left on 1 Mar.
  const [p4, p5, p6] = [await p('422802'), await p('422802'), await p('422802')];
  await step(backend, [p4, p5, p6], 'verified', '2022-02-11');
  await employ(p4, E.A, '2022-02-14', '2022-02-20');
  await employ(p5, E.A, '2022-03-01', '2022-03-05');
  await employ(p6, E.B, '2022-02-12', '2022-02-15');
  await step(backend, [p6], 'left', '2022-03-01', { reason: 'pay' });
  // 巴东县: employed at 甲, left, now on a second ride towards 乙; withdrawn; failed 乙's interview.
  const [p7, p8, p9] = [await p('422823'), await p('422823'), await p('422823')];
  await step(backend, [p7, p8, p9], 'verified', '2022-02-11');
  await employ(p7, E.A, '2022-02-12', '2022-02-16');
  await step(backend, [p7], 'left', '2022-02-20', { reason: 'homesick' });
  await step(backend, [p7], 'interview_arranged', '2022-02-25', { enterpriseId: E.B });
  await step(backend, [p7], 'transported', '2022-02-26');
  await step(backend, [p8], 'withdrawn', '2022-02-12');
  await step(backend, [p9], 'transported', '2022-02-13');
  await step(backend, [p9], 'interview_failed', '2022-02-13', { enterpriseId: E.B });
});
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

function row(stages: Partial<CountRow['stages']>, rest: Partial<Omit<CountRow, 'stages'>>): CountRow {
  const base = emptyCountRow();
  const signedUp = Object.values(stages).reduce((s, n) => s + n, 0);
  return { ...base, signedUp, ...rest, stages: { ...base.stages, ...stages } };
}

describe('the counting module', () => {
  it('counts the whole drive', async () => {
    const s = await call(backend, 'counts.summary', {});
    expect(s).toMatchObject({
      asOf: '2022-03-10',
      stableDays: 10,
      period: { start: '2022-01-01', end: '2022-06-30' },
    });
    expect(s.totals).toEqual(
      row(
        {
          signed_up: 1,
          verified: 1,
          transported: 2,
          interview_failed: 1,
          employed: 2,
          left: 1,
          withdrawn: 1,
        },
        {
          transportedTrips: 8,
          transportedPeople: 6,
          employed: 4,
          employedNow: 2,
          stable: 1,
          left: 2,
          withdrawn: 1,
        },
      ),
    );
    expect(contract['counts.summary'].output.safeParse(s).success).toBe(true);
  });

  it('counts each enterprise: the pipeline by current enterprise, employment by latest employer', async () => {
    const s = await call(backend, 'counts.summary', {});
    expect(s.byEnterprise.map((e) => e.name)).toEqual(['甲厂', '乙厂']);
    const [a, b] = s.byEnterprise;
    expect(a).toMatchObject({
      ...row(
        { signed_up: 1, employed: 2 },
        { transportedTrips: 2, transportedPeople: 2, employed: 3, employedNow: 2, stable: 1, left: 1 },
      ),
      enterpriseId: E.A,
      name: '甲厂',
      shortName: '',
      demand: 100,
      gap: 98,
    });
    expect(b).toMatchObject({
      ...row(
        { transported: 1, interview_failed: 1, left: 1 },
        { transportedTrips: 4, transportedPeople: 3, employed: 1, employedNow: 0, left: 1 },
      ),
      enterpriseId: E.B,
      name: '乙厂',
      shortName: '',
      demand: 30,
      gap: 30,
    });
    expect(s.demand).toBe(130);
  });

  it('counts those with no enterprise yet as unassigned', async () => {
    const s = await call(backend, 'counts.summary', {});
    expect(s.unassigned).toEqual(
      row(
        { verified: 1, transported: 1, withdrawn: 1 },
        { transportedTrips: 2, transportedPeople: 1, withdrawn: 1 },
      ),
    );
  });

  it('reads a tally that agrees with the people themselves', () => {
    expectTallyAgrees(backend);
  });

  it('counts each county, all eight listed', async () => {
    const s = await call(backend, 'counts.summary', {});
    expect(s.byCounty.map((c) => c.code)).toEqual([
      '422801',
      '422802',
      '422822',
      '422823',
      '422825',
      '422826',
      '422827',
      '422828',
    ]);
    const by = Object.fromEntries(
      s.byCounty.map(({ code, nameZh: _z, nameEn: _e, ...counts }) => [code, counts]),
    );
    expect(by['422801']).toEqual(
      row({ signed_up: 1, verified: 1, transported: 1 }, { transportedTrips: 2, transportedPeople: 1 }),
    );
    expect(by['422802']).toEqual(
      row(
        { employed: 2, left: 1 },
        { transportedTrips: 3, transportedPeople: 3, employed: 3, employedNow: 2, stable: 1, left: 1 },
      ),
    );
    expect(by['422823']).toEqual(
      row(
        { transported: 1, interview_failed: 1, withdrawn: 1 },
        { transportedTrips: 3, transportedPeople: 2, employed: 1, left: 1, withdrawn: 1 },
      ),
    );
    expect(by['422822']).toEqual(emptyCountRow());
    expect(s.byCounty.find((c) => c.code === '422823')).toMatchObject({
      nameZh: '巴东县',
      nameEn: 'Badong County',
    });
  });

  it('adds up: enterprises and unassigned, and counties, give the totals', async () => {
    const s = await call(backend, 'counts.summary', {});
    const sum = (rows: CountRow[]) => {
      const t = emptyCountRow();
      for (const r of rows) {
        for (const k of Object.keys(t) as (keyof CountRow)[]) {
          if (k === 'stages') for (const st of EVENT_TYPES) t.stages[st] += r.stages[st];
          else t[k] += r[k];
        }
      }
      return t;
    };
    const strip = (r: CountRow): CountRow => ({
      ...emptyCountRow(),
      ...Object.fromEntries(Object.keys(emptyCountRow()).map((k) => [k, r[k as keyof CountRow]])),
    });
    expect(sum([...s.byEnterprise.map(strip), s.unassigned])).toEqual(s.totals);
    expect(sum(s.byCounty.map(strip))).toEqual(s.totals);
    expect(s.totals.employed).toBe(s.totals.employedNow + s.totals.left);
  });

  it('counts stability as of the date asked, and by default as of today when no date is set', async () => {
    expect((await call(backend, 'counts.summary', { asOf: '2022-03-01' })).totals.stable).toBe(0);
    expect((await call(backend, 'counts.summary', { asOf: '2022-03-02' })).totals.stable).toBe(1);
    await call(backend, 'settings.update', { asOfDate: null });
    const today = await call(backend, 'counts.summary', {});
    expect(today).toMatchObject({ asOf: '2022-03-20' });
    expect(today.totals.stable).toBe(2);
    await call(backend, 'settings.update', { asOfDate: '2022-03-10' });
  });

  it('takes demand from the period asked; archived enterprises have none', async () => {
    const h2 = await call(backend, 'counts.summary', { period: { start: '2022-07-01', end: '2022-12-31' } });
    expect(h2.byEnterprise.map((e) => [e.name, e.demand, e.gap])).toEqual([
      ['甲厂', 50, 48],
      ['乙厂', 0, 0],
    ]);
    expect(h2.demand).toBe(50);
  });
});
