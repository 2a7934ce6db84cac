import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Gate } from '../../../../electron/backend/auth/gate';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import type { Result } from '../../../../shared/contract/result';
import { auditText } from '../../support/audit-text';
import { fakeClock } from '../../support/clock';
import { enterpriseInput, errorOf, unwrap } from '../../support/fixtures';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
const open: Gate[] = [];
afterEach(async () => {
  for (const gate of open.splice(0)) await gate.close();
});
afterAll(() => dirs.cleanup());

async function newGate(dataDir = dirs.make()) {
  const clock = fakeClock('2022-03-10T01:00:00.000Z');
  const gate = await Gate.open({ dataDir, clock: clock.now });
  open.push(gate);
  const ok = async <T = unknown>(channel: string, input: unknown = {}): Promise<T> =>
    unwrap((await gate.invoke(channel, input)) as Result<T>);
  const refused = async (channel: string, input: unknown = {}) => errorOf(await gate.invoke(channel, input));
  const audit = () => ok<ChannelOutput<'audit.list'>>('audit.list', { limit: 500 });
  return { gate, clock, ok, refused, audit, dataDir };
}

/** A console with an admin (reveal), a staff account and a supervisor, the admin signed in. */
async function staffedConsole({ demo = false } = {}) {
  const g = await newGate();
  await g.ok('auth.setUp', { name: '王主任', password: 'admin-password' });
  if (demo) await g.ok('demo.load');
  await g.ok('accounts.add', { name: '李干事', role: 'staff', reveal: false, password: 'staff-password' });
  await g.ok('accounts.add', {
    name: '州督导',
    role: 'supervisor',
    reveal: false,
    password: 'super-password',
  });
  return g;
}

