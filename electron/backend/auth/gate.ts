import type { z } from 'zod';
import {
  contract,
  isChannelName,
  isSessionChannel,
  type ChannelName,
  type SessionChannelName,
} from '../../../shared/contract/channels';
import type { BackendEvent } from '../../../shared/contract/events';
import type { StagedFile } from '../../../shared/contract/imports';
import { ApiError, type Result } from '../../../shared/contract/result';
import { mayDo, revealReason, type AccountInfo, type AuthStatus } from '../../../shared/domain/accounts';
import { Backend, toErrorBody, type BackendOptions } from '../backend';
import type { AuditRecord } from '../write-context';
import { authAudit } from './audit-records';
import { gateHandlers, type GateContext } from './gate-handlers';
import { newDemoPassword } from './keyring-crypto';
import { Keyring, type Unlocked } from './keyring';
import { permissionFor } from './permissions';
import { Session } from './session';

export type GateOptions = Omit<BackendOptions, 'key'>;
type Listener = (event: BackendEvent) => void;

/** The demo admin's name; its password is made at random and shown once. */
export const DEMO_ADMIN = 'demo';

/**
 * The sign-in gate in front of the backend, used by every transport (the worker, the CLI). Before
 * sign-in only the `auth.*` channels answer (and `demo.load` in a folder not yet set up); signing
 * in unwraps the data key and opens the backend with it; after that every request is checked
 * against the signed-in account's permissions (auth/permissions.ts), refusals are audited, and
 * the audit log names the account. Past the idle time the session locks.
 */
export class Gate {
  private backend: Backend | null = null;
  private opening: Promise<Backend> | null = null;
  private key: Buffer | null = null;
  private readonly listeners = new Set<Listener>();
  readonly session: Session;
  private readonly clock: () => Date;

  private constructor(
    private readonly options: GateOptions,
    readonly keyring: Keyring,
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.session = new Session(this.clock);
  }

  static async open(options: GateOptions): Promise<Gate> {
    return new Gate(options, await Keyring.load(options.dataDir, options.clock));
  }

  onEvent(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The backend, once somebody signed in (tests and the CLI read its store). */
  get openBackend(): Backend | null {
    return this.backend;
  }

  async invoke(channel: unknown, rawInput: unknown): Promise<Result<unknown>> {
    if (!isChannelName(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: 'e.unknown_channel' } };
    }
    try {
      if (isSessionChannel(channel)) return { ok: true, data: await this.runSession(channel, rawInput) };
      const account = await this.admit(channel, rawInput);
      if (!account) return { ok: true, data: await this.demoSetUp() };
      return await this.backend!.invoke(channel, rawInput, account.name);
    } catch (err) {
      return { ok: false, error: toErrorBody(err) };
    }
  }

  /** Stages a file main's open dialog returned: needs an account that may do daily work. */
  async stageFile(path: string): Promise<Result<StagedFile>> {
    const account = this.session.current(this.idleMinutes);
    if (!account || !mayDo(account, 'work')) {
      return {
        ok: false,
        error: { code: 'forbidden', message: 'e.permission_work', params: { permission: 'work' } },
      };
    }
    this.session.touch();
    return this.backend!.stageFile(path);
  }

  async close(): Promise<void> {
    const backend = await this.opening?.catch(() => null);
    await backend?.close();
  }

  get idleMinutes(): number {
    return this.key ? this.keyring.trustedIdleMinutes(this.key) : this.keyring.idleMinutes;
  }

  status(): AuthStatus {
    const account = this.session.current(this.idleMinutes);
    return {
      setUp: this.keyring.isSetUp,
      account: account ? (this.keyring.account(account.name) ?? account) : null,
      lockedAccount: this.session.locked,
      idleMinutes: this.idleMinutes,
    };
  }

