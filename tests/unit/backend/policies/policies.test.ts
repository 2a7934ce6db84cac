import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import type { ChannelInput, ChannelOutput } from '../../../../shared/contract/channels';
import { auditText } from '../../support/audit-text';
import { fakeClock } from '../../support/clock';
import { call, errorOf } from '../../support/fixtures';
import { createEnterprise, register, step, validId } from '../../support/seekers';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
const clock = fakeClock('2022-03-12T02:00:00.000Z');
const HEFENG = '422828';
let backend: Backend;
let a: string; // 脱贫, rode our bus
let b: string; // 脱贫, came on their own
let c: string; // no identity flag, left after 14 days
const ids = {
  a: validId(HEFENG, '19900101', '101'),
  b: validId(HEFENG, '19920304', '103'),
  c: validId(HEFENG, '19950505', '105'),
};

type Rule = ChannelOutput<'policies.saveRule'>;
let jobSeeking: Rule;
let other: Rule;
let transport: Rule;

const ruleInput = (
  over: Partial<ChannelInput<'policies.saveRule'>> = {},
): ChannelInput<'policies.saveRule'> => ({
  name: '一次性求职补贴',
  payee: 'worker',
  identities: ['poverty_alleviated'],
  minContractMonths: 12,
  amount: { kind: 'fixed', amount: 500 },
  validFrom: '2022-01-01',
  claimWindowMonths: 12,
  group: '求职类',
  evidence: ['id_card', 'labour_contract'],
  ...over,
});

const standing = async (seekerId: string, rule: Rule) =>
  (await call(backend, 'policies.person', { seekerId })).standings.find((s) => s.ruleKey === rule.ruleKey)!;

const auditActions = async () => (await call(backend, 'audit.list', { limit: 50 })).map((e) => e.action);

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
  await call(backend, 'settings.update', { asOfDate: '2022-03-10', stableDays: 15 });
  const factory = await createEnterprise(backend, '恩施华鑫科技有限公司', 40);
  a = await register(backend, { name: '向阳', idNumber: ids.a, countyCode: HEFENG });
  b = await register(backend, { name: '田芳', idNumber: ids.b, countyCode: HEFENG });
  c = await register(backend, { name: '覃林', idNumber: ids.c, countyCode: HEFENG });
  await step(backend, [a, b, c], 'verified', '2022-02-10');
  await step(backend, [a], 'transported', '2022-02-11');
  await step(backend, [b, c], 'interview_arranged', '2022-02-11', { enterpriseId: factory });
  await step(backend, [a, b, c], 'interview_passed', '2022-02-12', { enterpriseId: factory });
  await step(backend, [a, b, c], 'exam_passed', '2022-02-13');
  await step(backend, [a, b, c], 'training_completed', '2022-02-14');
  await step(backend, [a, b, c], 'employed', '2022-02-15', { enterpriseId: factory, post: '普工' });
  await step(backend, [c], 'left', '2022-03-01', { reason: 'homesick' });
  for (const [id, identities] of [
    [a, ['poverty_alleviated']],
    [b, ['poverty_alleviated']],
    [c, []],
  ] as const)
    await call(backend, 'policies.savePerson', {
      seekerId: id,
      identities: [...identities],
      contractMonths: 12,
      contractStart: '2022-02-15',
      insuranceMonths: 1,
      bankAccount: id === b ? '6217 0000 1234 5678 901' : '',
    });
  jobSeeking = await call(backend, 'policies.saveRule', ruleInput());
  other = await call(
    backend,
    'policies.saveRule',
    ruleInput({ name: '另一项求职补贴', amount: { kind: 'fixed', amount: 300 } }),
  );
  transport = await call(
    backend,
    'policies.saveRule',
    ruleInput({
      name: '交通补贴（自行前往）',
      identities: [],
      minContractMonths: null,
      minDaysOnJob: 30,
      noOrganisedBus: true,
      group: '',
      amount: {
        kind: 'tiered',
        basis: 'distance',
        tiers: [
          { key: 'in_county', amount: 200 },
          { key: 'in_province', amount: 500 },
        ],
      },
    }),
  );
});
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

