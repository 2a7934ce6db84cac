import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import type { ChannelInput } from '../../../../shared/contract/channels';
import { fakeClock } from '../../support/clock';
import { call, errorOf } from '../../support/fixtures';
import { createEnterprise, register, validId } from '../../support/seekers';
import { tempDirs } from '../../support/temp-dir';
import { auditText } from '../../support/audit-text';

const dirs = tempDirs();
const clock = fakeClock('2022-03-10T02:00:00.000Z');
let backend: Backend;
let lixun: string;
let daxiang: string;
let classId: string;
let gao: string;
let xiang: string;

async function auditActions(): Promise<string[]> {
  return (await call(backend, 'audit.list', { limit: 500 })).map((a) => a.action);
}

function visit(overrides: Partial<ChannelInput<'fieldVisits.save'>> = {}): ChannelInput<'fieldVisits.save'> {
  return {
    kind: 'village_meeting',
    date: '2022-02-13',
    classId,
    countyCode: '422822',
    town: '长梁镇',
    village: '长梁村',
    reached: 60,
    signedUp: 12,
    seekerIds: [gao, xiang],
    notes: '院坝会',
    ...overrides,
  };
}

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
  await call(backend, 'settings.update', { operatorName: '王主任', asOfDate: '2022-03-10' });
  lixun = await createEnterprise(backend, '立讯精密工业（恩施）有限公司');
  daxiang = await createEnterprise(backend, '恩施大象科技有限公司');
  const cls = await call(backend, 'recruitmentClasses.save', {
    name: '第三招聘专班',
    countyCodes: ['422822'],
    leader: '田德胜',
    phone: '0718-8226103',
  });
  classId = cls.id;
  gao = await register(backend, {
    name: '高登琼',
    idNumber: validId('422822', '19880808', '222'),
    countyCode: '422822',
    town: '长梁镇',
    signedUpOn: '2022-02-13',
  });
  xiang = await register(backend, {
    name: '向涛',
    idNumber: validId('422822', '19910101', '311'),
    countyCode: '422822',
    town: '长梁镇',
    phone: '13712340000',
    signedUpOn: '2022-02-13',
  });
});
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

