import type { ZodType } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { contract, type ChannelOutput } from '../../../../shared/contract/channels';
import { fakeClock } from '../../support/clock';
import { call, errorOf } from '../../support/fixtures';
import { addEnterprise, hire, idOf } from '../../support/stabilisation';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
const clock = fakeClock('2022-03-10T02:00:00.000Z');
let backend: Backend;
let lixun: string;
let daxiang: string;
const people: Record<string, string> = {};

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
  await call(backend, 'settings.update', { operatorName: '王主任', stableDays: 15, asOfDate: '2022-03-10' });
  lixun = await addEnterprise(backend, '立讯精密工业（恩施）有限公司', '立讯');
  daxiang = await addEnterprise(backend, '恩施大象科技有限公司', '大象');
  people.deng = await hire(
    backend,
    {
      name: '邓晓玲',
      idNumber: idOf('422828', '19900303', '122'),
      countyCode: '422828',
      phone: '13700000001',
    },
    daxiang,
    '2022-02-20',
    '装配工',
  );
  people.gao = await hire(
    backend,
    {
      name: '高登琼',
      idNumber: idOf('422822', '19880808', '222'),
      countyCode: '422822',
      phone: '13700000002',
    },
    lixun,
    '2022-02-16',
    '屏幕刷测员',
  );
  people.yin = await hire(
    backend,
    {
      name: '尹少波',
      idNumber: idOf('422801', '19860606', '331'),
      countyCode: '422801',
      phone: '13700000003',
    },
    lixun,
    '2022-02-18',
  );
  await call(backend, 'classes.save', {
    name: '驻立讯稳岗专班',
    enterpriseId: lixun,
    startDate: '2022-02-10',
    members: [
      { name: '李组长', countyCode: '422801', role: 'lead', startDate: '2022-02-10' },
      { name: '谭建始', countyCode: '422822', startDate: '2022-02-10' },
      { name: '何廷胜', countyCode: '422826', startDate: '2022-02-10', endDate: '2022-03-03' },
    ],
  });
});
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

const counts = async (id: string) =>
  (await call(backend, 'counts.summary', {})).byEnterprise.find((e) => e.enterpriseId === id)!;

