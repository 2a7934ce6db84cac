import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startHostProcess, type HostProcess } from './host-process';

export interface HostFixtures {
  /** A fresh data folder for this test. */
  dataDir: string;
  /** The browser host serving that folder; restart it with `restartHost`. */
  host: HostProcess;
  restartHost: () => Promise<HostProcess>;
  /** Start signed in as the tests' admin (default); `test.use({ signedIn: false })` starts at sign-in or first run. */
  signedIn: boolean;
}

export const test = base.extend<HostFixtures>({
  signedIn: [true, { option: true }],
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sb-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  host: async ({ dataDir, signedIn }, use) => {
    const state = { current: await startHostProcess(dataDir, { signIn: signedIn }) };
    await use(state.current);
    await state.current.stop();
  },
  restartHost: async ({ dataDir, host, signedIn }, use) => {
    let current = host;
    await use(async () => {
      await current.stop();
      current = await startHostProcess(dataDir, { signIn: signedIn });
      return current;
    });
    await current.stop();
  },
});

export { expect } from '@playwright/test';
