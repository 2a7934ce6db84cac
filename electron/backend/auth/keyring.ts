import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { z } from 'zod';
import {
  DEFAULT_IDLE_MINUTES,
  LOCKOUT_MINUTES,
  MAX_FAILURES,
  type AccountInfo,
  type Role,
  ROLES,
} from '../../../shared/domain/accounts';
import { ApiError } from '../../../shared/contract/result';
import { nodeFs, writeFileDurably, type WriteFs } from '../db/durable-write';
import {
  deriveKey,
  mac,
  macMatches,
  newKdfParams,
  newRecoveryKey,
  normaliseRecoveryKey,
  seal,
  unseal,
  type KdfParams,
  type Sealed,
} from './keyring-crypto';

export const KEYRING_FILE_NAME = 'spring-breeze.keys.json';
/** Refusals seen while no database could be opened (nobody signed in), kept for the audit log. */
const MAX_PENDING_AUDIT = 200;

const Kdf = z.object({ salt: z.string(), N: z.number().int(), r: z.number().int(), p: z.number().int() });
const SealedSchema = z.object({ iv: z.string(), tag: z.string(), data: z.string() });
const StoredAccount = z.object({
  name: z.string().min(1),
  role: z.enum(ROLES),
  reveal: z.boolean(),
  kdf: Kdf,
  /** The data key, sealed under the key scrypt derives from this account's password. */
  wrappedKey: SealedSchema,
  failures: z.number().int().min(0),
  lockedUntil: z.string().nullable(),
  /** HMAC (keyed from the data key) over name, role, reveal and the wrapped key: a hand edit is refused. */
  mac: z.string(),
});
type StoredAccount = z.infer<typeof StoredAccount>;
const PendingAudit = z.object({ at: z.string(), actor: z.string(), action: z.string(), summary: z.string() });
export type PendingAudit = z.infer<typeof PendingAudit>;
const KeyringFile = z.object({
  format: z.literal('spring-breeze.keys'),
  version: z.literal(1),
  idleMinutes: z.number().int().min(1),
  /** HMAC over the idle time, as for accounts. */
  settingsMac: z.string(),
  accounts: z.array(StoredAccount),
  /** The data key sealed once more, under the printed recovery key. */
  recovery: z.object({ kdf: Kdf, wrappedKey: SealedSchema }),
  pendingAudit: z.array(PendingAudit),
});
type KeyringFile = z.infer<typeof KeyringFile>;

/** The keyring is written like the database: temp file, fsync, rename; and readable by its owner only. */
const ownerOnlyFs: WriteFs = { ...nodeFs, open: (file, flags) => fs.open(file, flags, 0o600) };

const accountMacParts = (a: Omit<StoredAccount, 'mac' | 'failures' | 'lockedUntil'>) => [
  'account',
  a.name,
  a.role,
  a.reveal,
  a.kdf,
  a.wrappedKey,
];
const settingsMacParts = (idleMinutes: number) => ['settings', idleMinutes];

const sameName = (a: string, b: string) => a.normalize('NFC') === b.normalize('NFC');

export interface Unlocked {
  key: Buffer;
  account: AccountInfo;
}

/**
 * `spring-breeze.keys.json` in the data folder: the accounts, each holding the data key wrapped
 * (AES-256-GCM) under a key scrypt derives from its password, and the data key wrapped once more
 * under the recovery key. Adding, removing or re-passwording an account wraps the same data key
 * again, so the data is never re-encrypted. Each account's role and reveal permission carry an
 * HMAC keyed from the data key, checked after unlocking: an entry edited by hand is refused.
 */
