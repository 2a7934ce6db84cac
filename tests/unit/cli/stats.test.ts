import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Gate } from '../../../electron/backend/auth/gate';
import { main } from '../../../electron/cli/main';
import { PASSWORD_ENV } from '../../../electron/cli/sign-in';
import { displayWidth } from '../../../electron/cli/stats-format';
import { call } from '../support/fixtures';
import { createEnterprise, register, step, validId } from '../support/seekers';
import { tempDirs } from '../support/temp-dir';

const dirs = tempDirs();
let dir: string;

/** Runs the command line, returning what it printed to stdout. */
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
  // The folder's first admin, as `spring-breeze setup` makes it; every command signs in as them.
  process.env[PASSWORD_ENV] = 'admin-password';
  const gate = await Gate.open({ dataDir: dir });
  expect((await gate.invoke('auth.setUp', { name: '王主任', password: 'admin-password' })).ok).toBe(true);
  // The data is encrypted under the admin's key: fill it through the signed-in gate.
  const backend = gate;
  await call(backend, 'settings.update', { asOfDate: '2022-03-10', stableDays: 15 });
  const factory = await createEnterprise(backend, '恩施华鑫科技有限公司', 40);
  const a = await register(backend, { idNumber: validId('422828', '19900101', '101'), countyCode: '422828' });
  const b = await register(backend, { idNumber: validId('422828', '19900101', '102'), countyCode: '422828' });
  await step(backend, [a, b], 'verified', '2022-02-10');
  await step(backend, [a, b], 'transported', '2022-02-11');
  await step(backend, [b], 'transported', '2022-02-12');
  await step(backend, [a], 'interview_passed', '2022-02-12', { enterpriseId: factory });
  await step(backend, [a], 'exam_passed', '2022-02-13');
  await step(backend, [a], 'training_completed', '2022-02-14');
  await step(backend, [a], 'employed', '2022-02-15', { enterpriseId: factory, post: 'SMT操作员' });
  await backend.close();
});
afterAll(() => {
  delete process.env[PASSWORD_ENV];
  dirs.cleanup();
});

describe('spring-breeze stats', () => {
  it('prints exactly one JSON object with --json', async () => {
    const { code, out } = await run(['stats', '--data-dir', dir, '--json']);
    expect(code).toBe(0);
    expect(out.split('\n')).toHaveLength(1);
    const stats = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(stats)).toEqual([
      'transported_trips',
      'transported_people',
      'employed',
      'stable',
      'left',
      'demand',
      'by_enterprise',
      'by_county',
    ]);
    expect(stats).toMatchObject({
      transported_trips: 3,
      transported_people: 2,
      employed: 1,
      stable: 1,
      left: 0,
      demand: 40,
      by_enterprise: [{ name: '恩施华鑫科技有限公司', demand: 40, employed: 1, stable: 1, gap: 39 }],
    });
    const counties = stats.by_county as Record<string, unknown>[];
    expect(counties).toHaveLength(8);
    expect(Object.keys(counties[0]!)).toEqual([
      'name',
      'code',
      'signed_up',
      'transported_trips',
      'employed',
      'stable',
    ]);
    expect(counties.find((c) => c.code === '422828')).toEqual({
      name: '鹤峰县',
      code: '422828',
      signed_up: 2,
      transported_trips: 3,
      employed: 1,
      stable: 1,
    });
  });

  it('prints a readable table without --json', async () => {
    const { code, out } = await run(['stats', '--data-dir', dir]);
    expect(code).toBe(0);
    expect(out).toContain('Figures as of 2022-03-10 (stable after 15 days on the job');
    expect(out).toMatch(/Transported +3 person-trips, 2 people/);
    expect(out).toMatch(/恩施华鑫科技有限公司 +40 +1 +1 +1 +39/);
    expect(out).toMatch(/鹤峰县 +422828 +2 +3 +2 +1 +1/);
  });

  it('is listed in the usage text', async () => {
    const { out } = await run(['--help']);
    expect(out).toMatch(/stats +--user NAME \[--data-dir DIR\] \[--json\]/);
  });

  it('measures Chinese text in terminal columns', () => {
    expect(displayWidth('恩施市')).toBe(6);
    expect(displayWidth('立讯（恩施）')).toBe(12);
    expect(displayWidth('Enshi 1')).toBe(7);
  });
});