describe('transfers', () => {
  it('move the person between both enterprises’ counts and keep both placements', async () => {
    expect(await counts(daxiang)).toMatchObject({ employedNow: 1, stable: 1, transfersOut: 0 });
    const lixunBefore = await counts(lixun);
    const t = await call(backend, 'transfers.record', {
      seekerId: people.deng!,
      date: '2022-03-03',
      toEnterpriseId: lixun,
      toPost: '宝妈线普工',
      reason: '大象暂无宝妈线，调至立讯新开宝妈线',
    });
    expect(t).toMatchObject({
      fromPost: '装配工',
      fromEnterpriseName: '恩施大象科技有限公司',
      toPost: '宝妈线普工',
    });
    expect(await counts(daxiang)).toMatchObject({ employedNow: 0, stable: 0, transfersOut: 1 });
    // The stable clock runs from the first entry date (20 February), so she is stable at Luxshare at once.
    expect(await counts(lixun)).toMatchObject({
      employedNow: lixunBefore.employedNow + 1,
      stable: lixunBefore.stable + 1,
      transfersIn: 1,
    });
    const person = await call(backend, 'stabilisation.person', { seekerId: people.deng! });
    expect(person.placements.map((p) => [p.enterpriseName, p.post, p.from, p.to, p.via])).toEqual([
      ['恩施大象科技有限公司', '装配工', '2022-02-20', '2022-03-03', 'employed'],
      ['立讯精密工业（恩施）有限公司', '宝妈线普工', '2022-03-03', null, 'transfer'],
    ]);
    expect(person).toMatchObject({ post: '宝妈线普工', entryDate: '2022-02-20', employerId: lixun });
    const detail = await call(backend, 'seekers.get', { id: people.deng! });
    expect(detail).toMatchObject({ enterpriseId: lixun, stageDate: '2022-03-03', stable: true });
  });

  it('survive a recompute of the person (an edit) and keep later steps after them', async () => {
    const d = await call(backend, 'seekers.get', { id: people.deng! });
    await call(backend, 'seekers.update', {
      id: d.id,
      name: d.name,
      phone: '13700000009',
      countyCode: d.countyCode,
      channel: d.channel,
      signedUpOn: d.signedUpOn,
    });
    expect(await counts(lixun)).toMatchObject({ transfersIn: 1 });
    expect((await call(backend, 'seekers.get', { id: d.id })).enterpriseId).toBe(lixun);
    const refused = await call(backend, 'pipeline.record', {
      seekerIds: [d.id],
      type: 'left',
      date: '2022-03-02',
      reason: 'family',
    });
    expect(refused.refused[0]?.message).toBe('v.date_before_previous');
  });

  it('are refused for someone not on the job, before their latest step, or to the post they hold', async () => {
    const bad = (input: Record<string, unknown>) =>
      backend.invoke('transfers.record', {
        seekerId: people.gao!,
        date: '2022-03-05',
        toEnterpriseId: daxiang,
        toPost: '装配工',
        reason: '测试',
        ...input,
      });
    expect(errorOf(await bad({ date: '2022-02-10' })).issues?.[0]?.message).toBe('v.transfer_before_step');
    expect(errorOf(await bad({ toEnterpriseId: lixun, toPost: '屏幕刷测员' })).issues?.[0]?.message).toBe(
      'v.transfer_same',
    );
    expect(errorOf(await bad({ date: '2022-03-11' })).issues?.[0]?.message).toBe('v.date_future');
  });

  it('can be voided: the person is back in the first enterprise’s counts, the history keeps it struck through', async () => {
    const person = await call(backend, 'stabilisation.person', { seekerId: people.deng! });
    const t = person.transfers[0]!;
    await call(backend, 'transfers.void', { id: t.id, reason: '录错人' });
    expect(await counts(daxiang)).toMatchObject({ employedNow: 1, transfersOut: 0 });
    const after = await call(backend, 'stabilisation.person', { seekerId: people.deng! });
    expect(after.transfers[0]).toMatchObject({ voided: true, voidReason: '录错人' });
    expect(after.placements).toHaveLength(1);
    // Record it again for the tests below.
    await call(backend, 'transfers.record', {
      seekerId: people.deng!,
      date: '2022-03-03',
      toEnterpriseId: lixun,
      toPost: '宝妈线普工',
      reason: '大象暂无宝妈线，调至立讯新开宝妈线',
    });
  });
});

describe('leave', () => {
  it('is not leaving: counts stay, the person shows as on leave and their visits wait', async () => {
    const before = await counts(lixun);
    const leave = await call(backend, 'leaves.record', {
      seekerId: people.yin!,
      startDate: '2022-03-05',
      endDate: '2022-04-04',
      reason: '回云南接孩子，准假一个月',
      approvedBy: '李组长',
    });
    expect(leave.returnedOn).toBeNull();
    expect(await counts(lixun)).toEqual(before);
    const person = await call(backend, 'stabilisation.person', { seekerId: people.yin! });
    expect(person.stage).toBe('employed');
    expect(person.schedule.find((s) => s.offset === 30)?.due).toBe('2022-04-05');
    const overview = await call(backend, 'stabilisation.overview', {});
    expect(overview.enterprises.find((e) => e.enterpriseId === lixun)?.onLeave).toBe(1);
  });

  it('refuses overlapping leave and leave for someone not employed', async () => {
    const overlap = await backend.invoke('leaves.record', {
      seekerId: people.yin!,
      startDate: '2022-03-20',
      endDate: '2022-03-25',
      reason: 'x',
    });
    expect(errorOf(overlap).issues?.[0]?.message).toBe('v.leave_overlap');
  });
});

