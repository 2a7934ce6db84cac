import * as path from 'node:path';
import { BackendClient } from '../../backend/worker-client';
import { startHost, type RunningHost } from '../../host/server';

export const RENDERER_DIR = path.join(__dirname, '..', '..', '..', 'renderer');

export interface ServeHandle {
  host: RunningHost;
  stop(): Promise<void>;
}

/** A tool that starts the host may choose its launch token here: never on a command line. */
export const HOST_TOKEN_ENV = 'SPRING_BREEZE_HOST_TOKEN';

/** Starts the backend worker and the browser host; `stop` closes both, letting queued saves finish. */
export async function startServing(dataDir: string, port: number): Promise<ServeHandle> {
  const client = await BackendClient.start(dataDir);
  let host: RunningHost;
  try {
    const token = process.env[HOST_TOKEN_ENV] || undefined;
    host = await startHost({ backend: client, rendererDir: RENDERER_DIR, port, token });
  } catch (err) {
    await client.close();
    throw err;
  }
  let stopping: Promise<void> | undefined;
  return {
    host,
    stop: () => (stopping ??= host.close().then(() => client.close())),
  };
}

export function onShutdown(stop: () => Promise<void>): void {
  const handler = () => {
    void stop().then(() => process.exit(0));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  process.once('SIGHUP', handler);
}

export async function serveCommand(dataDir: string, port: number): Promise<void> {
  const { host, stop } = await startServing(dataDir, port);
  // One line: scripts and tests read it. Its one-time code opens the console once, in one browser.
  console.log(`Spring Breeze is running at ${host.url}`);
  onShutdown(stop);
}
