import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import type { AuditEntry, AuditPart } from '../../../../shared/domain/audit';
import { auditKeys, auditSummaryText, type Translate } from '../../../../shared/domain/audit-text';
import { translator } from '../../support/audit-text';
import type { Language } from '../../../../shared/domain/settings';
import { fakeClock } from '../../support/clock';
import { call, enterpriseInput, lineInput } from '../../support/fixtures';
import { hire, idOf } from '../../support/stabilisation';
import { tempDirs } from '../../support/temp-dir';
import { createTrip, enterprise, tripInput, verifiedPeople } from '../../support/transport';

const ROOT = path.resolve(__dirname, '../../../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry.name) ? [full] : [];
  });
}

describe('audit actions', () => {
  it('every action the backend writes has a label in both catalogues', () => {
    const actions = new Set<string>();
    for (const file of sourceFiles(path.join(ROOT, 'electron'))) {
      const text = fs.readFileSync(file, 'utf8');
      // `action: 'trips.close'`, and both sides of `action: x ? 'a.b' : 'c.d'`.
      for (const m of text.matchAll(/action:\s*([^,\n]+)/g))
        for (const q of m[1]!.matchAll(/'([a-zA-Z]+\.[a-zA-Z]+)'/g)) actions.add(q[1]!);
    }
    // The scan must really find them, or this test proves nothing.
    for (const known of [
      'reports.generate',
      'trips.close',
      'trips.updateSeats',
      'enterprises.unarchive',
      'findings.record',
      'recruitmentClasses.create',
      'fieldVisits.delete',
      'enterpriseService.commissioner',
      'seekers.registerAgain',
    ])
      expect(actions).toContain(known);
    const missing: string[] = [];
    for (const action of actions)
      for (const language of ['zh-CN', 'en'] as const)
        if (!translator(language).exists(`audit.${action.replace('.', '_')}`))
          missing.push(`${action} (${language})`);
    expect(missing).toEqual([]);
  });
});

