import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { fakeClock } from '../../support/clock';
import { call, errorOf } from '../../support/fixtures';
import { auditText } from '../../support/audit-text';
import { createEnterprise, expectTallyAgrees, register, step, validId } from '../../support/seekers';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
const clock = fakeClock('2022-03-10T02:00:00.000Z');
let backend: Backend;
let luxshare: string;
let huaxin: string;
let n = 100;
/** A new person each time (a distinct sequence number, so a distinct ID). */
const person = (name: string) =>
  register(backend, { idNumber: validId('422802', '19910606', String(n++)), name });

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
  await call(backend, 'settings.update', { operatorName: '李科长' });
  luxshare = await createEnterprise(backend, '立讯精密工业（恩施）有限公司');
  huaxin = await createEnterprise(backend, '恩施华鑫科技有限公司');
});
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

const audit = async () => call(backend, 'audit.list', { limit: 500 });
const get = (id: string) => call(backend, 'seekers.get', { id });

describe('recording pipeline steps', () => {
  it('takes a person from sign-up to employed, keeping the current state on the person', async () => {
    const id = await person('向敏');
    await step(backend, [id], 'verified', '2022-02-11', { note: '电话核实' });
    await step(backend, [id], 'interview_arranged', '2022-02-12', { enterpriseId: luxshare });
    await step(backend, [id], 'transported', '2022-02-14');
    await step(backend, [id], 'interview_passed', '2022-02-14');
    await step(backend, [id], 'exam_passed', '2022-02-15');
    await step(backend, [id], 'training_completed', '2022-02-17');
    await step(backend, [id], 'employed', '2022-02-18', { enterpriseId: luxshare, post: '宝妈线普工' });
    const d = await get(id);
    expect(d).toMatchObject({
      stage: 'employed',
      stageDate: '2022-02-18',
      entryDate: '2022-02-18',
      trips: 1,
    });
    expect(d.enterpriseId).toBe(luxshare);
    expect(d.events.map((e) => [e.type, e.date, e.enterpriseId === luxshare, e.recordedBy])).toEqual([
      ['signed_up', '2022-02-10', false, '李科长'],
      ['verified', '2022-02-11', false, '李科长'],
      ['interview_arranged', '2022-02-12', true, '李科长'],
      ['transported', '2022-02-14', false, '李科长'],
      // Results are with the enterprise the person is with, without naming it again.
      ['interview_passed', '2022-02-14', true, '李科长'],
      ['exam_passed', '2022-02-15', true, '李科长'],
      ['training_completed', '2022-02-17', true, '李科长'],
      ['employed', '2022-02-18', true, '李科长'],
    ]);
    expect(d.events[1]?.note).toBe('电话核实');
    expect(d.events[7]).toMatchObject({ post: '宝妈线普工', enterpriseName: '立讯精密工业（恩施）有限公司' });
  });

  it('refuses employed without the exam, naming the missing steps, and records nothing', async () => {
    const id = await person('田军');
    await step(backend, [id], 'verified', '2022-02-11');
    await step(backend, [id], 'transported', '2022-02-14');
    await step(backend, [id], 'interview_passed', '2022-02-14', { enterpriseId: huaxin });
    const before = (await audit()).length;
    const r = await call(backend, 'pipeline.record', {
      seekerIds: [id],
      type: 'employed',
      date: '2022-02-16',
      enterpriseId: huaxin,
      post: 'SMT操作员',
    });
    expect(r).toEqual({
      recorded: 0,
      refused: [
        {
          seekerId: id,
          name: '田军',
          message: 'v.transition_missing_steps',
          params: {
            from: 'interview_passed',
            to: 'employed',
            missing: ['exam_passed', 'training_completed'],
          },
        },
      ],
    });
    expect((await get(id)).stage).toBe('interview_passed');
    expect((await audit()).length).toBe(before);
  });

  it('records all or nothing, unless asked to skip who may not take the step', async () => {
    const a = await person('谭伟');
    const b = await person('覃芳');
    await step(backend, [a], 'verified', '2022-02-11');
    const all = await call(backend, 'pipeline.record', {
      seekerIds: [a, b],
      type: 'transported',
      date: '2022-02-20',
    });
    expect(all.recorded).toBe(0);
    expect(all.refused.map((x) => [x.name, x.message, x.params.missing])).toEqual([
      ['覃芳', 'v.transition_missing_steps', ['verified']],
    ]);
    expect((await get(a)).trips).toBe(0);
    const some = await call(backend, 'pipeline.record', {
      seekerIds: [a, b, a],
      type: 'transported',
      date: '2022-02-20',
      skipIneligible: true,
    });
    expect(some.recorded).toBe(1);
    expect(some.refused).toHaveLength(1);
    expect((await get(a)).trips).toBe(1);
    expect((await get(b)).stage).toBe('signed_up');
  });

  it('refuses a date before the previous step', async () => {
    const id = await person('杨勇');
    await step(backend, [id], 'verified', '2022-02-20');
    const r = await call(backend, 'pipeline.record', {
      seekerIds: [id],
      type: 'transported',
      date: '2022-02-19',
    });
    expect(r.refused).toEqual([
      {
        seekerId: id,
        name: '杨勇',
        message: 'v.date_before_previous',
        params: { date: '2022-02-19', previous: '2022-02-20', from: 'verified' },
      },
    ]);
    await step(backend, [id], 'transported', '2022-02-20');
  });

  it('refuses a date in the future, an unknown person or enterprise, and missing details', async () => {
    const id = await person('彭静');
    const future = errorOf(
      await backend.invoke('pipeline.record', { seekerIds: [id], type: 'verified', date: '2022-03-11' }),
    );
    expect(future.issues).toEqual([{ path: ['date'], message: 'v.date_future' }]);
    const ghost = errorOf(
      await backend.invoke('pipeline.record', {
        seekerIds: [id, '7d3c1f4e-1111-4a2b-8c3d-0123456789ab'],
        type: 'verified',
        date: '2022-03-01',
      }),
    );
    expect(ghost.code).toBe('not_found');
    const noCompany = errorOf(
      await backend.invoke('pipeline.record', {
        seekerIds: [id],
        type: 'interview_arranged',
        date: '2022-03-01',
        enterpriseId: '7d3c1f4e-1111-4a2b-8c3d-0123456789ab',
      }),
    );
    expect(noCompany.issues).toEqual([{ path: ['enterpriseId'], message: 'v.enterprise_unknown' }]);
    const noReason = errorOf(
      await backend.invoke('pipeline.record', { seekerIds: [id], type: 'left', date: '2022-03-01' }),
    );
    expect(noReason.issues).toEqual([{ path: ['reason'], message: 'v.reason_required' }]);
    const noPost = errorOf(
      await backend.invoke('pipeline.record', {
        seekerIds: [id],
        type: 'employed',
        date: '2022-03-01',
        enterpriseId: luxshare,
      }),
    );
    expect(noPost.issues).toEqual([{ path: ['post'], message: 'v.post_required' }]);
    expect((await get(id)).events).toHaveLength(1);
  });

  it('counts every ride and keeps the leave reason', async () => {
    const id = await person('胡斌');
    await step(backend, [id], 'verified', '2022-02-11');
    await step(backend, [id], 'transported', '2022-02-12');
    await step(backend, [id], 'interview_failed', '2022-02-12', { enterpriseId: huaxin });
    await step(backend, [id], 'interview_arranged', '2022-02-14', { enterpriseId: luxshare });
    await step(backend, [id], 'transported', '2022-02-16');
    await step(backend, [id], 'interview_passed', '2022-02-16');
    await step(backend, [id], 'exam_passed', '2022-02-17');
    await step(backend, [id], 'training_completed', '2022-02-18');
    await step(backend, [id], 'employed', '2022-02-19', { enterpriseId: luxshare, post: '普工' });
    await step(backend, [id], 'left', '2022-03-01', { reason: 'homesick', note: '想家' });
    const d = await get(id);
    expect(d).toMatchObject({ stage: 'left', trips: 2, entryDate: '2022-02-19', enterpriseId: luxshare });
    expect(d.events.at(-1)).toMatchObject({
      type: 'left',
      reason: 'homesick',
      note: '想家',
      enterpriseId: null,
    });
  });

  it('audits each recording once, with the step and the people', async () => {
    const a = await person('万华');
    const b = await person('龚丽');
    await step(backend, [a, b], 'verified', '2022-02-11');
    const entry = (await audit()).find((e) => e.action === 'pipeline.record');
    expect(entry).toMatchObject({ operator: '李科长', entity: 'seeker', entityId: null });
    expect(auditText(entry!.summary, 'zh-CN')).toBe('2022-02-11 为 2 人登记“已核实”：万华、龚丽');
  });
});