  /**
   * The account a backend request runs as, once its permission (and for reveals, its reason) is
   * checked; null for the one request answered before set-up (`demo.load` on a new folder).
   */
  private async admit(channel: ChannelName, rawInput: unknown): Promise<AccountInfo | null> {
    const account = this.session.current(this.idleMinutes);
    if (!account) {
      if (channel === 'demo.load' && !this.keyring.isSetUp) return null;
      const locked = this.session.locked;
      if (locked) {
        await this.audit(locked, authAudit.channelRefused(channel, 'session_locked'));
        throw new ApiError('session_locked', 'e.session_locked', { params: { name: locked } });
      }
      throw new ApiError('unauthenticated', this.keyring.isSetUp ? 'e.sign_in_needed' : 'e.not_set_up');
    }
    const needed = permissionFor(channel, rawInput);
    if (!mayDo(account, needed)) {
      await this.audit(account.name, authAudit.channelRefused(channel, needed));
      throw new ApiError('forbidden', `e.permission_${needed}`, { params: { permission: needed } });
    }
    if (needed === 'reveal') {
      const reason = revealReason.safeParse((rawInput as { reason?: unknown } | null)?.reason);
      if (!reason.success) {
        throw new ApiError('invalid_input', 'e.invalid_input', {
          issues: [{ path: ['reason'], message: reason.error.issues[0]?.message ?? 'v.reveal_reason' }],
        });
      }
    }
    this.session.touch();
    return account;
  }

  private async runSession(channel: SessionChannelName, rawInput: unknown): Promise<unknown> {
    const spec = contract[channel];
    const parsed = (spec.input as z.ZodType).safeParse(rawInput ?? {});
    if (!parsed.success) {
      throw new ApiError('invalid_input', 'e.invalid_input', {
        issues: parsed.error.issues.map((i) => ({
          path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
          message: i.message,
        })),
      });
    }
    const needed = permissionFor(channel, parsed.data);
    if (needed !== 'open') await this.admit(channel, parsed.data);
    const handler = gateHandlers[channel] as (input: unknown, ctx: GateContext) => Promise<unknown>;
    return handler(parsed.data, this.context());
  }

  private context(): GateContext {
    return {
      keyring: this.keyring,
      session: this.session,
      key: () => {
        if (!this.key) throw new ApiError('unauthenticated', 'e.sign_in_needed');
        return this.key;
      },
      actor: () => this.session.current(this.idleMinutes)?.name ?? '',
      status: () => this.status(),
      signInWith: (unlocked, record) => this.signInWith(unlocked, record),
      refuseSignIn: (name, err) => this.refuseSignIn(name, err),
      audit: (actor, record) => this.audit(actor, record),
    };
  }

  /** Opens the backend with the unwrapped key (once), signs the account in and audits it. */
  private async signInWith(unlocked: Unlocked, record: AuditRecord): Promise<AuthStatus> {
    const backend = await this.open(unlocked.key);
    this.key = unlocked.key;
    this.session.signIn(unlocked.account);
    for (const note of await this.keyring.takeNotes()) {
      await backend.recordAudit(note.actor, authAudit.signInRefused(note.actor, note.summary), note.at);
    }
    await backend.recordAudit(unlocked.account.name, record);
    return this.status();
  }

  /** A refused sign-in goes into the audit log; before any sign-in it waits in the keyring file. */
  private async refuseSignIn(name: string, err: unknown): Promise<never> {
    if (err instanceof ApiError) {
      if (this.backend) await this.backend.recordAudit(name, authAudit.signInRefused(name, err.message));
      else await this.keyring.note({ actor: name, action: 'auth.refused', summary: err.message });
    }
    throw err;
  }

  private async audit(actor: string, record: AuditRecord): Promise<void> {
    if (this.backend) await this.backend.recordAudit(actor, record);
  }

  private open(key: Buffer): Promise<Backend> {
    if (!this.opening) {
      this.opening = Backend.open({ ...this.options, key }).then((backend) => {
        backend.onEvent((event) => {
          for (const l of this.listeners) l(event);
        });
        this.backend = backend;
        return backend;
      });
      this.opening.catch(() => {
        this.opening = null;
      });
    }
    return this.opening;
  }

  /** "Load demo data" in a folder not yet set up: a demo admin with a password shown once, then the demo. */
  private async demoSetUp(): Promise<unknown> {
    const password = newDemoPassword();
    const made = await this.keyring.setUp(DEMO_ADMIN, password);
    await this.signInWith(made, authAudit.setUp(DEMO_ADMIN));
    const loaded = await this.backend!.invoke('demo.load', {}, DEMO_ADMIN);
    if (!loaded.ok) throw new ApiError(loaded.error.code, loaded.error.message, loaded.error);
    return { ...(loaded.data as object), demoAdmin: { name: DEMO_ADMIN, password } };
  }
}
