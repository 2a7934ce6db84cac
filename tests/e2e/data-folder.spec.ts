import { chmodSync, statSync } from 'node:fs';
import { expect, test } from './fixtures';

test.skip(process.platform === 'win32', 'POSIX modes; Windows keeps the %APPDATA% ACL');

test('a data folder other users could read is made owner-only, and the console says so once', async ({
  page,
  dataDir,
  restartHost,
}) => {
  // A folder made before the rule (or by hand): readable by everyone.
  chmodSync(dataDir, 0o755);
  let host = await restartHost();
  await page.goto(host.url);
  const notice = page.getByRole('alert').filter({ hasText: '仅限您的账户读取' });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  expect(statSync(dataDir).mode & 0o777).toBe(0o700);
  await page.screenshot({ path: '/tmp/shots/vault-tightened-zh.png' });

  // Once: the next start finds nothing to tighten.
  host = await restartHost();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('alert').filter({ hasText: '仅限您的账户读取' })).toHaveCount(0);
});
