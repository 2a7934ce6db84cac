import type { z } from 'zod';
import {
  contract,
  isChannelName,
  isSessionChannel,
  type BackendChannelName,
} from '../../shared/contract/channels';
import type { BackendEvent } from '../../shared/contract/events';
import type { StagedFile } from '../../shared/contract/imports';
import { ApiError, type ApiErrorBody, type FieldIssue, type Result } from '../../shared/contract/result';
import { Store, type StoreOptions } from './db/store';
import type { HandlerContext } from './handler-context';
import { handlers } from './handlers';
import { ImportSession } from './imports/import-session';
import { PROBLEM_ROWS_KEPT_DAYS, sweepProblemRows } from './imports/repos/import-batches';
import { checkOutput, outputChecksWanted } from './output-check';
import { writeAudit } from './audit/repos/audit';
import { readSettings } from './app/repos/settings';
import { effectiveAsOf } from '../../shared/domain/settings';
import { WriteQueue } from './write-queue';
import type { AuditRecord } from './write-context';
import { APP_VERSION } from './version';

export interface BackendOptions extends StoreOptions {
  /**
   * Check every handler's answer against its channel's output schema, so that a handler drifting
   * from the contract fails loudly (an `internal` error; a write is undone). Default: in tests and
   * development only (outputChecksWanted).
   */
  checkOutputs?: boolean;
}

type Listener = (event: BackendEvent) => void;

/**
 * The backend behind every transport: validates each request against the contract, runs its
 * handler, and answers with a Result envelope. Runs in plain Node (a worker thread in the app).
 */
export class Backend {
  private readonly listeners = new Set<Listener>();
  private readonly queue: WriteQueue;
  private readonly clock: () => Date;
  readonly imports: ImportSession;

  private constructor(
    readonly store: Store,
    clock: () => Date,
    readonly checksOutputs: boolean,
  ) {
    this.queue = new WriteQueue(store);
    this.clock = clock;
    this.imports = new ImportSession(store.dataDir, store.key);
  }

  static async open(options: BackendOptions): Promise<Backend> {
    const store = await Store.open(options);
    const backend = new Backend(
      store,
      options.clock ?? (() => new Date()),
      options.checkOutputs ?? outputChecksWanted(),
    );
    await backend.imports.staging.sweep();
    await backend.sweepProblemRows();
    return backend;
  }

  /** Problem rows are kept at most PROBLEM_ROWS_KEPT_DAYS: older ones are removed at each open. */
  private async sweepProblemRows(): Promise<void> {
    const cutoff = new Date(this.clock().getTime() - PROBLEM_ROWS_KEPT_DAYS * 86_400_000).toISOString();
    await this.store.commitBatch([() => sweepProblemRows(this.store.db, cutoff)]);
  }

