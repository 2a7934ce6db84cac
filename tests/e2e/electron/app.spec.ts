import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { CHECK_OUTPUTS_ENV } from '../../../electron/backend/output-check';
import type { Bridge } from '../../../shared/contract/bridge';

const APP_ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * The Electron executable, found without requiring the `electron` package (which would try to
 * download it): ELECTRON_BINARY, else the path the package's installer records in path.txt.
 */
function findElectronBinary(): { path: string } | { reason: string } {
  const fromEnv = process.env.ELECTRON_BINARY;
  if (fromEnv) {
    return existsSync(fromEnv) ? { path: fromEnv } : { reason: `ELECTRON_BINARY=${fromEnv} does not exist` };
  }
  const pkg = path.join(APP_ROOT, 'node_modules', 'electron');
  const pathTxt = path.join(pkg, 'path.txt');
  if (!existsSync(pathTxt)) {
    return {
      reason:
        'Electron binary not downloaded (offline install: node_modules/electron/path.txt is missing); set ELECTRON_BINARY to run',
    };
  }
  const binary = path.join(pkg, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(binary)
    ? { path: binary }
    : { reason: `Electron binary missing at ${binary}; set ELECTRON_BINARY to run` };
}

const binary = findElectronBinary();
const builtMain = path.join(APP_ROOT, 'dist', 'electron', 'shell', 'main.js');
const builtRenderer = path.join(APP_ROOT, 'dist', 'renderer', 'index.html');

test.describe('Electron shell', () => {
  test.skip('reason' in binary, 'reason' in binary ? binary.reason : '');
  test.skip(
    !existsSync(builtMain) || !existsSync(builtRenderer),
    'the app is not built (dist/electron/shell/main.js, dist/renderer/index.html): run npm run build',
  );

  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  // Each test gets its own data folder, so its own database and its own single-instance lock.
  test.beforeEach(async () => {
    if (!('path' in binary)) return;
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'sb-electron-'));
    app = await electron.launch({
      executablePath: binary.path,
      args: [APP_ROOT, '--data-dir', dataDir],
      // A handler answering outside its output schema fails the test (electron/backend/output-check.ts).
      env: { ...process.env, [CHECK_OUTPUTS_ENV]: '1' },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterEach(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens one window titled 春风行动 Spring Breeze on app://', async () => {
    const title = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => w.getTitle()),
    );
    expect(title).toEqual(['春风行动 Spring Breeze']);
    expect(page.url()).toMatch(/^app:\/\/renderer\//);
  });

  test('the page has no Node: require and process are undefined', async () => {
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  });

  test('the page carries the CSP meta tag', async () => {
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });

  test('window.open returns null and opens no window', async () => {
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(await page.evaluate(() => window.open('app://renderer/index.html') === null)).toBe(true);
    // window.open asks main, which answers before the page goes on: a window it created would
    // already be in main's list when main answers this later request.
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('navigating to a remote page is blocked', async () => {
    const before = page.url();
    // Listen in main for the navigation the page is about to ask for; the app's own listener runs first.
    await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      (globalThis as { awaitedNavigation?: Promise<unknown> }).awaitedNavigation = new Promise((resolve) =>
        contents.once('will-navigate', (event) =>
          resolve({ url: event.url, blocked: event.defaultPrevented }),
        ),
      );
    });
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    const navigation = await app.evaluate(
      () => (globalThis as { awaitedNavigation?: Promise<unknown> }).awaitedNavigation,
    );
    expect(navigation).toEqual({ url: 'https://example.com/', blocked: true });
    expect(page.url()).toBe(before);
  });

  test('window.api answers app.info from the backend with this data folder, once signed in', async () => {
    const before = await page.evaluate(
      async () => (await (window as unknown as { api: Bridge }).api['app.info']({})).ok,
    );
    expect(before).toBe(false);
    const setUp = await page.evaluate(
      async () =>
        (
          await (window as unknown as { api: Bridge }).api['auth.setUp']({
            name: 'admin',
            password: 'electron-admin',
          })
        ).ok,
    );
    expect(setUp).toBe(true);
    const result = await page.evaluate(() => (window as unknown as { api: Bridge }).api['app.info']({}));
    expect(result.ok).toBe(true);
    if (result.ok) expect(path.resolve(result.data.dataDir)).toBe(path.resolve(dataDir));
  });
});