describe('audit summaries', () => {
  const clock = fakeClock('2022-03-10T08:00:00.000Z');
  const dirs = tempDirs();
  let backend: Backend;
  let entries: AuditEntry[];

  beforeAll(async () => {
    backend = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
    await call(backend, 'settings.update', { operatorName: '王主任', stableDays: 20, language: 'zh-CN' });
    const lixun = await enterprise(backend, '立讯精密工业（恩施）有限公司');
    const huaxin = await enterprise(backend, '恩施华鑫科技有限公司');
    const lineId = (await call(backend, 'enterprises.list', {})).find((e) => e.id === lixun)!.lines[0]!.id;
    await call(
      backend,
      'enterprises.save',
      enterpriseInput('立讯精密工业（恩施）有限公司', {
        id: lixun,
        contactName: '谢经理',
        lines: [{ ...lineInput({ headcount: 1, shiftPattern: 'mothers' }), id: lineId }],
      }),
    );
    await call(backend, 'enterprises.archive', { id: huaxin, archived: true });
    await call(backend, 'enterprises.archive', { id: huaxin, archived: false });

    // A person through the pipeline, corrected, edited, revealed, linked, visited, moved, on leave.
    const deng = await hire(
      backend,
      {
        name: '邓晓玲',
        idNumber: idOf('422828', '19900303', '122'),
        countyCode: '422828',
        phone: '13712345678',
      },
      lixun,
      '2022-02-20',
    );
    const detail = await call(backend, 'seekers.get', { id: deng });
    const exam = detail.events.find((e) => e.type === 'exam_passed')!;
    await call(backend, 'pipeline.correct', {
      action: 'edit',
      eventId: exam.id,
      date: '2022-02-14',
      note: '补录',
      reason: '日期录错',
    });
    await call(backend, 'seekers.update', {
      id: deng,
      name: '邓晓玲',
      phone: '13712345679',
      countyCode: '422823',
      channel: 'job_fair',
      signedUpOn: '2022-02-09',
      intendedEnterpriseId: lixun,
      prefMothersLine: true,
    });
    await call(backend, 'seekers.reveal', { id: deng, field: 'phone' });
    const husband = (
      await call(backend, 'seekers.register', {
        name: '田军',
        idNumber: idOf('422828', '19880101', '131'),
        phone: '13712340000',
        countyCode: '422828',
        channel: 'point_to_point',
        signedUpOn: '2022-02-09',
      })
    ).seeker.id;
    await call(backend, 'seekers.register', {
      name: '田军',
      idNumber: idOf('422828', '19880101', '131'),
      phone: '13712340000',
      countyCode: '422828',
      channel: 'job_fair',
      signedUpOn: '2022-02-10',
      signedUpAt: '青龙村委会',
    });
    // The same ID with a new phone and village: the phone is taken, the village kept.
    await call(backend, 'seekers.registerAgain', {
      person: {
        name: '田军',
        idNumber: idOf('422828', '19880101', '131'),
        phone: '13712340001',
        countyCode: '422828',
        village: '青龙村',
        channel: 'job_fair',
        signedUpOn: '2022-02-12',
      },
      keep: { phone: 'incoming', village: 'stored' },
    });
    await call(backend, 'seekers.link', { id: deng, partnerId: husband });
    await call(backend, 'seekers.link', { id: deng, partnerId: null });
    await call(backend, 'pipeline.record', { seekerIds: [husband], type: 'withdrawn', date: '2022-02-11' });

    const opened = await call(backend, 'cases.open', {
      seekerId: deng,
      openedOn: '2022-03-01',
      type: 'living',
      request: '宿舍热水器坏了',
      action: '联系后勤',
      cashYuan: 200,
      status: 'in_progress',
    });
    await call(backend, 'cases.addAction', {
      caseId: opened.id,
      date: '2022-03-02',
      action: '已修好',
      status: 'resolved',
    });
    await call(backend, 'cases.update', {
      id: opened.id,
      enterpriseId: lixun,
      openedOn: '2022-03-01',
      type: 'pay_dispute',
      request: '宿舍热水器坏了',
      status: 'resolved',
      resolvedOn: '2022-03-03',
      outcome: '已修好',
    });
    await call(backend, 'visits.record', {
      seekerId: deng,
      visitedOn: '2022-03-05',
      method: 'phone',
      reached: true,
      wellbeing: 'fair',
      risk: 'low',
    });
    await call(backend, 'visits.record', { seekerId: deng, visitedOn: '2022-03-06', reached: false });
    const moved = await call(backend, 'transfers.record', {
      seekerId: deng,
      date: '2022-03-07',
      toEnterpriseId: huaxin,
      toPost: '宝妈线',
      reason: '照顾孩子',
    });
    await call(backend, 'transfers.void', { id: moved.id, reason: '登记错人' });
    const leave = await call(backend, 'leaves.record', {
      seekerId: deng,
      startDate: '2022-03-08',
      endDate: '2022-03-09',
      reason: '回家接孩子',
    });
    await call(backend, 'leaves.return', { id: leave.id, returnedOn: '2022-03-09' });
    const leave2 = await call(backend, 'leaves.record', {
      seekerId: deng,
      startDate: '2022-03-10',
      endDate: '2022-03-10',
      reason: '看病',
    });
    await call(backend, 'leaves.void', { id: leave2.id, reason: '未请成' });
    const cls = await call(backend, 'classes.save', {
      name: '驻立讯稳岗专班',
      enterpriseId: lixun,
      startDate: '2022-02-20',
      members: [{ name: '谭军', countyCode: '422823', role: 'lead', startDate: '2022-02-20' }],
    });
    await call(backend, 'classes.save', {
      id: cls.id,
      name: cls.name,
      enterpriseId: lixun,
      startDate: cls.startDate,
      members: [
        {
          name: '谭军',
          countyCode: '422823',
          role: 'member',
          startDate: '2022-02-20',
          endDate: '2022-03-01',
        },
      ],
    });

    // Supervision: a finding recorded, corrected, worked on.
    const finding = await call(backend, 'findings.record', {
      classNo: 2,
      foundOn: '2022-03-01',
      countyCode: '422825',
      town: '椒园镇',
      category: 'recruitment_task',
      problem: '报名人员核实分类滞后',
      requirement: '3日内完成核实分类',
      responsibleUnit: '宣恩县人社局',
      responsiblePerson: '田志刚',
      deadlineKind: 'by_date',
      deadline: '2022-03-05',
    });
    await call(backend, 'findings.record', {
      classNo: 1,
      foundOn: '2022-03-02',
      countyCode: '422828',
      town: '',
      category: 'stabilisation',
      problem: '回访记录不全',
      requirement: '每周回访',
      responsibleUnit: '鹤峰县人社局',
      responsiblePerson: '向红',
      deadlineKind: 'ongoing',
      deadline: null,
    });
    await call(backend, 'findings.update', {
      id: finding.id,
      classNo: 3,
      foundOn: '2022-03-01',
      countyCode: '422825',
      town: '椒园镇',
      category: 'data_quality',
      problem: '报名人员核实分类滞后',
      requirement: '3日内完成核实分类',
      responsibleUnit: '宣恩县人社局',
      responsiblePerson: '田志刚',
      deadlineKind: 'by_date',
      deadline: '2022-03-08',
    });
    await call(backend, 'findings.step', {
      id: finding.id,
      step: 'progress',
      date: '2022-03-06',
      note: '已核实椒园镇报名人员',
      by: '田志刚',
    });

    // Field work: a recruitment class, its visit (corrected, then removed), a request, a commissioner.
    const recruiters = await call(backend, 'recruitmentClasses.save', {
      name: '第三招聘专班',
      countyCodes: ['422822'],
      leader: '田德胜',
      phone: '0718-8226103',
    });
    await call(backend, 'recruitmentClasses.save', {
      id: recruiters.id,
      name: '第三招聘专班',
      countyCodes: ['422822', '422823'],
      leader: '田德胜',
      phone: '0718-8226103',
    });
    const meeting = await call(backend, 'fieldVisits.save', {
      kind: 'village_meeting',
      date: '2022-02-13',
      classId: recruiters.id,
      countyCode: '422822',
      town: '长梁镇',
      village: '长梁村',
      reached: 60,
      signedUp: 12,
      seekerIds: [deng],
      notes: '院坝会',
    });
    await call(backend, 'fieldVisits.save', {
      id: meeting.id,
      kind: 'village_meeting',
      date: '2022-02-13',
      classId: recruiters.id,
      countyCode: '422822',
      town: '长梁镇',
      village: '长梁村',
      reached: 70,
      signedUp: 12,
      seekerIds: [],
      notes: '院坝会',
    });
    const briefing = await call(backend, 'fieldVisits.save', {
      kind: 'policy_briefing',
      date: '2022-03-04',
      enterpriseId: lixun,
      staff: '谭晓红',
      reached: 30,
      signedUp: 0,
      policies: ['stabilisation_refund', 'pre_job_training_subsidy'],
    });
    await call(backend, 'fieldVisits.delete', { id: briefing.id });
    const request = await call(backend, 'enterpriseService.saveRequest', {
      enterpriseId: lixun,
      raisedOn: '2022-02-09',
      category: 'shortage',
      post: '普工（组装）',
      asked: '一季度缺口500余人',
    });
    await call(backend, 'enterpriseService.saveRequest', {
      id: request.id,
      enterpriseId: lixun,
      raisedOn: '2022-02-09',
      category: 'shortage',
      post: '普工（组装）',
      asked: '一季度缺口500余人',
      done: '专场招聘会推送岗位',
      handledBy: '谭晓红',
      solvedOn: '2022-03-08',
    });
    await call(backend, 'enterpriseService.setCommissioner', {
      enterpriseId: lixun,
      name: '谭晓红',
      phone: '0718-8226200',
    });

    // A trip: created, edited, seated, ticked, moved along and closed.
    const riders = await verifiedPeople(backend, 3, { date: '2022-03-01' });
    const trip = await createTrip(backend, { date: '2022-03-09', enterpriseIds: [lixun] });
    await call(backend, 'trips.save', {
      ...tripInput({ date: '2022-03-09', enterpriseIds: [lixun, huaxin], seats: 40 }),
      id: trip.id,
    });
    await call(backend, 'trips.addPassengers', { tripId: trip.id, seekerIds: riders });
    await call(backend, 'trips.moveSeat', { tripId: trip.id, seekerId: riders[0]!, seatNo: 9 });
    await call(backend, 'trips.removePassenger', { tripId: trip.id, seekerId: riders[2]! });
    await call(backend, 'trips.setStatus', { id: trip.id, status: 'boarding' });
    await call(backend, 'trips.updateSeats', {
      tripId: trip.id,
      seats: [
        { seekerId: riders[0]!, boarded: true, enterpriseId: huaxin },
        { seekerId: riders[1]!, reason: 'no_show' },
      ],
    });
    await call(backend, 'trips.setStatus', { id: trip.id, status: 'departed' });
    await call(backend, 'trips.setStatus', { id: trip.id, status: 'arrived' });
    await call(backend, 'trips.updateSeats', {
      tripId: trip.id,
      seats: [{ seekerId: riders[0]!, arrived: true }],
    });
    await call(backend, 'trips.close', { id: trip.id });

    // One who rode already is seated again, on purpose.
    const again = await createTrip(backend, { date: '2022-03-10', enterpriseIds: [lixun] });
    await call(backend, 'trips.addPassengers', {
      tripId: again.id,
      seekerIds: [riders[0]!],
      confirmRepeatRide: true,
    });

    const items = await call(backend, 'supplies.list', {});
    const { id, nameZh, nameEn } = items[0]!;
    await call(backend, 'supplies.save', { id, nameZh, nameEn, unit: '份', archived: true });
    await call(backend, 'supplies.save', { nameZh: '口罩', nameEn: 'Masks', unit: '个' });
    await call(backend, 'countyTasks.save', {
      periodStart: '2022-01-01',
      periodEnd: '2022-06-30',
      tasks: [{ countyCode: '422823', headcount: 500 }],
    });
    await call(backend, 'countyTasks.save', {
      periodStart: '2022-01-01',
      periodEnd: '2022-06-30',
      tasks: [{ countyCode: '422823', headcount: 600 }],
    });
    await call(backend, 'reports.generate', { date: '2022-03-10' });
    await call(backend, 'reports.generate', { date: '2022-03-10', newVersion: true });
    await call(backend, 'exports.seekers', {
      format: 'csv',
      fileBase: '求职人员',
      filter: {},
      columns: [{ colId: 'name', header: '姓名' }],
      unmasked: true,
    });
    entries = await call(backend, 'audit.list', { limit: 500 });
  }, 60_000);

  afterAll(async () => {
    await backend.close();
    dirs.cleanup();
  });

  const messages = () => entries.map((e) => e.summary).filter((s) => typeof s !== 'string');

  it('stores every summary written as a message to translate', () => {
    expect(entries.length).toBeGreaterThan(40);
    expect(entries.filter((e) => typeof e.summary === 'string')).toEqual([]);
  });

  it('labels every action written, those chosen at run time too (a request solved, a finding step)', () => {
    const missing = new Set<string>();
    for (const { action } of entries)
      for (const language of ['zh-CN', 'en'] as const)
        if (!translator(language).exists(`audit.${action.replace('.', '_')}`))
          missing.add(`${action} (${language})`);
    expect([...missing]).toEqual([]);
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['serviceRequests.create', 'serviceRequests.solve', 'findings.progress']),
    );
  });

  for (const language of ['zh-CN', 'en'] as const) {
    it(`reads every summary as sentences in ${language}, with no codes left`, () => {
      const { t, exists } = translator(language);
      const missing = new Set<string>();
      for (const m of messages())
        for (const p of [m, ...m.parts] as AuditPart[])
          for (const key of auditKeys(p)) if (!exists(key)) missing.add(key);
      expect([...missing]).toEqual([]);

      const codes: string[] = [];
      for (const e of entries) {
        const text = auditSummaryText(t, language, e.summary);
        // snake_case codes, camelCase field names, keys left untranslated
        const found = text.match(
          /\b[a-z]+_[a-z_]+\b|\b[a-z]+[A-Z]\w*\b|\b(?:auditSummary|auditField|stage)\.\w+/g,
        );
        if (found) codes.push(`${e.action}: ${text}`);
        if (language === 'zh-CN') {
          // Nothing of English in Chinese beyond file types and plates.
          const english = text.replace(/\.(csv|xlsx)\b/g, '').match(/[a-z]{3,}/g);
          if (english) codes.push(`${e.action}: ${text}`);
        }
      }
      expect(codes).toEqual([]);
    });
  }

  it('says what happened in the words of the screens', () => {
    const zh = translator('zh-CN').t;
    const en = translator('en').t;
    const textOf = (action: string, t: Translate, language: Language) =>
      entries.filter((e) => e.action === action).map((e) => auditSummaryText(t, language, e.summary));
    expect(textOf('visits.record', zh, 'zh-CN')).toContain(
      '邓晓玲：2022-03-05 电话回访，基本适应，离职风险低',
    );
    expect(textOf('visits.record', en, 'en')).toContain(
      '邓晓玲: visit on 2022-03-05 (By phone): Managing; risk of leaving: low',
    );
    expect(textOf('cases.update', zh, 'zh-CN')[0]).toContain('类别由“住宿生活”改为“工资争议”');
    expect(textOf('trips.updateSeats', zh, 'zh-CN').join('|')).toContain('原因“未到场”');
    expect(textOf('trips.close', en, 'en')).toEqual([
      expect.stringMatching(/closed: 1 person-trip recorded$/),
    ]);
    expect(textOf('reports.generate', zh, 'zh-CN')).toEqual([
      '2022-03-10 日报（第 2 版）',
      '2022-03-10 日报',
    ]);
    expect(textOf('seekers.registerAgain', zh, 'zh-CN')[0]).toMatch(
      /^田军（422828\*+\d{3}[\dX]）于 2022-02-12 再次报名：手机号由“137\*{4}0000”改为“137\*{4}0001”；村（社区）保留“空”（未改为“青龙村”）$/,
    );
    expect(textOf('findings.progress', en, 'en')).toEqual([
      "Xuan'en County: “报名人员核实分类滞后” went from “Assigned” to “Being fixed” on 2022-03-06: by 田志刚; note: 已核实椒园镇报名人员",
    ]);
    expect(textOf('findings.update', zh, 'zh-CN')[0]).toContain(
      '督导专班由“第二督导专班”改为“第三督导专班”；类别由“招聘任务”改为“数据质量”',
    );
    expect(textOf('recruitmentClasses.update', en, 'en')).toEqual([
      '第三招聘专班: counties changed from “Jianshi County” to “Jianshi County, Badong County”',
    ]);
    expect(textOf('fieldVisits.delete', zh, 'zh-CN')[0]).toEqual(
      '删除 2022-03-04 的送政策进企业：立讯精密工业（恩施）有限公司：参加人员：谭晓红；接触人数：30；报名人数：0；宣讲政策：失业保险稳岗返还、岗前培训补贴',
    );
    expect(textOf('trips.addPassengers', zh, 'zh-CN').join('|')).toContain('经确认再次安排乘车 1 人');
    expect(textOf('serviceRequests.solve', en, 'en')[0]).toContain(
      'solved on changed from “none” to “2022-03-08”',
    );
  });

  it('keeps a summary written as text before readable as it was', () => {
    const t = translator('en').t;
    expect(auditSummaryText(t, 'en', 'living 2022-03-10 in_progress')).toBe('living 2022-03-10 in_progress');
  });
});
