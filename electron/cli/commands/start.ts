import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { browserArgs, findBrowser } from '../../host/find-browser';
import { findElectron } from '../electron-binary';
import { onShutdown, startServing } from './serve';

const APP_ROOT = path.join(__dirname, '..', '..', '..', '..');
/** An Electron that dies this soon (missing libraries, no display) counts as unable to start. */
const EARLY_EXIT_MS = 5000;
const INSTALL_SCRIPT = path.join(APP_ROOT, 'node_modules', 'electron', 'install.js');
const DOWNLOAD_TIMEOUT_MS = 180_000;

/** Opens the console: the Electron app where it can start, otherwise browser mode. */
export async function startCommand(
  dataDir: string,
  dataDirFlag: string | undefined,
  port: number,
): Promise<void> {
  let electron = findElectron(APP_ROOT);
  if (!('path' in electron) && existsSync(INSTALL_SCRIPT)) {
    // The electron package fetches its binary on first use; try once, quietly, before giving up.
    electron = (await downloadElectron())
      ? findElectron(APP_ROOT)
      : { reason: 'the Electron binary is not installed and could not be downloaded (offline?)' };
  }
  if ('path' in electron) {
    const reason = await runElectron(electron.path, dataDirFlag);
    if (reason === null) return;
    console.log(`Electron could not start (${reason}); opening the console in browser mode.`);
  } else {
    console.log(`Electron cannot start here: ${electron.reason}; opening the console in browser mode.`);
  }
  await browserMode(dataDir, port);
}

function downloadElectron(): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [INSTALL_SCRIPT], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill(), DOWNLOAD_TIMEOUT_MS);
    child.once('error', () => resolve(false));
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}

/**
 * The browser keeps what the page stores (column layouts, filters) per address, so browser mode
 * prefers the same port every time; it takes any free port when that one is busy.
 */
export const PREFERRED_PORT = 41980;

async function startServingOnStablePort(dataDir: string, port: number) {
  if (port !== 0) return startServing(dataDir, port);
  try {
    return await startServing(dataDir, PREFERRED_PORT);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    return startServing(dataDir, 0);
  }
}

/** Resolves null when Electron ran and closed normally, or the reason it failed to start. */
function runElectron(binary: string, dataDirFlag: string | undefined): Promise<string | null> {
  const args = [APP_ROOT, ...(dataDirFlag ? ['--data-dir', dataDirFlag] : [])];
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(binary, args, { stdio: 'inherit' });
    child.once('error', (err) => resolve(err.message));
    child.once('exit', (code, signal) => {
      const early = Date.now() - started < EARLY_EXIT_MS;
      if (code !== 0 && early) resolve(`exit code ${code ?? signal}`);
      else {
        process.exitCode = code ?? 0;
        resolve(null);
      }
    });
  });
}

async function browserMode(dataDir: string, port: number): Promise<void> {
  const { host, stop } = await startServingOnStablePort(dataDir, port);
  onShutdown(stop);
  const browser = findBrowser();
  if (!browser) {
    console.log(`Spring Breeze is running at ${host.url}`);
    console.log(
      'No Chromium, Chrome or Edge was found: open the address above in your browser. Press Ctrl+C to stop.',
    );
    return;
  }
  // The window opens with a one-time code of its own: once the page has used it, the code on the
  // browser's command line (which any local user can read) opens nothing.
  console.log(`Spring Breeze is running at http://127.0.0.1:${host.port}/ in ${path.basename(browser)}`);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const child = spawn(browser, browserArgs(host.openUrl(), path.join(dataDir, 'browser-profile'), isRoot), {
    stdio: 'ignore',
  });
  const another = () => `open ${host.openUrl()} in your browser`;
  child.once('error', (err) => {
    console.log(`Could not open ${browser} (${err.message}): ${another()}.`);
  });
  const opened = Date.now();
  child.once('exit', (code) => {
    if (Date.now() - opened < EARLY_EXIT_MS && code !== 0) {
      // No window could be opened (no display, a broken profile): keep serving for another browser.
      console.log(`${path.basename(browser)} could not open a window: ${another()}. Press Ctrl+C to stop.`);
      return;
    }
    // Closing the app window ends the session, as closing the Electron window would.
    void stop().then(() => process.exit(0));
  });
}
