import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { CHECK_OUTPUTS_ENV } from '../../electron/backend/output-check';
import { HOST_TOKEN_ENV } from '../../electron/cli/commands/serve';
import { TOKEN_HEADER } from '../../electron/host/bridge-script';

const BIN = path.join(__dirname, '..', '..', 'bin', 'spring-breeze.js');

export interface HostProcess {
  url: string;
  child: ChildProcess;
  /** Stops the host the way a user does (Ctrl+C), letting queued saves finish. */
  stop(): Promise<void>;
}

export interface HostOptions {
  /**
   * Check every answer against its channel's output schema (default): tests want a handler that
   * drifts from the contract to fail. Benchmarks turn it off, to time the app as shipped.
   */
  checkOutputs?: boolean;
  /**
   * Sign the console in as the tests' admin (default): a new folder gets that admin as its first
   * account, a folder with accounts signs it in. `false` leaves the sign-in (or first-run) screen.
   */
  signIn?: boolean;
}

/** The admin every test and bench works as, unless it signs in itself. */
export const TEST_ADMIN = { name: '测试管理员', password: 'e2e-admin-password' } as const;

/**
 * The token each host started here was given through its environment (never its command line),
 * by origin: tools call the API with it in a header, as the host's tools do.
 */
const tokens = new Map<string, string>();

/** Calls one channel on a running host the way a tool does: the launch token in a header. */
export async function hostCall<T>(url: string, channel: string, input: unknown): Promise<T> {
  const u = new URL(url);
  const res = await fetch(`${u.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: tokens.get(u.origin) ?? '' },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: true; data: T } | { ok: false; error: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error.message}`);
  return body.data;
}

/** Signs the tests' admin in, creating it first in a folder without accounts. */
export async function signInTestAdmin(url: string): Promise<void> {
  const status = await hostCall<{ setUp: boolean }>(url, 'auth.status', {});
  if (status.setUp) await hostCall(url, 'auth.signIn', TEST_ADMIN);
  else await hostCall(url, 'auth.setUp', TEST_ADMIN);
}

/** Starts `spring-breeze serve` on a data folder and waits for the one line carrying its URL. */
export async function startHostProcess(dataDir: string, options: HostOptions = {}): Promise<HostProcess> {
  const host = await spawnHost(dataDir, options);
  if (options.signIn !== false) {
    await signInTestAdmin(host.url).catch(async (err: unknown) => {
      await host.stop();
      throw err;
    });
  }
  return host;
}

function spawnHost(dataDir: string, options: HostOptions): Promise<HostProcess> {
  const token = randomBytes(24).toString('base64url');
  const child = spawn(process.execPath, [BIN, 'serve', '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      [CHECK_OUTPUTS_ENV]: options.checkOutputs === false ? '0' : '1',
      [HOST_TOKEN_ENV]: token,
    },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`host did not start in time\n${out}\n${err}`));
    }, 90_000);
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/127\.0\.0\.1:\d+\/\?code=\S+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      tokens.set(new URL(m[1]!).origin, token);
      resolve({
        url: m[1]!,
        child,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}\n${out}\n${err}`));
    });
  });
}