export class Keyring {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly file: string,
    private data: KeyringFile | null,
    private readonly clock: () => Date,
  ) {}

  static async load(dataDir: string, clock: () => Date = () => new Date()): Promise<Keyring> {
    const file = path.join(dataDir, KEYRING_FILE_NAME);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Keyring(file, null, clock);
      throw err;
    }
    let parsed: KeyringFile;
    try {
      parsed = KeyringFile.parse(JSON.parse(text));
    } catch {
      throw new ApiError('storage', 'e.keyring_damaged', { params: { file } });
    }
    return new Keyring(file, parsed, clock);
  }

  get isSetUp(): boolean {
    return this.data !== null;
  }

  get idleMinutes(): number {
    return this.data?.idleMinutes ?? DEFAULT_IDLE_MINUTES;
  }

  accounts(): AccountInfo[] {
    return (this.data?.accounts ?? []).map(info);
  }

  account(name: string): AccountInfo | null {
    const a = this.find(name);
    return a ? info(a) : null;
  }

  /** First run: a new data key, the first admin, and the recovery key (returned this once, never stored). */
  setUp(name: string, password: string): Promise<{ key: Buffer; recoveryKey: string; account: AccountInfo }> {
    return this.serial(async () => {
      if (this.data) throw new ApiError('conflict', 'e.already_set_up');
      const key = randomBytes(32);
      const recoveryKey = newRecoveryKey();
      const recoveryKdf = newKdfParams();
      const recovery = { kdf: recoveryKdf, wrappedKey: seal(await deriveKey(recoveryKey, recoveryKdf), key) };
      const admin = await makeAccount(key, name, 'admin', true, password);
      const data: KeyringFile = {
        format: 'spring-breeze.keys',
        version: 1,
        idleMinutes: DEFAULT_IDLE_MINUTES,
        settingsMac: mac(key, settingsMacParts(DEFAULT_IDLE_MINUTES)),
        accounts: [admin],
        recovery,
        pendingAudit: [],
      };
      await this.save(data);
      return { key, recoveryKey, account: info(admin) };
    });
  }

  /**
   * Checks a password and unwraps the data key. A wrong password counts a failure; the fifth in a
   * row makes the account wait LOCKOUT_MINUTES, during which even the right one is refused.
   */
  unlock(name: string, password: string): Promise<Unlocked> {
    return this.serial(async () => {
      const data = this.requireSetUp();
      const stored = data.accounts.find((a) => sameName(a.name, name));
      const now = this.clock();
      if (!stored) {
        // Same cost and same answer as a wrong password: the refusal does not tell which names exist.
        await deriveKey(password, newKdfParams());
        throw new ApiError('unauthenticated', 'e.wrong_password');
      }
      if (stored.lockedUntil && Date.parse(stored.lockedUntil) > now.getTime()) {
        throw lockedError(stored.lockedUntil, now);
      }
      const key = unseal(await deriveKey(password, stored.kdf), stored.wrappedKey);
      if (!key) {
        stored.failures += 1;
        if (stored.failures >= MAX_FAILURES) {
          stored.failures = 0;
          stored.lockedUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString();
          await this.save(data);
          throw lockedError(stored.lockedUntil, now);
        }
        await this.save(data);
        throw new ApiError('unauthenticated', 'e.wrong_password', {
          params: { left: MAX_FAILURES - stored.failures },
        });
      }
      if (!macMatches(key, accountMacParts(stored), stored.mac)) {
        throw new ApiError('forbidden', 'e.keyring_tampered', { params: { name: stored.name } });
      }
      if (stored.failures !== 0 || stored.lockedUntil !== null) {
        stored.failures = 0;
        stored.lockedUntil = null;
        await this.save(data);
      }
      return { key, account: info(stored) };
    });
  }

  /** Accounts whose role or key was changed by hand (their MAC does not match); they cannot sign in. */
  tampered(key: Uint8Array): string[] {
    return (this.data?.accounts ?? [])
      .filter((a) => !macMatches(key, accountMacParts(a), a.mac))
      .map((a) => a.name);
  }

  /** The idle time, unless it was edited by hand (then the default). */
  trustedIdleMinutes(key: Uint8Array): number {
    const data = this.data;
    if (!data) return DEFAULT_IDLE_MINUTES;
    return macMatches(key, settingsMacParts(data.idleMinutes), data.settingsMac)
      ? data.idleMinutes
      : DEFAULT_IDLE_MINUTES;
  }

  add(key: Uint8Array, name: string, role: Role, reveal: boolean, password: string): Promise<AccountInfo> {
    return this.serial(async () => {
      const data = this.requireSetUp();
      if (data.accounts.some((a) => sameName(a.name, name))) {
        throw new ApiError('conflict', 'e.account_exists', {
          issues: [{ path: ['name'], message: 'v.name_taken' }],
        });
      }
      const account = await makeAccount(key, name, role, reveal, password);
      data.accounts.push(account);
      await this.save(data);
      return info(account);
    });
  }

  update(key: Uint8Array, name: string, role: Role, reveal: boolean): Promise<AccountInfo> {
    return this.serial(async () => {
      const data = this.requireSetUp();
      const stored = this.existing(name);
      if (stored.role === 'admin' && role !== 'admin') this.keepAnAdmin(data, stored);
      stored.role = role;
      stored.reveal = reveal;
      stored.mac = mac(key, accountMacParts(stored));
      await this.save(data);
      return info(stored);
    });
  }

  remove(name: string): Promise<void> {
    return this.serial(async () => {
      const data = this.requireSetUp();
      const stored = this.existing(name);
      if (stored.role === 'admin') this.keepAnAdmin(data, stored);
      data.accounts = data.accounts.filter((a) => a !== stored);
      await this.save(data);
    });
  }

  /** Wraps the same data key under a new password; the account's failures and wait are cleared. */
  setPassword(key: Uint8Array, name: string, password: string): Promise<AccountInfo> {
    return this.serial(async () => {
      const data = this.requireSetUp();
      const stored = this.existing(name);
      Object.assign(stored, await makeAccount(key, stored.name, stored.role, stored.reveal, password));
      await this.save(data);
      return info(stored);
    });
  }

  setIdleMinutes(key: Uint8Array, minutes: number): Promise<void> {
    return this.serial(async () => {
      const data = this.requireSetUp();
      data.idleMinutes = minutes;
      data.settingsMac = mac(key, settingsMacParts(minutes));
      await this.save(data);
    });
  }

  /**
   * Every admin password lost: the printed recovery key unwraps the data key, and `name` gets the
   * new password as an admin (an existing account keeps its name and becomes an admin; otherwise a
   * new admin is made).
   */
  recover(recoveryKey: string, name: string, password: string): Promise<Unlocked> {
    return this.serial(async () => {
      const data = this.requireSetUp();
      const typed = normaliseRecoveryKey(recoveryKey);
      const key = unseal(await deriveKey(typed, data.recovery.kdf), data.recovery.wrappedKey);
      if (!key) throw new ApiError('unauthenticated', 'e.recovery_key_wrong');
      const stored = this.find(name);
      const fresh = await makeAccount(key, stored?.name ?? name, 'admin', true, password);
      if (stored) Object.assign(stored, fresh);
      else data.accounts.push(fresh);
      await this.save(data);
      return { key, account: info(fresh) };
    });
  }

  /** Keeps a refusal seen while nobody could open the database, for the audit log. */
  note(entry: Omit<PendingAudit, 'at'>): Promise<void> {
    return this.serial(async () => {
      const data = this.data;
      if (!data) return;
      data.pendingAudit = [...data.pendingAudit, { at: this.clock().toISOString(), ...entry }].slice(
        -MAX_PENDING_AUDIT,
      );
      await this.save(data);
    });
  }

  /** The kept refusals, emptied from the file (the caller writes them into the audit log). */
  takeNotes(): Promise<PendingAudit[]> {
    return this.serial(async () => {
      const data = this.data;
      if (!data || data.pendingAudit.length === 0) return [];
      const notes = data.pendingAudit;
      data.pendingAudit = [];
      await this.save(data);
      return notes;
    });
  }

  private requireSetUp(): KeyringFile {
    if (!this.data) throw new ApiError('unauthenticated', 'e.not_set_up');
    return this.data;
  }

  private find(name: string): StoredAccount | undefined {
    return this.data?.accounts.find((a) => sameName(a.name, name));
  }

  private existing(name: string): StoredAccount {
    const stored = this.find(name);
    if (!stored) throw new ApiError('not_found', 'e.account_not_found', { params: { name } });
    return stored;
  }

  private keepAnAdmin(data: KeyringFile, leaving: StoredAccount): void {
    if (!data.accounts.some((a) => a !== leaving && a.role === 'admin')) {
      throw new ApiError('conflict', 'e.last_admin');
    }
  }

  private async save(data: KeyringFile): Promise<void> {
    await writeFileDurably(this.file, Buffer.from(JSON.stringify(data, null, 2), 'utf8'), {
      fs: ownerOnlyFs,
    });
    this.data = data;
  }

  /** One change at a time: each reads the file's state the previous one left. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

async function makeAccount(
  key: Uint8Array,
  name: string,
  role: Role,
  reveal: boolean,
  password: string,
): Promise<StoredAccount> {
  const kdf: KdfParams = newKdfParams();
  const wrappedKey: Sealed = seal(await deriveKey(password, kdf), key);
  const base = { name, role, reveal, kdf, wrappedKey };
  return { ...base, failures: 0, lockedUntil: null, mac: mac(key, accountMacParts(base)) };
}

function info(a: StoredAccount): AccountInfo {
  return { name: a.name, role: a.role, reveal: a.reveal, lockedUntil: a.lockedUntil };
}

function lockedError(until: string, now: Date): ApiError {
  const minutes = Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 60_000));
  return new ApiError('unauthenticated', 'e.account_locked', { params: { minutes, until } });
}
