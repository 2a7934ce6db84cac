import { test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Gate } from '../electron/backend/auth/gate';
import { Keyring } from '../electron/backend/auth/keyring';
import { median, report } from './figures';

const PASSWORD = 'bench-admin-password';

test('sign-in: scrypt and unwrapping the data key', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sb-bench-signin-'));
  const made = await (await Keyring.load(dataDir)).setUp('管理员', PASSWORD);
  const gate = await Gate.open({ dataDir });
  await gate.invoke('demo.load', {}).catch(() => undefined);
  await gate.close();

  const unlocks: number[] = [];
  for (let i = 0; i < 5; i++) {
    // A fresh keyring each time, read from the file, as at the start of the app.
    const keyring = await Keyring.load(dataDir);
    const t0 = performance.now();
    const { key } = await keyring.unlock('管理员', PASSWORD);
    unlocks.push(performance.now() - t0);
    if (!key.equals(made.key)) throw new Error('unwrapped another key');
  }
  report('sign-in: scrypt (N=2^15, r=8) + unwrap the data key (median of 5)', median(unlocks), 1000);

  const signIns: number[] = [];
  for (let i = 0; i < 3; i++) {
    const fresh = await Gate.open({ dataDir });
    const t0 = performance.now();
    const result = await fresh.invoke('auth.signIn', { name: '管理员', password: PASSWORD });
    signIns.push(performance.now() - t0);
    if (!result.ok) throw new Error(result.error.message);
    await fresh.close();
  }
  report(
    'sign-in through the gate: password → key → backend open (demo database) (median of 3)',
    median(signIns),
    null,
  );
  rmSync(dataDir, { recursive: true, force: true });
});
