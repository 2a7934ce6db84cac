import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { contract, type ChannelInput, type ChannelOutput } from '../../../../shared/contract/channels';
import { fakeClock } from '../../support/clock';
import { call, enterpriseInput, errorOf } from '../../support/fixtures';
import { tempDirs } from '../../support/temp-dir';
import { auditText } from '../../support/audit-text';

const dirs = tempDirs();
// The console's clock says 12 March; the figures (and so "overdue") are counted as of 10 March.
const clock = fakeClock('2022-03-12T02:00:00.000Z');
const XUANEN = '422825';
let backend: Backend;
let lixun: string;

type Finding = ChannelOutput<'findings.get'>;

function findingInput(
  overrides: Partial<ChannelInput<'findings.record'>> = {},
): ChannelInput<'findings.record'> {
  return {
    classNo: 2,
    foundOn: '2022-03-01',
    countyCode: XUANEN,
    town: '椒园镇',
    category: 'recruitment_task',
    problem: '报名人员核实分类滞后，入职时间未统计',
    requirement: '3日内完成全部报名人员核实分类并每日报送',
    responsibleUnit: '宣恩县人社局',
    responsiblePerson: '田志刚',
    deadlineKind: 'by_date',
    deadline: '2022-03-05',
    ...overrides,
  };
}

const step = (id: string, input: Record<string, unknown>) =>
  backend.invoke('findings.step', { id, date: '2022-03-08', ...input });

/** Invokes with input that must be refused, and checks that nothing changed (findings and audit log). */
async function refused(channel: 'findings.record' | 'findings.update' | 'findings.step', input: unknown) {
  const before = await Promise.all([
    call(backend, 'findings.list', {}),
    call(backend, 'audit.list', { limit: 500 }),
  ]);
  const error = errorOf(await backend.invoke(channel, input));
  expect(
    await Promise.all([call(backend, 'findings.list', {}), call(backend, 'audit.list', { limit: 500 })]),
  ).toEqual(before);
  return error;
}

async function xuanen(): Promise<ChannelOutput<'findings.summary'>['counties'][number]> {
  const summary = await call(backend, 'findings.summary', {});
  return summary.counties.find((c) => c.countyCode === XUANEN)!;
}

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
  await call(backend, 'settings.update', { operatorName: '州督导办', asOfDate: '2022-03-10' });
  lixun = (await call(backend, 'enterprises.save', enterpriseInput('立讯精密工业（恩施）有限公司'))).id;
});
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