describe('standings', () => {
  it('is 可能符合 until the evidence is complete, then 材料齐全; 不符合 says why', async () => {
    expect(await standing(b, jobSeeking)).toMatchObject({
      status: 'possible',
      from: '2022-02-15',
      amount: 500,
    });
    for (const id of [a, b])
      for (const kind of ['id_card', 'labour_contract'] as const)
        await call(backend, 'policies.setEvidence', { seekerId: id, kind, receivedOn: '2022-03-01' });
    expect(await standing(b, jobSeeking)).toMatchObject({ status: 'complete' });
    expect(await standing(c, jobSeeking)).toMatchObject({
      status: 'not_eligible',
      reasons: [{ key: 'identity' }],
    });
  });

  it('never offers the self-travel transport subsidy to a bus rider, and says when the others qualify', async () => {
    expect(await standing(a, transport)).toMatchObject({
      status: 'not_eligible',
      reasons: [{ key: 'rode_bus' }],
    });
    expect(await standing(b, transport)).toMatchObject({
      status: 'possible',
      from: '2022-03-17',
      amount: 500,
    });
    expect(await standing(c, transport)).toMatchObject({
      status: 'not_eligible',
      reasons: [{ key: 'left_early', params: { days: 14, need: 30 } }],
    });
  });
});

