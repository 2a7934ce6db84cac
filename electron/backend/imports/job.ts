import { ApiError } from '../../../shared/contract/result';
import type { ImportProgress } from '../../../shared/contract/imports';

export type Phase = ImportProgress['phase'];

/** A long import's handle: progress goes out as `import.progress` events, cancel comes in by job id. */
export interface Job {
  readonly id: string | null;
  progress(phase: Phase, done: number, total: number): void;
  /** Lets other requests (cancel, reads) in, then throws if the job was cancelled. */
  checkpoint(): Promise<void>;
}

export const cancelledError = () => new ApiError('conflict', 'imports.read.cancelled');
export const isCancelled = (err: unknown) =>
  err instanceof ApiError && err.message === 'imports.read.cancelled';

/** Running jobs by id; `imports.cancel` marks one. */
export class JobRegistry {
  private readonly cancelled = new Set<string>();
  private readonly running = new Set<string>();

  start(id: string | null, emit: (p: ImportProgress) => void): Job & { end(): void } {
    if (id) this.running.add(id);
    let last = 0;
    const cancelled = this.cancelled;
    const running = this.running;
    return {
      id,
      progress(phase, done, total) {
        if (!id) return;
        // At most ~20 events a second: enough for a smooth bar, little traffic.
        const now = Date.now();
        if (done !== total && done !== 0 && now - last < 50) return;
        last = now;
        emit({ jobId: id, phase, done, total });
      },
      async checkpoint() {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (id && cancelled.has(id)) throw cancelledError();
      },
      end() {
        if (!id) return;
        running.delete(id);
        cancelled.delete(id);
      },
    };
  }

  cancel(id: string): boolean {
    if (!this.running.has(id)) return false;
    this.cancelled.add(id);
    return true;
  }
}

export const NO_JOB: Job = { id: null, progress: () => undefined, checkpoint: () => Promise.resolve() };
