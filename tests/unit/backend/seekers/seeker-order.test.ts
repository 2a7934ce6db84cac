import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import type { ChannelInput } from '../../../../shared/contract/channels';
import { fakeClock } from '../../support/clock';
import { call } from '../../support/fixtures';
import { createEnterprise, register, step, validId } from '../../support/seekers';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
const clock = fakeClock('2022-03-10T02:00:00.000Z');
let backend: Backend;
let luxshare: string;

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
  luxshare = await createEnterprise(backend, '立讯精密工业（恩施）有限公司');
  // Registered in this order, so the newest-first default would be the reverse.
  const names = ['退出者', '未通过者', '在岗者', '核实者', '报名者', '输送者'];
  const id: Record<string, string> = {};
  for (const [i, name] of names.entries()) {
    id[name] = await register(backend, {
      name,
      idNumber: validId('422823', '19900115', String(100 + i)),
      intendedEnterpriseId: luxshare,
    });
  }
  const all = (...who: string[]) => who.map((n) => id[n]!);
  await step(backend, all('退出者', '未通过者', '在岗者', '核实者', '输送者'), 'verified', '2022-02-12');
  await step(backend, all('退出者'), 'withdrawn', '2022-02-13');
  await step(backend, all('未通过者', '在岗者', '输送者'), 'transported', '2022-02-15');
  await step(backend, all('未通过者'), 'interview_failed', '2022-02-16', { enterpriseId: luxshare });
  await step(backend, all('在岗者'), 'interview_passed', '2022-02-16', { enterpriseId: luxshare });
  await step(backend, all('在岗者'), 'exam_passed', '2022-02-17');
  await step(backend, all('在岗者'), 'training_completed', '2022-02-18');
  await step(backend, all('在岗者'), 'employed', '2022-02-20', { enterpriseId: luxshare, post: '普工' });
});
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

const names = async (query: ChannelInput<'seekers.query'>) =>
  (await call(backend, 'seekers.query', query)).rows.map((r) => r.name);

describe('one enterprise’s people', () => {
  it('come on the way and on the job first, withdrawn last', async () => {
    expect(await names({ filter: { enterpriseId: luxshare } })).toEqual([
      '核实者',
      '输送者',
      '在岗者',
      '报名者',
      '未通过者',
      '退出者',
    ]);
  });

  it('keep the newest-first default without an enterprise, and any sort the user chose', async () => {
    expect((await names({}))[0]).toBe('输送者');
    expect(
      await names({ filter: { enterpriseId: luxshare }, sort: [{ colId: 'stage', sort: 'desc' }] }),
    ).toEqual(['退出者', '在岗者', '未通过者', '输送者', '核实者', '报名者']);
  });
});