describe('the factory diary', () => {
  let caseId: string;

  it('opens a medical case with what was done and lists it', async () => {
    const c = await call(backend, 'cases.open', {
      seekerId: people.gao!,
      openedOn: '2022-03-01',
      type: 'illness',
      request: '颈椎病发作，想请假休息',
      action: '帮其向产线请假两天，买药送到宿舍',
      handledBy: '谭建始',
      goods: '药品',
      followUpOn: '2022-03-03',
    });
    caseId = c.id;
    expect(c).toMatchObject({
      enterpriseId: lixun,
      status: 'open',
      goods: '药品',
      handledBy: '谭建始',
      idMasked: '422822********' + c.idMasked.slice(-4),
    });
    expect(c.actions).toHaveLength(1);
    const listed = await call(backend, 'cases.list', { search: '颈椎' });
    expect(listed.rows.map((r) => r.id)).toEqual([caseId]);
    expect((await call(backend, 'cases.list', { status: 'follow_up' })).rows.map((r) => r.id)).toEqual([
      caseId,
    ]);
  });

  it('adds what was done later, with money, and resolves the case', async () => {
    await call(backend, 'cases.addAction', {
      caseId,
      date: '2022-03-03',
      action: '回访，已好转，补助生活费',
      handledBy: '谭建始',
      cashYuan: 100,
      status: 'in_progress',
    });
    const open = await call(backend, 'cases.get', { id: caseId });
    expect(open).toMatchObject({ status: 'in_progress', cashYuan: 100 });
    const resolved = await call(backend, 'cases.update', {
      id: open.id,
      enterpriseId: open.enterpriseId,
      openedOn: open.openedOn,
      type: open.type,
      request: open.request,
      status: 'resolved',
      resolvedOn: '2022-03-04',
      outcome: '已返岗',
    });
    expect(resolved).toMatchObject({ status: 'resolved', resolvedOn: '2022-03-04', outcome: '已返岗' });
    expect((await call(backend, 'cases.list', { status: 'unresolved' })).rows).toHaveLength(0);
    const audit = await call(backend, 'audit.list', {});
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'cases.open',
        'cases.addAction',
        'cases.update',
        'transfers.record',
        'leaves.record',
      ]),
    );
  });

  it('refuses a resolved case without its date and money with more than two decimals', async () => {
    const r = await backend.invoke('cases.update', {
      id: caseId,
      enterpriseId: lixun,
      openedOn: '2022-03-01',
      type: 'illness',
      request: 'x',
      status: 'resolved',
    });
    expect(errorOf(r).issues?.[0]).toMatchObject({ path: ['resolvedOn'], message: 'v.required' });
    const money = await backend.invoke('cases.addAction', {
      caseId,
      date: '2022-03-05',
      action: 'x',
      cashYuan: 1.005,
    });
    expect(errorOf(money).issues?.[0]?.message).toBe('v.cash');
  });

  it('shows a person’s cases on their record', async () => {
    const person = await call(backend, 'stabilisation.person', { seekerId: people.gao! });
    expect(person.cases.map((c) => c.id)).toEqual([caseId]);
  });
});