describe('the sign-in gate', () => {
  it('answers only auth.* before sign-in, and set-up returns the recovery key once', async () => {
    const g = await newGate();
    expect(await g.ok('auth.status')).toEqual({
      setUp: false,
      account: null,
      lockedAccount: null,
      idleMinutes: 15,
    });
    expect(await g.refused('enterprises.list')).toMatchObject({
      code: 'unauthenticated',
      message: 'e.not_set_up',
    });
    expect(g.gate.openBackend).toBeNull();
    const made = await g.ok<ChannelOutput<'auth.setUp'>>('auth.setUp', {
      name: '王主任',
      password: 'admin-password',
    });
    expect(made.recoveryKey).toMatch(/^[A-Z2-9-]{64}$/);
    expect(made.status.account).toMatchObject({ name: '王主任', role: 'admin', reveal: true });
    expect(await g.refused('auth.setUp', { name: 'other', password: 'other-password' })).toMatchObject({
      code: 'conflict',
      message: 'e.already_set_up',
    });
    await g.ok('auth.signOut');
    expect(await g.refused('enterprises.list')).toMatchObject({
      code: 'unauthenticated',
      message: 'e.sign_in_needed',
    });
  });

  it('records the signed-in account in the audit log, not the operator setting', async () => {
    const g = await staffedConsole();
    await g.ok('settings.update', { operatorName: '随便写的名字' });
    await g.ok('auth.signIn', { name: '李干事', password: 'staff-password' });
    await g.ok('enterprises.save', enterpriseInput('恩施新企业'));
    await g.ok('auth.signIn', { name: '王主任', password: 'admin-password' });
    const entries = await g.audit();
    expect(entries.find((e) => e.action === 'enterprises.create')).toMatchObject({ operator: '李干事' });
    expect(entries.find((e) => e.action === 'settings.update')).toMatchObject({ operator: '王主任' });
    const added = entries.find((e) => e.action === 'accounts.add' && e.entityId === '州督导');
    expect(added).toMatchObject({ operator: '王主任' });
    expect(auditText(added!.summary, 'en')).toBe('Account 州督导 added as Supervisor (reads only)');
    expect(entries.some((e) => e.operator === '随便写的名字')).toBe(false);
  });

  it('refuses a reveal without the permission, and audits the refusal', async () => {
    const g = await staffedConsole({ demo: true });
    const [person] = (await g.ok<ChannelOutput<'seekers.query'>>('seekers.query', { limit: 1 })).rows;
    await g.ok('auth.signIn', { name: '李干事', password: 'staff-password' });
    const input = { id: person!.id, field: 'idNumber', reason: '核对身份证' };
    expect(await g.refused('seekers.reveal', input)).toMatchObject({
      code: 'forbidden',
      message: 'e.permission_reveal',
      params: { permission: 'reveal' },
    });
    expect(
      await g.refused('exports.seekers', { ...exportInput(), unmasked: true, reason: '报送' }),
    ).toMatchObject({
      code: 'forbidden',
      params: { permission: 'reveal' },
    });
    expect(await g.refused('accounts.add', { name: 'x', role: 'admin', password: 'xxxxxxxx' })).toMatchObject(
      {
        code: 'forbidden',
        params: { permission: 'admin' },
      },
    );
    // Staff does the daily work and takes a masked export.
    await g.ok('exports.seekers', exportInput());
    await g.ok('auth.signIn', { name: '王主任', password: 'admin-password' });
    const refusals = (await g.audit()).filter((e) => e.action === 'auth.refused');
    expect(refusals.map((e) => [e.operator, e.entityId, auditText(e.summary, 'en')])).toEqual([
      ['李干事', 'accounts.add', 'A request was refused: only an administrator may do this'],
      [
        '李干事',
        'exports.seekers',
        'A request was refused: the account may not reveal full ID numbers and phones',
      ],
      [
        '李干事',
        'seekers.reveal',
        'A request was refused: the account may not reveal full ID numbers and phones',
      ],
    ]);
  });

  it('asks the admin for a reason to reveal, and audits the reveal with the admin and the reason', async () => {
    const g = await staffedConsole({ demo: true });
    const [person] = (await g.ok<ChannelOutput<'seekers.query'>>('seekers.query', { limit: 1 })).rows;
    expect(await g.refused('seekers.reveal', { id: person!.id, field: 'phone' })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['reason'], message: 'v.reveal_reason' }],
    });
    const { value } = await g.ok<{ value: string }>('seekers.reveal', {
      id: person!.id,
      field: 'phone',
      reason: '通知体检时间',
    });
    expect(value).toMatch(/^1\d{10}$/);
    const [entry] = await g.audit();
    expect(entry).toMatchObject({ action: 'seekers.reveal', operator: '王主任' });
    expect(auditText(entry!.summary, 'en')).toContain('reason: 通知体检时间');
  });

  it('lets a supervisor read everything and change nothing', async () => {
    const g = await staffedConsole();
    await g.ok('auth.signIn', { name: '州督导', password: 'super-password' });
    expect(await g.ok<unknown[]>('enterprises.list')).toEqual([]);
    await g.ok('counts.summary');
    await g.ok('audit.list');
    expect(await g.refused('enterprises.save', enterpriseInput('恩施新企业'))).toMatchObject({
      code: 'forbidden',
      params: { permission: 'work' },
    });
    expect(await g.refused('settings.update', { stableDays: 30 })).toMatchObject({
      params: { permission: 'admin' },
    });
    expect(await g.refused('backups.create')).toMatchObject({ params: { permission: 'admin' } });
  });

  it('locks the session after the idle time; the password opens it again and the refusal is audited', async () => {
    const g = await staffedConsole();
    await g.ok('accounts.setIdleMinutes', { minutes: 5 });
    await g.ok('auth.signIn', { name: '李干事', password: 'staff-password' });
    g.clock.advance(4 * 60_000);
    await g.ok('enterprises.list');
    g.clock.advance(4 * 60_000);
    await g.ok('enterprises.list'); // 4 minutes since the last request: still open
    g.clock.advance(5 * 60_000 + 1000);
    expect(await g.refused('enterprises.list')).toMatchObject({
      code: 'session_locked',
      message: 'e.session_locked',
      params: { name: '李干事' },
    });
    expect(await g.ok('auth.status')).toMatchObject({
      account: null,
      lockedAccount: '李干事',
      idleMinutes: 5,
    });
    await g.ok('auth.signIn', { name: '李干事', password: 'staff-password' });
    await g.ok('enterprises.list');
    const refused = (await g.audit()).filter((e) => e.action === 'auth.refused');
    expect(refused).toMatchObject([{ operator: '李干事', entityId: 'enterprises.list' }]);
    expect(auditText(refused[0]!.summary, 'en')).toBe(
      'A request was refused: the console had locked after a time without use',
    );
  });

  it('audits wrong passwords tried before anyone signed in, at the next sign-in', async () => {
    const first = await newGate();
    await first.ok('auth.setUp', { name: '王主任', password: 'admin-password' });
    await first.gate.close();
    open.length = 0;
    const g = await newGate(first.dataDir);
    expect(await g.refused('auth.signIn', { name: '王主任', password: 'nope' })).toMatchObject({
      code: 'unauthenticated',
      message: 'e.wrong_password',
      params: { left: 4 },
    });
    await g.ok('auth.signIn', { name: '王主任', password: 'admin-password' });
    const entries = await g.audit();
    expect(entries.map((e) => [e.operator, e.action, auditText(e.summary, 'en'), e.at])).toContainEqual([
      '王主任',
      'auth.refused',
      'Sign-in as 王主任 refused: wrong name or password',
      '2022-03-10T01:00:00.000Z',
    ]);
  });

  it('loads the demo into a folder without accounts as a demo admin whose password works once shown', async () => {
    const g = await newGate();
    const summary = await g.ok<ChannelOutput<'demo.load'>>('demo.load');
    expect(summary.seekers).toBeGreaterThan(1000);
    expect(summary.demoAdmin).toMatchObject({
      name: 'demo',
      password: expect.stringMatching(/^[a-z0-9]{16}$/),
    });
    expect(await g.ok('auth.status')).toMatchObject({
      setUp: true,
      account: { name: 'demo', role: 'admin' },
    });
    await g.ok('auth.signOut');
    // Not a second time: the folder now has accounts.
    expect(await g.refused('demo.load')).toMatchObject({ code: 'unauthenticated' });
    await g.ok('auth.signIn', { name: 'demo', password: summary.demoAdmin!.password });
  });
});

function exportInput() {
  return {
    format: 'csv',
    fileBase: 'people',
    filter: {},
    columns: [{ colId: 'name', header: '姓名' }],
  };
}
