import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { expect, test } from '@playwright/test';
import { CHROMIUM_PATH } from '../../playwright.config';

const BIN = path.join(__dirname, '..', '..', 'bin', 'spring-breeze.js');
const TOKEN = 'tools-only-token-0123456789abcdef';

/** Every process whose command line mentions `needle`, with that command line. */
function processesMentioning(needle: string): { pid: number; args: string[] }[] {
  const found: { pid: number; args: string[] }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // the process ended meanwhile
    }
    if (args.some((a) => a.includes(needle))) found.push({ pid: Number(entry), args });
  }
  return found;
}

/** A free port on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** What the headless browser's pages show in their address bars (its DevTools list). */
async function openPages(debugPort: number): Promise<string[]> {
  try {
    const res = await fetch(`http://127.0.0.1:${debugPort}/json/list`);
    return ((await res.json()) as { type: string; url: string }[])
      .filter((t) => t.type === 'page')
      .map((t) => t.url);
  } catch {
    return []; // not listening yet
  }
}

/** Status of a request from nobody in particular: no cookie jar, no browser. */
async function statusOf(url: string, init: RequestInit = {}): Promise<number> {
  return (await fetch(url, init)).status;
}

test.skip(process.platform !== 'linux', 'reads /proc');

test('browser mode: nothing on the browser command line opens the console or calls the API', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sb-browser-mode-'));
  // Debian's Chromium, headless, in place of the app window `npm start` opens.
  const browser = path.join(dir, 'browser.sh');
  const debugPort = await freePort();
  writeFileSync(
    browser,
    `#!/bin/sh\nexec ${CHROMIUM_PATH} --headless --no-sandbox --disable-gpu --remote-debugging-port=${debugPort} "$@"\n`,
  );
  chmodSync(browser, 0o755);
  const dataDir = path.join(dir, 'data');
  let cli: ChildProcess | undefined;
  let browserPids: number[] = [];
  try {
    cli = spawn(process.execPath, [BIN, 'start', '--data-dir', dataDir, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ELECTRON_BINARY: path.join(dir, 'no-electron'),
        SPRING_BREEZE_BROWSER: browser,
        SPRING_BREEZE_HOST_TOKEN: TOKEN,
      },
    });
    const origin = await new Promise<string>((resolve, reject) => {
      let out = '';
      cli!.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /running at (http:\/\/127\.0\.0\.1:\d+)\/ in /.exec(out);
        if (m) resolve(m[1]!);
      });
      cli!.once('exit', (code) => reject(new Error(`start exited with ${code}: ${out}`)));
    });

    // The app window: its command line is readable by any local user.
    const profile = path.join(dataDir, 'browser-profile');
    await expect.poll(() => processesMentioning(`--app=${origin}`).length, { timeout: 20_000 }).toBe(1);
    const [main] = processesMentioning(`--app=${origin}`);
    browserPids = processesMentioning(profile).map((p) => p.pid);
    const cmdline = readFileSync(`/proc/${main!.pid}/cmdline`, 'utf8');
    expect(cmdline).not.toContain(TOKEN);
    expect(cmdline).not.toContain('token');
    const codes = [...cmdline.matchAll(/code=([\w-]+)/g)].map((m) => m[1]!);
    expect(codes).toHaveLength(1);

    // The window opens the console and takes the code out of its address.
    await expect
      .poll(async () => (await openPages(debugPort)).filter((u) => u.startsWith(origin)), { timeout: 30_000 })
      // The first-run screen of a new console, its address without the code.
      .toEqual([`${origin}/`]);

    // Now its code opens nothing and calls nothing.
    expect(await statusOf(`${origin}/?code=${codes[0]!}`)).toBe(401);
    const api = (headers: Record<string, string>) =>
      statusOf(`${origin}/api/app.info`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{}',
      });
    expect(await api({ 'x-spring-breeze-token': codes[0]! })).toBe(401);
    // Neither does a made-up cookie; the token kept out of every command line does.
    const port = new URL(origin).port;
    expect(await api({ cookie: `spring-breeze-${port}=${'A'.repeat(32)}` })).toBe(401);
    expect(await api({ 'x-spring-breeze-token': TOKEN })).toBe(200);
  } finally {
    for (const pid of browserPids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    if (cli && cli.exitCode === null) {
      const exited = new Promise((r) => cli!.once('exit', r));
      cli.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
});