  onEvent(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Runs one request. `actor` is the signed-in account the sign-in gate passes (it is written into
   * the audit log); a backend used without the gate (tests, benches) records the operator setting.
   */
  async invoke(channel: unknown, rawInput: unknown, actor?: string): Promise<Result<unknown>> {
    if (!isChannelName(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: 'e.unknown_channel' } };
    }
    const spec = contract[channel];
    const parsed = (spec.input as z.ZodType).safeParse(rawInput ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid_input', message: 'e.invalid_input', issues: toIssues(parsed.error) },
      };
    }
    // The sign-in gate answers its own channels; a backend without a gate knows no accounts.
    if (isSessionChannel(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: 'e.unknown_channel' } };
    }
    try {
      const data = await this.run(channel, parsed.data, actor);
      return { ok: true, data };
    } catch (err) {
      return { ok: false, error: toErrorBody(err) };
    }
  }

  /** Writes one audit entry of its own (the gate's sign-ins, refusals and account changes), durably. */
  recordAudit(actor: string, record: AuditRecord, at?: string): Promise<void> {
    return this.queue.write(() => writeAudit(this.store.db, at ?? this.clock().toISOString(), actor, record));
  }

  private run(channel: BackendChannelName, input: unknown, actor: string | undefined): Promise<unknown> {
    const handler = this.handler(channel);
    const kind = contract[channel].kind;
    // Who acted is fixed when the request starts, so renaming the operator is recorded under the old name.
    const operator = () => actor ?? readSettings(this.store.db).operatorName;
    if (kind === 'read') return Promise.resolve(handler(input, this.context(channel, null)));
    if (kind === 'write') {
      return this.queue
        .write(() => handler(input, this.context(channel, operator())))
        .then((data) => this.changed(channel, data));
    }
    let wrote = false;
    return this.queue
      .admin(async () => {
        const ctx = this.context(channel, operator());
        // The queue is held by this job, so its writes go straight to the store, one journaled transaction each.
        ctx.write = async <T>(fn: () => T): Promise<T> => {
          const [outcome] = await this.store.commitBatch([fn]);
          if (!outcome!.ok) throw outcome!.error;
          wrote = true;
          return outcome!.value as T;
        };
        return handler(input, ctx);
      })
      .then((data) => (channel === 'backups.restore' || wrote ? this.changed(channel, data) : data));
  }

  /**
   * The channel's handler; when outputs are checked, its answer is checked before it is returned
   * (for a write, inside its transaction, so a drifting answer undoes the change).
   */
  private handler(channel: BackendChannelName): (input: unknown, ctx: HandlerContext) => unknown {
    const handler = handlers[channel] as (input: unknown, ctx: HandlerContext) => unknown;
    if (!this.checksOutputs) return handler;
    const checked = <T>(data: T): T => {
      checkOutput(channel, data);
      return data;
    };
    return (input, ctx) => {
      const data = handler(input, ctx);
      return data instanceof Promise ? data.then(checked) : checked(data);
    };
  }

  /** The handler's context; `operator` is null for reads, which may not write the audit log. */
  private context(channel: BackendChannelName, operator: string | null): HandlerContext {
    const at = this.clock();
    const now = at.toISOString();
    return {
      store: this.store,
      db: this.store.db,
      now,
      today: effectiveAsOf({ asOfDate: null }, at),
      operator: operator ?? '',
      version: APP_VERSION,
      audit: (record, db = this.store.db) => {
        if (operator === null) throw new Error(`${channel} is a read channel and cannot write the audit log`);
        writeAudit(db, now, operator, record);
      },
      imports: this.imports,
      emit: (event) => this.emit(event),
      write: () =>
        Promise.reject(
          new Error(`${channel} is not an admin channel: it cannot open a transaction of its own`),
        ),
    };
  }

  private changed<T>(channel: BackendChannelName, data: T): T {
    this.emit({ name: 'data.changed', payload: { channel } });
    return data;
  }

  private emit(event: BackendEvent): void {
    for (const l of this.listeners) l(event);
  }

  /** Stages a file main's open dialog returned; not a channel, so the renderer cannot name a path. */
  async stageFile(path: string): Promise<Result<StagedFile>> {
    try {
      return { ok: true, data: await this.imports.staging.stagePath(path) };
    } catch (err) {
      return { ok: false, error: toErrorBody(err) };
    }
  }

  /** Waits for queued writes to be saved, then closes the database. */
  async close(): Promise<void> {
    await this.queue.idle();
    this.queue.stop();
    await this.imports
      .close()
      .catch((err: unknown) => console.error('[backend] removing staged files failed:', err));
    // Leave a complete database file behind, so the next start has no journal to replay.
    if (this.store.journalRecordCount > 0) {
      await this.store
        .checkpoint()
        .catch((err: unknown) => console.error('[backend] checkpoint on close failed:', err));
    }
    await this.store.close();
  }
}

function toIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: i.message,
  }));
}

export function toErrorBody(err: unknown): ApiErrorBody {
  if (err instanceof ApiError) return err.toBody();
  const message = err instanceof Error ? err.message : String(err);
  console.error('[backend] unexpected error:', err);
  return { code: 'internal', message: 'e.internal', params: { detail: message } };
}
