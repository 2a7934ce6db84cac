import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Gate } from '../../../electron/backend/auth/gate';
import { PASSWORD_ENV } from '../../../electron/cli/sign-in';
import { main } from '../../../electron/cli/main';
import { call } from '../support/fixtures';
import { createEnterprise, register, step, validId } from '../support/seekers';
import { tempDirs } from '../support/temp-dir';

const dirs = tempDirs();
let dir: string;

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  try {
    const code = await main([...args, '--user', '王主任']);
    return { code, out: lines.join('\n') };
  } finally {
    log.mockRestore();
  }
}

beforeAll(async () => {
  dir = dirs.make();
  // The folder's first admin; the data is encrypted under its key, so it is filled through the gate.
  process.env[PASSWORD_ENV] = 'admin-password';
  const backend = await Gate.open({ dataDir: dir });
  expect((await backend.invoke('auth.setUp', { name: '王主任', password: 'admin-password' })).ok).toBe(true);
  await call(backend, 'settings.update', { asOfDate: '2022-03-10', stableDays: 15 });
  const factory = await createEnterprise(backend, '恩施华鑫科技有限公司', 40);
  const people = [];
  for (const n of ['101', '103'])
    people.push(
      await register(backend, { idNumber: validId('422828', '19900101', n), countyCode: '422828' }),
    );
  await step(backend, people, 'verified', '2022-02-10');
  await step(backend, people, 'transported', '2022-02-11');
  await step(backend, people, 'interview_passed', '2022-02-12', { enterpriseId: factory });
  await step(backend, people, 'exam_passed', '2022-02-13');
  await step(backend, people, 'training_completed', '2022-02-14');
  await step(backend, people, 'employed', '2022-02-15', { enterpriseId: factory, post: '普工' });
  for (const seekerId of people) {
    await call(backend, 'policies.savePerson', { seekerId, contractMonths: 12, contractStart: '2022-02-15' });
    await call(backend, 'policies.setEvidence', { seekerId, kind: 'id_card', receivedOn: '2022-03-01' });
  }
  const rule = await call(backend, 'policies.saveRule', {
    name: '一次性求职补贴',
    payee: 'worker',
    minContractMonths: 12,
    amount: { kind: 'fixed', amount: 500 },
    validFrom: '2022-01-01',
    evidence: ['id_card'],
  });
  const batch = await call(backend, 'policies.makeBatch', {
    ruleKey: rule.ruleKey,
    countyCode: '422828',
    date: '2022-03-10',
  });
  for (const s of ['approve', 'list'] as const)
    await call(backend, 'policies.step', { batchId: batch.id, step: s, date: '2022-03-10' });
  await call(backend, 'policies.step', {
    batchId: batch.id,
    claimIds: [batch.claims[0]!.id],
    step: 'pay',
    date: '2022-03-10',
  });
  await backend.close();
});
afterAll(() => {
  delete process.env[PASSWORD_ENV];
  dirs.cleanup();
});

describe('spring-breeze policies', () => {
  it('prints one JSON object with, per rule and county, eligible, complete, claimed, paid and owed', async () => {
    const { code, out } = await run(['policies', '--data-dir', dir, '--json']);
    expect(code).toBe(0);
    expect(out.split('\n')).toHaveLength(1);
    const json = JSON.parse(out) as {
      rules: { name: string; by_county: { code: string }[] }[];
      total: Record<string, number>;
    };
    expect(json.rules[0]).toMatchObject({
      name: '一次性求职补贴',
      eligible: 2,
      claimed: 2,
      paid: 1,
      paid_amount: 500,
      owed: 500,
    });
    expect(json.rules[0]!.by_county.find((c) => c.code === '422828')).toEqual({
      code: '422828',
      eligible: 2,
      complete: 2,
      claimed: 2,
      paid: 1,
      paid_amount: 500,
      owed: 500,
    });
    expect(json.total).toMatchObject({ paid: 1, paid_amount: 500, owed: 500 });
  });

  it('prints a readable table per rule with the county’s figures', async () => {
    const { code, out } = await run(['policies', '--data-dir', dir]);
    expect(code).toBe(0);
    expect(out).toContain('Subsidies as of 2022-03-10');
    expect(out).toMatch(
      /一次性求职补贴 \(worker\)\s+Eligible\s+Complete\s+Claimed\s+Paid\s+Paid yuan\s+Owed yuan/,
    );
    expect(out).toMatch(/鹤峰县\s+2\s+2\s+2\s+1\s+500\s+500/);
  });
});