describe('field visits', () => {
  it('logs a village meeting with the people signed up, shown on each one’s timeline', async () => {
    const saved = await call(backend, 'fieldVisits.save', visit());
    expect(saved).toMatchObject({
      kind: 'village_meeting',
      className: '第三招聘专班',
      countyCode: '422822',
      reached: 60,
      signedUp: 12,
      recordedBy: '王主任',
    });
    expect(saved.people.map((p) => p.name)).toEqual(['高登琼', '向涛']);
    expect(saved.people[0]!.idMasked).toMatch(/^422822\*+\d{3}[\dX]$/);
    for (const id of [gao, xiang]) {
      const person = await call(backend, 'seekers.get', { id });
      expect(person.visits).toEqual([
        {
          visitId: saved.id,
          date: '2022-02-13',
          kind: 'village_meeting',
          className: '第三招聘专班',
          countyCode: '422822',
          town: '长梁镇',
          village: '长梁村',
          enterpriseName: null,
        },
      ]);
    }
    expect((await auditActions()).filter((a) => a.startsWith('fieldVisits'))).toEqual(['fieldVisits.create']);
  });

  it('corrects a visit: the person taken off no longer shows it, the link of the one kept keeps its id', async () => {
    const list = await call(backend, 'fieldVisits.list', {});
    const id = list.rows[0]!.id;
    const linkBefore = backend.store.db.get<{ id: string }>(
      'SELECT s.id FROM field_visit_signups s JOIN seekers p ON p.seq = s.seeker_seq WHERE p.id = ?',
      [gao],
    )!.id;
    const saved = await call(backend, 'fieldVisits.save', visit({ id, seekerIds: [gao], reached: 70 }));
    expect(saved.people.map((p) => p.name)).toEqual(['高登琼']);
    expect((await call(backend, 'seekers.get', { id: xiang })).visits).toEqual([]);
    const linkAfter = backend.store.db.get<{ id: string }>(
      'SELECT s.id FROM field_visit_signups s JOIN seekers p ON p.seq = s.seeker_seq WHERE p.id = ?',
      [gao],
    )!.id;
    expect(linkAfter).toBe(linkBefore);
    const entry = (await call(backend, 'audit.list', { limit: 1 }))[0]!;
    expect(entry).toMatchObject({ action: 'fieldVisits.update', entityId: id });
    expect(auditText(entry.summary)).toContain('people reached changed from “60” to “70”');
    expect(auditText(entry.summary)).toContain('people named changed from “高登琼, 向涛” to “高登琼”');
    await call(backend, 'fieldVisits.save', visit({ id }));
  });

  // Overrides are functions: the people are registered only once the tests run.
  it.each([
    [
      'more sign-ups than people reached',
      () => ({ reached: 5, signedUp: 6, seekerIds: [] }),
      'signedUp',
      'v.visit_signed_over_reached',
    ],
    ['more people named than signed up', () => ({ signedUp: 1 }), 'signedUp', 'v.visit_linked_over_signed'],
    ['a class visit without its class', () => ({ classId: null }), 'classId', 'v.visit_class_required'],
    ['a class visit without its county', () => ({ countyCode: null }), 'countyCode', 'v.county'],
    [
      'policies on a village meeting',
      () => ({ policies: ['stabilisation_refund' as const] }),
      'policies',
      'v.visit_policies_briefing_only',
    ],
    ['a person named twice', () => ({ seekerIds: [gao, gao] }), 'seekerIds', 'v.duplicate'],
  ] as const)('refuses %s, on the field, saving nothing', async (_label, overrides, field, message) => {
    const before = await call(backend, 'fieldVisits.list', {});
    const error = errorOf(await backend.invoke('fieldVisits.save', visit(overrides())));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toContainEqual({ path: [field], message });
    expect(await call(backend, 'fieldVisits.list', {})).toEqual(before);
  });

  it('refuses a briefing without its enterprise or policies, a date after today, and an unknown class or person', async () => {
    const briefing = errorOf(
      await backend.invoke('fieldVisits.save', {
        kind: 'policy_briefing',
        date: '2022-03-04',
        reached: 12,
        signedUp: 0,
      }),
    );
    expect(briefing.issues).toEqual([
      { path: ['enterpriseId'], message: 'v.enterprise_required' },
      { path: ['policies'], message: 'v.visit_policies_required' },
    ]);
    expect(errorOf(await backend.invoke('fieldVisits.save', visit({ date: '2022-03-11' }))).issues).toEqual([
      { path: ['date'], message: 'v.date_future' },
    ]);
    expect(
      errorOf(await backend.invoke('fieldVisits.save', visit({ classId: crypto.randomUUID() }))).issues,
    ).toEqual([{ path: ['classId'], message: 'v.visit_class_unknown' }]);
    expect(
      errorOf(await backend.invoke('fieldVisits.save', visit({ seekerIds: [gao, crypto.randomUUID()] })))
        .issues,
    ).toEqual([{ path: ['seekerIds', 1], message: 'v.seeker_unknown' }]);
  });

  it('logs a policy briefing at an enterprise, with the policies covered', async () => {
    const saved = await call(backend, 'fieldVisits.save', {
      kind: 'policy_briefing',
      date: '2022-03-04',
      enterpriseId: lixun,
      staff: '谭晓红',
      reached: 30,
      signedUp: 0,
      policies: ['stabilisation_refund', 'pre_job_training_subsidy'],
    });
    expect(saved).toMatchObject({
      enterpriseName: '立讯精密工业（恩施）有限公司',
      countyCode: null,
      classId: null,
      policies: ['stabilisation_refund', 'pre_job_training_subsidy'],
    });
    const overview = await call(backend, 'enterpriseService.overview', {});
    expect(overview.find((e) => e.enterpriseId === lixun)!.lastBriefingOn).toBe('2022-03-04');
  });

  it('lists visits newest first with the totals, filtered by county, class and kind', async () => {
    const all = await call(backend, 'fieldVisits.list', {});
    expect(all.rows.map((r) => r.kind)).toEqual(['policy_briefing', 'village_meeting']);
    expect(all.totals).toEqual({ visits: 2, reached: 90, signedUp: 12, linked: 2 });
    const jianshi = await call(backend, 'fieldVisits.list', {
      countyCode: '422822',
      kind: 'village_meeting',
    });
    expect(jianshi.rows).toHaveLength(1);
    expect(jianshi.rows[0]).toMatchObject({ linked: 2, town: '长梁镇' });
    expect((await call(backend, 'fieldVisits.list', { classId, from: '2022-02-14' })).rows).toEqual([]);
    const classes = await call(backend, 'recruitmentClasses.list', {});
    expect(classes).toEqual([expect.objectContaining({ name: '第三招聘专班', visits: 1, signedUp: 12 })]);
  });

  it('counts visits and sign-ups at visits per county in the daily report, up to its day', async () => {
    const onDay = await call(backend, 'reports.generate', { date: '2022-02-13' });
    expect(onDay.counties.find((c) => c.code === '422822')).toMatchObject({
      visitsDay: 1,
      visitsTotal: 1,
      visitSignUpsDay: 12,
      visitSignUpsTotal: 12,
    });
    expect(onDay.totals).toMatchObject({ visitsDay: 1, visitSignUpsDay: 12 });
    const later = await call(backend, 'reports.generate', { date: '2022-03-10' });
    // The briefing at the enterprise belongs to no county.
    expect(later.totals).toMatchObject({ visitsDay: 0, visitsTotal: 1, visitSignUpsTotal: 12 });
    const before = await call(backend, 'reports.generate', { date: '2022-02-12' });
    expect(before.totals).toMatchObject({ visitsTotal: 0, visitSignUpsTotal: 0 });
  });

  it('opens a report stored before visits were counted, without visit figures', async () => {
    const r = await call(backend, 'reports.generate', { date: '2022-02-13', newVersion: true });
    const snapshot = JSON.parse(
      backend.store.db.get<{ snapshot: string }>('SELECT snapshot FROM daily_reports WHERE id = ?', [r.id])!
        .snapshot,
    ) as { counties: Record<string, unknown>[]; totals: Record<string, unknown> };
    const old = (row: Record<string, unknown>) => {
      for (const k of ['visitsDay', 'visitsTotal', 'visitSignUpsDay', 'visitSignUpsTotal']) delete row[k];
    };
    snapshot.counties.forEach(old);
    old(snapshot.totals);
    backend.store.db.run('UPDATE daily_reports SET snapshot = ? WHERE id = ?', [
      JSON.stringify(snapshot),
      r.id,
    ]);
    const reopened = await call(backend, 'reports.get', { id: r.id });
    expect(reopened.totals.visitsDay).toBeNull();
    expect(reopened.counties[0]!.visitSignUpsTotal).toBeNull();
    const file = await call(backend, 'reports.export', { id: r.id, language: 'en' });
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    // No visit columns: the report did not count them.
    expect(wb.worksheets[0]!.getRow(2).getCell(3).value).toBe('Signed up（That day）');
  });

  it('deletes a visit logged by mistake, auditing it; its people keep their registrations', async () => {
    const briefing = (await call(backend, 'fieldVisits.list', { kind: 'policy_briefing' })).rows[0]!;
    await call(backend, 'fieldVisits.delete', { id: briefing.id });
    expect((await call(backend, 'fieldVisits.list', {})).rows).toHaveLength(1);
    expect((await auditActions())[0]).toBe('fieldVisits.delete');
    expect(errorOf(await backend.invoke('fieldVisits.get', { id: briefing.id })).code).toBe('not_found');
  });
});

