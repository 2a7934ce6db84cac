import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BackendEvent } from '../../shared/contract/events';
import type { StagedFile } from '../../shared/contract/imports';
import { ApiError, type Result } from '../../shared/contract/result';
import type { FromWorker, ToWorker, WorkerInit } from './worker-protocol';

/**
 * Starts the backend in a worker thread and relays requests to it, so long work never blocks the
 * process that owns the window or the HTTP host. Used by Electron main and by the browser host.
 */
export class BackendClient {
  private nextId = 1;
  private readonly pending = new Map<number, (r: Result<unknown>) => void>();
  private readonly listeners = new Set<(e: BackendEvent) => void>();
  private closed = false;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'result') {
        this.pending.get(msg.id)?.(msg.result);
        this.pending.delete(msg.id);
      } else if (msg.type === 'event') {
        for (const l of this.listeners) l(msg.event);
      }
    });
    worker.on('exit', () => {
      this.closed = true;
      for (const resolve of this.pending.values()) {
        resolve({ ok: false, error: { code: 'internal', message: 'e.offline' } });
      }
      this.pending.clear();
    });
  }

  /** Resolves once the database is open; rejects with the backend's error (e.g. a newer database). */
  static start(dataDir: string): Promise<BackendClient> {
    const init: WorkerInit = { dataDir };
    const worker = new Worker(path.join(__dirname, 'worker.js'), { workerData: init });
    return new Promise((resolve, reject) => {
      const onMessage = (msg: FromWorker) => {
        if (msg.type === 'ready') {
          worker.off('message', onMessage);
          resolve(new BackendClient(worker));
        } else if (msg.type === 'failed') {
          worker.off('message', onMessage);
          void worker.terminate();
          reject(
            new ApiError(
              msg.error.code,
              msg.error.message,
              msg.error.params ? { params: msg.error.params } : {},
            ),
          );
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  }

  invoke(channel: string, input: unknown): Promise<Result<unknown>> {
    if (this.closed) return Promise.resolve({ ok: false, error: { code: 'internal', message: 'e.offline' } });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ type: 'invoke', id, channel, input } satisfies ToWorker);
    });
  }

  /** Main only: stages the file the user chose in main's open dialog (see `files.pick`). */
  stageFile(path: string): Promise<Result<StagedFile>> {
    if (this.closed) return Promise.resolve({ ok: false, error: { code: 'internal', message: 'e.offline' } });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve as (r: Result<unknown>) => void);
      this.worker.postMessage({ type: 'stage', id, path } satisfies ToWorker);
    });
  }

  onEvent(listener: (e: BackendEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Lets queued writes finish and save, then stops the worker. */
  async close(): Promise<void> {
    if (this.closed) return;
    const done = new Promise<void>((resolve) => {
      this.worker.on('message', (msg: FromWorker) => msg.type === 'closed' && resolve());
      this.worker.once('exit', () => resolve());
    });
    this.worker.postMessage({ type: 'close' } satisfies ToWorker);
    await done;
    this.closed = true;
    await this.worker.terminate();
  }
}
