import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { CHECK_OUTPUTS_ENV } from '../../electron/backend/output-check';

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
}

/** Starts `spring-breeze serve` on a data folder and waits for the one line carrying its URL. */
export function startHostProcess(dataDir: string, options: HostOptions = {}): Promise<HostProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, [CHECK_OUTPUTS_ENV]: options.checkOutputs === false ? '0' : '1' },
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