describe('correcting a step entered by mistake', () => {
  let id: string;
  let eventId: (type: string, nth?: number) => Promise<string>;
  beforeAll(async () => {
    id = await person('钟明');
    await step(backend, [id], 'verified', '2022-02-11');
    await step(backend, [id], 'transported', '2022-02-12');
    await step(backend, [id], 'transported', '2022-02-13');
    await step(backend, [id], 'interview_passed', '2022-02-13', { enterpriseId: luxshare });
    await step(backend, [id], 'exam_passed', '2022-02-14');
    await step(backend, [id], 'training_completed', '2022-02-16');
    eventId = async (type, nth = 0) =>
      (await get(id)).events.filter((e) => e.type === type && !e.voided)[nth]!.id;
  });

  it('voids a duplicate ride: the trips are recounted, the step shown voided, the reason audited', async () => {
    const d = await call(backend, 'pipeline.correct', {
      action: 'void',
      eventId: await eventId('transported', 1),
      reason: '重复录入',
    });
    expect(d.trips).toBe(1);
    expect(d.events.filter((e) => e.voided)).toEqual([
      expect.objectContaining({
        type: 'transported',
        date: '2022-02-13',
        voided: true,
        voidReason: '重复录入',
      }),
    ]);
    const entry = (await audit()).find((e) => e.action === 'pipeline.correct');
    expect(entry).toMatchObject({ operator: '李科长', entityId: id });
    expect(auditText(entry!.summary, 'zh-CN')).toBe('作废钟明 2022-02-13 的“已输送”。原因：重复录入');
  });

  it('refuses a correction that leaves an illegal history, and changes nothing', async () => {
    const before = await get(id);
    const error = errorOf(
      await backend.invoke('pipeline.correct', {
        action: 'void',
        eventId: await eventId('exam_passed'),
        reason: '录错了',
      }),
    );
    expect(error).toMatchObject({
      code: 'conflict',
      message: 'v.correction_illegal',
      params: { type: 'training_completed', from: 'interview_passed', date: '2022-02-16' },
    });
    expect(await get(id)).toEqual(before);
  });

  it('refuses voiding the sign-up, or a step already voided', async () => {
    const signUp = errorOf(
      await backend.invoke('pipeline.correct', {
        action: 'void',
        eventId: await eventId('signed_up'),
        reason: 'x',
      }),
    );
    expect(signUp).toMatchObject({ code: 'conflict', message: 'v.correction_signup' });
    const voided = (await get(id)).events.find((e) => e.voided)!.id;
    const again = errorOf(
      await backend.invoke('pipeline.correct', { action: 'void', eventId: voided, reason: 'x' }),
    );
    expect(again).toMatchObject({ code: 'conflict', message: 'v.event_voided' });
  });

  it('edits a date when the order stays legal, and refuses it otherwise', async () => {
    const training = await eventId('training_completed');
    const d = await call(backend, 'pipeline.correct', {
      action: 'edit',
      eventId: training,
      date: '2022-02-15',
      note: '培训提前结束',
      reason: '日期录错',
    });
    expect(d).toMatchObject({ stage: 'training_completed', stageDate: '2022-02-15' });
    expect(d.events.find((e) => e.id === training)).toMatchObject({
      date: '2022-02-15',
      note: '培训提前结束',
    });
    const early = errorOf(
      await backend.invoke('pipeline.correct', {
        action: 'edit',
        eventId: training,
        date: '2022-02-13',
        note: '',
        reason: 'x',
      }),
    );
    expect(early.message).toBe('v.correction_illegal');
    const future = errorOf(
      await backend.invoke('pipeline.correct', {
        action: 'edit',
        eventId: training,
        date: '2022-03-11',
        note: '',
        reason: 'x',
      }),
    );
    expect(future.issues).toEqual([{ path: ['date'], message: 'v.date_future' }]);
    const entry = (await audit()).find((e) => e.action === 'pipeline.correct');
    expect(auditText(entry!.summary, 'zh-CN')).toBe(
      '更正钟明 2022-02-16 的“岗前培训完成”（原因：日期录错）：日期由“2022-02-16”改为“2022-02-15”；备注由“空”改为“培训提前结束”',
    );
  });

  it('moves the sign-up date with the sign-up step', async () => {
    const d = await call(backend, 'pipeline.correct', {
      action: 'edit',
      eventId: await eventId('signed_up'),
      date: '2022-02-09',
      note: '',
      reason: '补录',
    });
    expect(d.signedUpOn).toBe('2022-02-09');
    expect(d.registrations[0]?.signedUpOn).toBe('2022-02-09');
  });

  it('requires a reason', async () => {
    const error = errorOf(
      await backend.invoke('pipeline.correct', {
        action: 'void',
        eventId: await eventId('verified'),
        reason: ' ',
      }),
    );
    expect(error.issues).toEqual([{ path: ['reason'], message: 'v.required' }]);
  });
});

describe('the counting tally', () => {
  it('still agrees with the people after every step and correction above', () => {
    expectTallyAgrees(backend);
  });
});