describe('return visits and the at-risk list', () => {
  it('lists an overdue visit and puts the person on the at-risk list with the staff member of their county', async () => {
    const due = await call(backend, 'visits.due', {});
    const gao = due.rows.find((r) => r.seekerId === people.gao);
    expect(gao?.slot).toMatchObject({ offset: 7, due: '2022-02-23', status: 'overdue', daysOverdue: 15 });
    expect(gao?.responsible).toBe('谭建始');
    const risk = await call(backend, 'risk.list', {});
    const row = risk.rows.find((r) => r.seekerId === people.gao);
    expect(row?.signals).toEqual([{ reason: 'missed_visit', since: '2022-02-23' }]);
  });

  it('takes the person off once visited, and on again as high risk when the visit says so', async () => {
    await call(backend, 'visits.record', {
      seekerId: people.gao!,
      visitedOn: '2022-03-08',
      reached: true,
      wellbeing: 'fair',
      risk: 'none',
      visitedBy: '谭建始',
    });
    expect((await call(backend, 'risk.list', {})).rows.some((r) => r.seekerId === people.gao)).toBe(false);
    await call(backend, 'visits.record', {
      seekerId: people.gao!,
      visitedOn: '2022-03-09',
      reached: true,
      wellbeing: 'poor',
      risk: 'high',
      notes: '想回家',
    });
    const risk = await call(backend, 'risk.list', {});
    expect(risk.rows.find((r) => r.seekerId === people.gao)?.signals).toEqual([
      { reason: 'high_risk', since: '2022-03-09' },
    ]);
  });

  it('puts an open intention-to-quit case first, answered by whoever took it', async () => {
    const c = await call(backend, 'cases.open', {
      seekerId: people.yin!,
      openedOn: '2022-03-04',
      type: 'intention_to_quit',
      request: '想辞职回云南接孩子',
      action: '联系产线组长协调请假',
      handledBy: '李组长',
      status: 'in_progress',
    });
    const risk = await call(backend, 'risk.list', {});
    expect(risk.rows[0]).toMatchObject({ seekerId: people.yin, caseId: c.id, responsible: '李组长' });
    expect(contract['risk.list'].output.safeParse(risk).success).toBe(true);
  });

  it('refuses how-they-are-doing for a visit that did not reach the person', async () => {
    const r = await backend.invoke('visits.record', {
      seekerId: people.gao!,
      visitedOn: '2022-03-09',
      reached: true,
      wellbeing: null,
      risk: null,
    });
    expect(errorOf(r).issues?.map((i) => i.path[0])).toEqual(['wellbeing', 'risk']);
  });
});

describe('the weekly diary of a special class', () => {
  let week: ChannelOutput<'diary.week'>;
  beforeAll(async () => {
    const cls = (await call(backend, 'classes.list', {}))[0]!;
    week = await call(backend, 'diary.week', { classId: cls.id, weekStart: '2022-03-02' });
  });

  it('runs Monday to Sunday and tells the week at its enterprise in date order', () => {
    expect([week.weekStart, week.weekEnd]).toEqual(['2022-02-28', '2022-03-06']);
    expect(week.entries.map((e) => [e.date, e.kind, e.seekerName])).toEqual([
      ['2022-03-01', 'case_opened', '高登琼'],
      ['2022-03-01', 'action', '高登琼'],
      ['2022-03-03', 'action', '高登琼'],
      ['2022-03-03', 'transfer_in', '邓晓玲'],
      ['2022-03-04', 'case_opened', '尹少波'],
      ['2022-03-04', 'action', '尹少波'],
      ['2022-03-04', 'case_resolved', '高登琼'],
      ['2022-03-05', 'leave', '尹少波'],
    ]);
    expect(week.totals).toMatchObject({
      casesOpened: 2,
      casesResolved: 1,
      cashYuan: 100,
      transfersIn: 1,
      leaves: 1,
    });
    expect(week.entries[0]?.idMasked).toMatch(/^422822\*{8}\d{3}[\dX]$/);
  });
});

describe('the stabilisation channels', () => {
  it('answer with data matching their output schemas', async () => {
    const cls = (await call(backend, 'classes.list', {}))[0]!;
    const aCase = (await call(backend, 'cases.list', {})).rows[0]!;
    const samples = {
      'classes.list': {},
      'cases.list': {},
      'cases.get': { id: aCase.id },
      'cases.notable': { from: '2022-02-01', to: '2022-03-10' },
      'visits.due': {},
      'risk.list': {},
      'stabilisation.person': { seekerId: people.deng! },
      'stabilisation.overview': {},
      'diary.week': { classId: cls.id, weekStart: '2022-03-01' },
    } as const;
    for (const [channel, input] of Object.entries(samples) as [keyof typeof samples, object][]) {
      const result = await backend.invoke(channel, input);
      expect(result.ok, channel).toBe(true);
      if (!result.ok) continue;
      const check = (contract[channel].output as ZodType).safeParse(result.data);
      expect(check.success ? [] : check.error.issues, channel).toEqual([]);
    }
  });
});
