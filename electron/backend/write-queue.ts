import type { Outcome, Store } from './db/store';

type Job =
  | { type: 'write'; fn: () => unknown; resolve: (v: unknown) => void; reject: (e: unknown) => void }
  | {
      type: 'admin';
      fn: () => Promise<unknown>;
      resolve: (v: unknown) => void;
      reject: (e: unknown) => void;
    };

/** With nothing written for this long, fold the journal into the database file. */
const IDLE_CHECKPOINT_MS = 60_000;

/**
 * Serialises everything that changes the database. Writes that arrive while a journal append is
 * running are committed together by the next single append (group commit); each caller is answered
 * only once the append that includes its change is on disk. If that append fails, every change in
 * the group is rolled back and refused. Checkpoints run between groups, never beside a write.
 */
export class WriteQueue {
  private jobs: Job[] = [];
  private running = false;
  private idleWaiters: (() => void)[] = [];
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly store: Store) {}

  /** `fn` runs synchronously inside one transaction. */
  write<T>(fn: () => T): Promise<T> {
    return this.enqueue({ type: 'write', fn }) as Promise<T>;
  }

  /** `fn` runs alone: no write is in progress while it runs. */
  admin<T>(fn: () => Promise<T>): Promise<T> {
    return this.enqueue({ type: 'admin', fn }) as Promise<T>;
  }

  /** Resolves when nothing is queued or running. */
  idle(): Promise<void> {
    if (!this.running && this.jobs.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops the idle checkpoint timer (the caller checkpoints on close itself). */
  stop(): void {
    clearTimeout(this.idleTimer);
  }

  private enqueue(job: { type: 'write'; fn: () => unknown } | { type: 'admin'; fn: () => Promise<unknown> }) {
    return new Promise<unknown>((resolve, reject) => {
      this.jobs.push({ ...job, resolve, reject } as Job);
      clearTimeout(this.idleTimer);
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.jobs.length > 0) {
        const head = this.jobs[0]!;
        if (head.type === 'admin') {
          this.jobs.shift();
          try {
            head.resolve(await head.fn());
          } catch (err) {
            head.reject(err);
          }
          continue;
        }
        const batch: Extract<Job, { type: 'write' }>[] = [];
        while (this.jobs[0]?.type === 'write')
          batch.push(this.jobs.shift() as Extract<Job, { type: 'write' }>);
        const outcomes: Outcome[] = await this.store.commitBatch(batch.map((job) => job.fn));
        batch.forEach((job, i) => {
          const o = outcomes[i]!;
          if (o.ok) job.resolve(o.value);
          else job.reject(o.error);
        });
        if (this.store.needsCheckpoint()) await this.checkpointQuietly();
      }
    } finally {
      this.running = false;
      for (const w of this.idleWaiters.splice(0)) w();
      this.scheduleIdleCheckpoint();
    }
  }

  private scheduleIdleCheckpoint(): void {
    clearTimeout(this.idleTimer);
    if (this.store.journalRecordCount === 0) return;
    this.idleTimer = setTimeout(() => {
      void this.admin(() => this.checkpointQuietly());
    }, IDLE_CHECKPOINT_MS);
    this.idleTimer.unref();
  }

  /** A failed checkpoint loses nothing (the journal still holds every change); the next one retries. */
  private async checkpointQuietly(): Promise<void> {
    try {
      await this.store.checkpoint();
    } catch (err) {
      console.error('[backend] checkpoint failed; the journal keeps the changes:', err);
    }
  }
}
