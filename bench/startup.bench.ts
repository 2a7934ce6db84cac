import { test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startHostProcess, TEST_ADMIN } from '../tests/e2e/host-process';
import { median, report } from './figures';

const BIN = path.join(__dirname, '..', 'bin', 'spring-breeze.js');

test('cold start to interactive, browser mode, demo data', async ({ browser }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sb-bench-start-'));
  // The demo under the tests' admin, whom each run signs in (scrypt and all) as part of starting.
  const env = { ...process.env, SPRING_BREEZE_PASSWORD: TEST_ADMIN.password };
  execFileSync(process.execPath, [BIN, 'setup', '--data-dir', dataDir, '--user', TEST_ADMIN.name], { env });
  execFileSync(process.execPath, [BIN, 'demo', '--data-dir', dataDir, '--user', TEST_ADMIN.name], { env });
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    // Restarted each run: the host process (Node starts, loads the backend, opens the database,
    // takes the backup made at each open) and the page, in a new browser context (its own empty
    // cache). Warm throughout: the Chromium process (launched once by the runner) and the
    // operating system's file cache (the database and the app's files were read by the last run).
    const host = await startHostProcess(dataDir, { checkOutputs: false });
    const page = await browser.newPage();
    // The enterprise grid, not the default page (the dashboard), so the figure stays comparable.
    await page.goto(`${host.url}#/enterprises`);
    await page
      .getByRole('gridcell', { name: /立讯精密/ })
      .first()
      .waitFor();
    runs.push(performance.now() - t0);
    await page.close();
    await host.stop();
  }
  report(
    'start: new host process + new page (Chromium running, file cache warm) → enterprise grid interactive (median of 5)',
    median(runs),
    null,
  );
  rmSync(dataDir, { recursive: true, force: true });
});