describe('batches, versions and payment', () => {
  let batch: ChannelOutput<'policies.makeBatch'>;

  it('collects the complete claims of one rule and county; the non-combinable rule is then 不符合', async () => {
    batch = await call(backend, 'policies.makeBatch', {
      ruleKey: jobSeeking.ruleKey,
      countyCode: HEFENG,
      date: '2022-03-10',
    });
    expect(batch.claims.map((x) => x.name).sort()).toEqual(['向阳', '田芳']);
    expect(batch.computed).toBe(1000);
    expect(await standing(b, jobSeeking)).toMatchObject({ status: 'claimed', batchNo: batch.batchNo });
    expect(await standing(b, other)).toMatchObject({
      status: 'not_eligible',
      reasons: [{ key: 'not_combinable', params: { rule: '一次性求职补贴' } }],
    });
    expect(
      errorOf(
        await backend.invoke('policies.makeBatch', {
          ruleKey: other.ruleKey,
          countyCode: HEFENG,
          date: '2022-03-10',
        }),
      ).message,
    ).toBe('v.policy_batch_empty');
  });

  it('makes a new version when a rule with claims is edited; the claims keep theirs', async () => {
    const edited = await call(backend, 'policies.saveRule', {
      ...ruleInput({ amount: { kind: 'fixed', amount: 600 } }),
      id: jobSeeking.id,
    });
    expect(edited).toMatchObject({ ruleKey: jobSeeking.ruleKey, version: 2 });
    expect(edited.id).not.toBe(jobSeeking.id);
    const detail = await call(backend, 'policies.batch', { id: batch.id });
    expect(detail).toMatchObject({ ruleVersion: 1, computed: 1000 });
    expect(
      (await call(backend, 'policies.rules', {})).find((r) => r.ruleKey === jobSeeking.ruleKey)?.version,
    ).toBe(2);
    // The old version is no longer edited.
    expect(
      errorOf(await backend.invoke('policies.saveRule', { ...ruleInput(), id: jobSeeking.id })).message,
    ).toBe('v.policy_rule_superseded');
    // A rule without claims is rewritten in place.
    const same = await call(backend, 'policies.saveRule', {
      ...ruleInput({ name: '另一项求职补贴', amount: { kind: 'fixed', amount: 350 } }),
      id: other.id,
    });
    expect(same).toMatchObject({ id: other.id, version: 1 });
  });

  it('refuses a payment over the rule’s limit, a different amount without a reason, and a person no longer eligible', async () => {
    const claimOf = (name: string) => batch.claims.find((x) => x.name === name)!.id;
    await call(backend, 'policies.step', { batchId: batch.id, step: 'approve', date: '2022-03-10' });
    await call(backend, 'policies.step', { batchId: batch.id, step: 'list', date: '2022-03-10' });
    const pay = (name: string, amount: number | null, reason = '') =>
      backend.invoke('policies.step', {
        batchId: batch.id,
        claimIds: [claimOf(name)],
        step: 'pay',
        date: '2022-03-10',
        amount,
        reason,
      });
    expect(errorOf(await pay('田芳', 700, '补发'))).toMatchObject({
      message: 'v.policy_pay_over_cap',
      params: { cap: 500 },
    });
    expect(errorOf(await pay('田芳', 400)).issues).toEqual([
      { path: ['reason'], message: 'v.policy_amount_reason' },
    ]);
    const paid = await call(backend, 'policies.step', {
      batchId: batch.id,
      claimIds: [claimOf('田芳')],
      step: 'pay',
      date: '2022-03-10',
      amount: 400,
      reason: '合同期不满扣减',
    });
    expect(paid.claims.find((x) => x.name === '田芳')).toMatchObject({
      state: 'paid',
      paidAmount: 400,
      amountReason: '合同期不满扣减',
    });
    await call(backend, 'policies.savePerson', {
      seekerId: a,
      identities: ['poverty_alleviated'],
      contractMonths: 6,
      contractStart: '2022-02-15',
    });
    expect(errorOf(await pay('向阳', null))).toMatchObject({
      message: 'v.policy_pay_not_eligible',
      params: { name: '向阳', reason: 'contract_short', months: 6, need: 12 },
    });
    const summary = await call(backend, 'policies.summary', {});
    const hefeng = summary.rules
      .find((r) => r.ruleKey === jobSeeking.ruleKey)!
      .counties.find((x) => x.countyCode === HEFENG)!;
    expect(hefeng).toMatchObject({ claimed: 2, paid: 1, paidAmount: 400, owed: 500 });
  });

  it('exports the claim roster masked, and in full only when asked, which is audited', async () => {
    const read = async (unmasked: boolean) => {
      const file = await call(backend, 'policies.roster', { batchId: batch.id, unmasked });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      const rows: string[][] = [];
      ws.eachRow((row) =>
        rows.push(
          (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
        ),
      );
      return rows;
    };
    const masked = await read(false);
    expect(masked[0]![0]).toBe('鹤峰县一次性求职补贴申报花名册');
    expect(masked[2]).toEqual([
      '序号',
      '姓名',
      '性别',
      '身份证号',
      '就业单位',
      '入职日期',
      '劳动合同期限（月）',
      '银行账号',
      '申报金额（元）',
    ]);
    const body = masked.slice(3, 5);
    expect(body.map((r) => r[3])).toEqual(
      expect.arrayContaining([`${ids.b.slice(0, 6)}********${ids.b.slice(-4)}`]),
    );
    expect(masked.flat().join(' ')).not.toContain(ids.b);
    expect(masked.flat().join(' ')).not.toContain('6217000012345678901');
    expect(masked[5]).toEqual(expect.arrayContaining(['合计', '2人', '1000']));
    expect(masked.flat().join(' ')).toContain('（单位盖章）');
    expect(await auditActions()).toContain('policies.roster');
    const full = await read(true);
    expect(full.flat()).toEqual(expect.arrayContaining([ids.b, '6217000012345678901']));
    expect((await auditActions())[0]).toBe('policies.rosterUnmasked');
  });
});

describe('the bank account', () => {
  it('is shown masked and revealed only by the audited reveal', async () => {
    const person = await call(backend, 'policies.person', { seekerId: b });
    expect(person.bankMasked).toBe('6217***********8901');
    expect(JSON.stringify(person)).not.toContain('6217000012345678901');
    expect(await call(backend, 'seekers.reveal', { id: b, field: 'bankAccount' })).toEqual({
      value: '6217000012345678901',
    });
    const entry = (await call(backend, 'audit.list', { limit: 1 }))[0]!;
    expect(entry).toMatchObject({ action: 'seekers.reveal', entityId: b });
    expect(auditText(entry.summary, 'en')).toContain('bank account');
    expect(JSON.stringify(entry.summary)).not.toContain('6217000012345678901');
  });

  it('refuses a bank account that is not 10 to 30 digits at the field', async () => {
    const e = errorOf(await backend.invoke('policies.savePerson', { seekerId: b, bankAccount: '12ab' }));
    expect(e.issues).toEqual([expect.objectContaining({ path: ['bankAccount'], message: 'v.bank_account' })]);
  });
});
