import type { BackendEvent } from '../../shared/contract/events';
import type { ApiErrorBody, Result } from '../../shared/contract/result';

/** Messages between the process that owns a window (or the HTTP host) and the backend worker. */
export interface WorkerInit {
  dataDir: string;
}

export type ToWorker =
  | { type: 'invoke'; id: number; channel: string; input: unknown }
  /** Main's own request (never the renderer's): stage a file the user chose in main's open dialog. */
  | { type: 'stage'; id: number; path: string }
  | { type: 'close' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; error: ApiErrorBody }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; event: BackendEvent }
  | { type: 'closed' };