describe('recruitment classes', () => {
  it('refuses a class without a county, or with a name taken', async () => {
    expect(
      errorOf(await backend.invoke('recruitmentClasses.save', { name: '第九招聘专班', countyCodes: [] }))
        .issues,
    ).toEqual([{ path: ['countyCodes'], message: 'v.class_counties' }]);
    expect(
      errorOf(
        await backend.invoke('recruitmentClasses.save', { name: '第三招聘专班', countyCodes: ['422801'] }),
      ).issues,
    ).toEqual([{ path: ['name'], message: 'v.class_name_taken' }]);
  });

  it('edits a class, auditing the change', async () => {
    await call(backend, 'recruitmentClasses.save', {
      id: classId,
      name: '第三招聘专班',
      countyCodes: ['422822', '422823'],
      leader: '田德胜',
      phone: '0718-8226103',
    });
    const entry = (await call(backend, 'audit.list', { limit: 1 }))[0]!;
    expect(entry).toMatchObject({ action: 'recruitmentClasses.update', entityId: classId });
    expect(auditText(entry.summary)).toContain(
      'counties changed from “Jianshi County” to “Jianshi County, Badong County”',
    );
  });
});

describe('one-to-one enterprise service', () => {
  it('names a commissioner per enterprise, replacing the last, and refuses one without a phone', async () => {
    await call(backend, 'enterpriseService.setCommissioner', {
      enterpriseId: lixun,
      name: '谭晓红',
      phone: '0718-8226201',
    });
    await call(backend, 'enterpriseService.setCommissioner', {
      enterpriseId: lixun,
      name: '谭晓红',
      phone: '13972700001',
    });
    const overview = await call(backend, 'enterpriseService.overview', {});
    expect(overview.find((e) => e.enterpriseId === lixun)!.commissioner).toMatchObject({
      name: '谭晓红',
      phone: '13972700001',
    });
    expect(overview.find((e) => e.enterpriseId === daxiang)!.commissioner).toBeNull();
    expect(
      errorOf(
        await backend.invoke('enterpriseService.setCommissioner', {
          enterpriseId: daxiang,
          name: '黄春生',
          phone: '',
        }),
      ).issues,
    ).toEqual([{ path: ['phone'], message: 'v.required' }]);
    const entry = (await call(backend, 'audit.list', { limit: 1 }))[0]!;
    expect(auditText(entry.summary)).toBe(
      '立讯精密工业（恩施）有限公司: phone changed from “0718-8226201” to “13972700001”',
    );
  });

  it('records a request, shows it open on the enterprise and the dashboard, then solves it', async () => {
    const raised = await call(backend, 'enterpriseService.saveRequest', {
      enterpriseId: lixun,
      raisedOn: '2022-02-09',
      category: 'shortage',
      post: '普工（组装）',
      asked: '一季度缺口500余人',
    });
    expect(raised).toMatchObject({ status: 'open', days: 29, solvedOn: null, recordedBy: '王主任' });
    expect(await call(backend, 'enterpriseService.requests', { enterpriseId: lixun })).toEqual([raised]);
    const overview = await call(backend, 'enterpriseService.overview', {});
    expect(overview.find((e) => e.enterpriseId === lixun)).toMatchObject({
      open: 1,
      solved: 0,
      oldestOpenOn: '2022-02-09',
    });
    const dash = await call(backend, 'dashboard.summary', {});
    expect(dash.enterprises.find((e) => e.enterpriseId === lixun)!.openRequests).toBe(1);
    // As of a date before it was raised, it was not open yet.
    const earlier = await call(backend, 'dashboard.summary', { asOf: '2022-02-08' });
    expect(earlier.enterprises.find((e) => e.enterpriseId === lixun)?.openRequests ?? 0).toBe(0);

    const solved = await call(backend, 'enterpriseService.saveRequest', {
      id: raised.id,
      enterpriseId: lixun,
      raisedOn: raised.raisedOn,
      category: raised.category,
      post: raised.post,
      asked: raised.asked,
      done: '八县市专场招聘会推送岗位，点对点专车每日到厂',
      handledBy: '谭晓红',
      solvedOn: '2022-03-08',
    });
    expect(solved).toMatchObject({ status: 'solved', days: 27 });
    expect(await call(backend, 'enterpriseService.requests', { enterpriseId: lixun })).toEqual([]);
    expect(await call(backend, 'enterpriseService.requests', { status: 'solved' })).toHaveLength(1);
    expect(
      (await call(backend, 'dashboard.summary', {})).enterprises.find((e) => e.enterpriseId === lixun)!
        .openRequests,
    ).toBe(0);
    // Still open as of a day before it was solved.
    const before = await call(backend, 'dashboard.summary', { asOf: '2022-03-07' });
    expect(before.enterprises.find((e) => e.enterpriseId === lixun)!.openRequests).toBe(1);
    expect((await auditActions()).slice(0, 2)).toEqual(['serviceRequests.solve', 'serviceRequests.create']);
  });

  it.each([
    [
      'solving without saying what was done',
      { done: '', handledBy: '谭晓红' },
      'done',
      'v.request_done_required',
    ],
    [
      'solving without saying by whom',
      { done: '已协调', handledBy: '' },
      'handledBy',
      'v.request_by_required',
    ],
    [
      'solving before it was raised',
      { done: '已协调', handledBy: '谭晓红', solvedOn: '2022-02-01' },
      'solvedOn',
      'v.solved_before_raised',
    ],
  ] as const)('refuses %s, saving nothing', async (_label, overrides, field, message) => {
    const before = await call(backend, 'enterpriseService.requests', { status: null });
    const error = errorOf(
      await backend.invoke('enterpriseService.saveRequest', {
        enterpriseId: daxiang,
        raisedOn: '2022-03-02',
        category: 'other',
        asked: '宝妈线暂未开线',
        solvedOn: '2022-03-03',
        ...overrides,
      }),
    );
    expect(error.issues).toContainEqual({ path: [field], message });
    expect(await call(backend, 'enterpriseService.requests', { status: null })).toEqual(before);
  });

  it('refuses a request dated after today or for an enterprise that does not exist', async () => {
    const base = { raisedOn: '2022-03-02', category: 'accommodation', asked: '宿舍床位' } as const;
    expect(
      errorOf(
        await backend.invoke('enterpriseService.saveRequest', {
          ...base,
          enterpriseId: daxiang,
          raisedOn: '2022-03-11',
        }),
      ).issues,
    ).toEqual([{ path: ['raisedOn'], message: 'v.date_future' }]);
    expect(
      errorOf(
        await backend.invoke('enterpriseService.saveRequest', { ...base, enterpriseId: crypto.randomUUID() }),
      ).issues,
    ).toEqual([{ path: ['enterpriseId'], message: 'v.enterprise_unknown' }]);
  });
});