describe('supervision findings', () => {
  let finding: Finding;

  it('records a finding for Xuanen as assigned, with a UUID and an audit entry', async () => {
    finding = await call(backend, 'findings.record', findingInput());
    expect(contract['findings.record'].output.safeParse(finding).success).toBe(true);
    expect(finding).toMatchObject({
      countyCode: XUANEN,
      state: 'assigned',
      stateOn: '2022-03-01',
      deadline: '2022-03-05',
      recordedBy: '州督导办',
      steps: [],
    });
    expect(finding.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const [entry] = await call(backend, 'audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'findings.record', entity: 'finding', entityId: finding.id });
    expect(auditText(entry!.summary, 'zh-CN')).toContain('宣恩县');
  });

  it('shows it overdue as of the Settings date, first in the list and in the county summary', async () => {
    await call(backend, 'findings.record', findingInput({ problem: '宣传不到位', deadline: '2022-03-31' }));
    const list = await call(backend, 'findings.list', { countyCode: XUANEN });
    expect(list.asOf).toBe('2022-03-10');
    expect(list.rows.map((r) => [r.problem, r.overdueDays])).toEqual([
      [finding.problem, 5],
      ['宣传不到位', 0],
    ]);
    expect((await call(backend, 'findings.list', { state: 'overdue' })).rows.map((r) => r.id)).toEqual([
      finding.id,
    ]);
    expect(await xuanen()).toEqual({ countyCode: XUANEN, open: 2, overdue: 1, closedThisMonth: 0, total: 2 });
    // As of the deadline itself it is still in time.
    expect((await call(backend, 'findings.get', { id: finding.id, asOf: '2022-03-05' })).overdueDays).toBe(0);
  });

  it('finds findings by words of the problem, the unit, the town or the enterprise', async () => {
    const search = async (words: string) =>
      (await call(backend, 'findings.list', { search: words })).rows.map((r) => r.problem);
    expect(await search('入职时间未统计')).toEqual([finding.problem]);
    expect(await search('宣传')).toEqual(['宣传不到位']);
    expect(await search('椒园')).toHaveLength(2);
    expect(await search('100%_')).toEqual([]);
  });

  it('refuses a deadline before the finding, at the field, saving nothing', async () => {
    const error = await refused('findings.record', findingInput({ deadline: '2022-02-27' }));
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['deadline'], message: 'v.deadline_before_finding' }],
    });
  });

  it('refuses a finding dated after today and an enterprise that does not exist', async () => {
    expect(
      (await refused('findings.record', findingInput({ foundOn: '2022-03-13', deadline: '2022-03-20' })))
        .issues,
    ).toEqual([{ path: ['foundOn'], message: 'v.date_future' }]);
    expect(
      (
        await refused(
          'findings.record',
          findingInput({ enterpriseId: '7a1c1c52-2b44-4a55-9a1e-1b4fb1e0e001' }),
        )
      ).issues,
    ).toEqual([{ path: ['enterpriseId'], message: 'v.enterprise_unknown' }]);
  });

  it('refuses closing what was never checked, and checking what nobody asked to close', async () => {
    const close = await refused('findings.step', { id: finding.id, step: 'close', date: '2022-03-08' });
    expect(close).toMatchObject({
      code: 'conflict',
      message: 'v.finding_step_not_allowed',
      params: { step: 'close', state: 'assigned' },
    });
    const check = await refused('findings.step', {
      id: finding.id,
      step: 'check',
      date: '2022-03-08',
      by: '覃组长',
    });
    expect(check.params).toEqual({ step: 'check', state: 'assigned' });
  });

  it('adds progress notes while it is being fixed; it stays overdue', async () => {
    const f = await call(backend, 'findings.step', {
      id: finding.id,
      step: 'progress',
      date: '2022-03-06',
      note: '已核实椒园镇、珠山镇报名人员',
      by: '田志刚',
    });
    expect(f).toMatchObject({ state: 'in_progress', stateOn: '2022-03-06', overdueDays: 5 });
    expect(f.steps).toEqual([
      expect.objectContaining({
        step: 'progress',
        fromState: 'assigned',
        toState: 'in_progress',
        by: '田志刚',
      }),
    ]);
  });

  it('refuses asking to close without saying what was done, or dated before the latest step', async () => {
    expect(
      (
        await refused('findings.step', {
          id: finding.id,
          step: 'request_closure',
          date: '2022-03-08',
          note: ' ',
        })
      ).issues,
    ).toEqual([{ path: ['note'], message: 'v.done_required' }]);
    expect(
      (
        await refused('findings.step', {
          id: finding.id,
          step: 'request_closure',
          date: '2022-03-05',
          note: '已完成',
        })
      ).issues,
    ).toEqual([{ path: ['date'], message: 'v.step_before_previous' }]);
    expect(
      (
        await refused('findings.step', {
          id: finding.id,
          step: 'request_closure',
          date: '2022-03-13',
          note: '已完成',
        })
      ).issues,
    ).toEqual([{ path: ['date'], message: 'v.date_future' }]);
  });

  it('requests closure with what was done (the overdue clock stops), is checked, and closed', async () => {
    let f = await call(backend, 'findings.step', {
      id: finding.id,
      step: 'request_closure',
      date: '2022-03-08',
      note: '全县报名人员已全部核实分类，建立每日报送台账',
    });
    expect(f).toMatchObject({
      state: 'closure_requested',
      overdueDays: 0,
      done: '全县报名人员已全部核实分类，建立每日报送台账',
    });
    expect((await xuanen()).overdue).toBe(0);
    expect(
      (await refused('findings.step', { id: finding.id, step: 'check', date: '2022-03-09', by: '' })).issues,
    ).toEqual([{ path: ['by'], message: 'v.checked_by_required' }]);
    f = unwrapStep(
      await step(finding.id, { step: 'check', date: '2022-03-09', by: '覃组长', note: '抽查3个村属实' }),
    );
    expect(f).toMatchObject({ state: 'checked', checkedBy: '覃组长' });
    f = unwrapStep(await step(finding.id, { step: 'close', date: '2022-03-10' }));
    expect(f).toMatchObject({ state: 'closed', closedOn: '2022-03-10' });
    expect(f.steps.map((s) => s.step)).toEqual(['progress', 'request_closure', 'check', 'close']);
    expect(await xuanen()).toEqual({ countyCode: XUANEN, open: 1, overdue: 0, closedThisMonth: 1, total: 2 });
    const list = await call(backend, 'findings.list', { countyCode: XUANEN });
    expect(list.rows.at(-1)!.id).toBe(finding.id);
  });

  it('audits every step with the states it moved between', async () => {
    const entries = (await call(backend, 'audit.list', { limit: 20 })).filter(
      (e) => e.entityId === finding.id,
    );
    expect(entries.map((e) => e.action).reverse()).toEqual([
      'findings.record',
      'findings.progress',
      'findings.request_closure',
      'findings.check',
      'findings.close',
    ]);
    expect(auditText(entries[0]!.summary)).toContain('from “Checked” to “Closed”');
  });

  it('refuses changing a closed finding', async () => {
    const { id: _id, ...facts } = { id: finding.id, ...findingInput() };
    const error = await refused('findings.update', { id: finding.id, ...facts, deadline: '2022-03-09' });
    expect(error).toMatchObject({ code: 'conflict', message: 'v.finding_closed' });
  });

  it('follows a closed finding up: held stays closed; relapsed reopens it, sent back with the note', async () => {
    let f = unwrapStep(
      await step(finding.id, {
        step: 'follow_up',
        date: '2022-03-10',
        outcome: 'held',
        note: '回头看：台账每日更新',
      }),
    );
    expect(f).toMatchObject({ state: 'closed', closedOn: '2022-03-10' });
    f = unwrapStep(
      await step(finding.id, {
        step: 'follow_up',
        date: '2022-03-12',
        outcome: 'relapsed',
        note: '3月11日起又未报送',
        by: '覃组长',
      }),
    );
    expect(f).toMatchObject({ state: 'returned', closedOn: null, returnReason: '3月11日起又未报送' });
    // Reopened with its old deadline, it is overdue again until a new deadline is set.
    expect(f.overdueDays).toBe(5);
    const updated = await call(backend, 'findings.update', {
      id: finding.id,
      ...findingInput(),
      deadline: '2022-03-15',
    });
    expect(updated).toMatchObject({ state: 'returned', deadline: '2022-03-15', overdueDays: 0 });
    const [entry] = await call(backend, 'audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'findings.update', entityId: finding.id });
    expect(auditText(entry!.summary)).toContain('deadline changed from “2022-03-05” to “2022-03-15”');
  });

  it('sends a finding back from the check with a reason, and a reason is required', async () => {
    const f = await call(
      backend,
      'findings.record',
      findingInput({
        countyCode: '422802',
        enterpriseId: lixun,
        category: 'transport',
        deadline: '2022-03-09',
      }),
    );
    await call(backend, 'findings.step', {
      id: f.id,
      step: 'request_closure',
      date: '2022-03-08',
      note: '已安排护送',
    });
    expect(
      (await refused('findings.step', { id: f.id, step: 'return', date: '2022-03-09', note: '' })).issues,
    ).toEqual([{ path: ['note'], message: 'v.reason_required' }]);
    const back = unwrapStep(
      await step(f.id, { step: 'return', date: '2022-03-09', note: '无护送人员名单，佐证不足' }),
    );
    expect(back).toMatchObject({
      state: 'returned',
      returnReason: '无护送人员名单，佐证不足',
      enterpriseName: '立讯精密工业（恩施）有限公司',
    });
    // Sent back after its deadline passed: overdue again as of 10 March.
    expect(back.overdueDays).toBe(1);
  });

  it('keeps ongoing findings without a deadline, never overdue', async () => {
    const f = await call(
      backend,
      'findings.record',
      findingInput({ deadlineKind: 'ongoing', deadline: null, category: 'stabilisation' }),
    );
    expect(f).toMatchObject({ deadlineKind: 'ongoing', deadline: null, overdueDays: 0 });
    expect((await refused('findings.record', findingInput({ deadline: null }))).issues).toEqual([
      { path: ['deadline'], message: 'v.deadline_required' },
    ]);
  });

  it('exports the county list to .xlsx in the chosen language, overdue first', async () => {
    const file = await call(backend, 'findings.export', { countyCode: XUANEN });
    expect(file.fileName).toBe('宣恩县整改清单-2022-03-10.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('整改清单');
    const rows = ws.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]!.slice(1, 7)).toEqual(['序号', '发现日期', '督导专班', '乡镇/企业', '类别', '存在问题']);
    expect(rows.slice(1).map((r) => r[11])).toEqual(['已退回', '已交办', '已交办']);
    // The date found is a date Excel sorts and filters; the deadline column holds words too.
    expect(rows[1]!.slice(1, 4)).toEqual([1, new Date('2022-03-01T00:00:00Z'), '第二督导专班']);
    expect(rows[1]![10]).toBe('2022-03-15');
    expect(rows.slice(1).map((r) => r[10])).toContain('持续整改');
    const english = await call(backend, 'findings.export', { countyCode: XUANEN, language: 'en' });
    expect(english.fileName).toBe("Xuan'en County rectification list 2022-03-10.xlsx");
  });
});

function unwrapStep(result: Awaited<ReturnType<typeof step>>): Finding {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data as Finding;
}
