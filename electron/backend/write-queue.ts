import type { Store } from './db/store';

type Job =
  | { type: 'write'; fn: () => unknown; resolve: (v: unknown) => void; reject: (e: unknown) => void }
  | {
      type: 'admin';
      fn: () => Promise<unknown>;
      resolve: (v: unknown) => void;
      reject: (e: unknown) => void;
    };

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Serialises everything that changes the database. Writes that arrive while a save is running are
 * committed together and covered by the next single save (group commit); each caller is answered
 * only once the save that includes its change is durable. If that save fails, the in-memory
 * database is put back to the last saved state and every change in the group is refused.
 */
export class WriteQueue {
  private jobs: Job[] = [];
  private running = false;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly store: Store) {}

  /** `fn` runs synchronously inside one transaction. */
  write<T>(fn: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.jobs.push({ type: 'write', fn, resolve: resolve as (v: unknown) => void, reject });
      void this.pump();
    });
  }

  /** `fn` runs alone: no write is in progress or committed-but-unsaved while it runs. */
  admin<T>(fn: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.jobs.push({ type: 'admin', fn, resolve: resolve as (v: unknown) => void, reject });
      void this.pump();
    });
  }

  /** Resolves when nothing is queued or running. */
  idle(): Promise<void> {
    if (!this.running && this.jobs.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
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
        let outcomes: Outcome[] = batch.map((job) => {
          try {
            return { ok: true, value: this.store.db.transaction(job.fn) };
          } catch (error) {
            return { ok: false, error };
          }
        });
        if (outcomes.some((o) => o.ok)) {
          try {
            await this.store.persist();
          } catch (error) {
            this.store.revertToLastSaved();
            outcomes = outcomes.map((o) => (o.ok ? { ok: false, error } : o));
          }
        }
        batch.forEach((job, i) => {
          const o = outcomes[i]!;
          if (o.ok) job.resolve(o.value);
          else job.reject(o.error);
        });
      }
    } finally {
      this.running = false;
      for (const w of this.idleWaiters.splice(0)) w();
    }
  }
}
