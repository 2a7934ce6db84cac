import type {
  ChannelOutput,
  ChannelParsedInput,
  SessionChannelName,
} from '../../../shared/contract/channels';
import { ApiError } from '../../../shared/contract/result';
import type { AuthStatus } from '../../../shared/domain/accounts';
import type { AuditRecord } from '../write-context';
import { authAudit } from './audit-records';
import type { Keyring, Unlocked } from './keyring';
import type { Session } from './session';

/** What the gate's own handlers get: the keyring, the session, and the gate's sign-in steps. */
export interface GateContext {
  keyring: Keyring;
  session: Session;
  /** The data key, once somebody signed in. */
  key: () => Buffer;
  /** The signed-in account's name. */
  actor: () => string;
  status: () => AuthStatus;
  signInWith: (unlocked: Unlocked, record: AuditRecord) => Promise<AuthStatus>;
  refuseSignIn: (name: string, err: unknown) => Promise<never>;
  audit: (actor: string, record: AuditRecord) => Promise<void>;
}

type GateHandlers = {
  [K in SessionChannelName]: (input: ChannelParsedInput<K>, ctx: GateContext) => Promise<ChannelOutput<K>>;
};

/** The `auth.*` and `accounts.*` channels; the gate checks `accounts.*` need an admin first. */
export const gateHandlers: GateHandlers = {
  'auth.status': async (_input, ctx) => ctx.status(),
  'auth.setUp': async ({ name, password }, ctx) => {
    const made = await ctx.keyring.setUp(name, password);
    const status = await ctx.signInWith(made, authAudit.setUp(name));
    return { status, recoveryKey: made.recoveryKey };
  },
  'auth.signIn': async ({ name, password }, ctx) => {
    const unlocked = await ctx.keyring
      .unlock(name, password)
      .catch((err: unknown) => ctx.refuseSignIn(name, err));
    return ctx.signInWith(unlocked, authAudit.signedIn(unlocked.account.name));
  },
  'auth.signOut': async (_input, ctx) => {
    const name = ctx.actor();
    if (name) await ctx.audit(name, authAudit.signedOut(name));
    ctx.session.signOut();
    return ctx.status();
  },
  'auth.lock': async (_input, ctx) => {
    ctx.session.lock();
    return ctx.status();
  },
  'auth.recover': async ({ recoveryKey, name, password }, ctx) => {
    const unlocked = await ctx.keyring
      .recover(recoveryKey, name, password)
      .catch((err: unknown) => ctx.refuseSignIn(name, err));
    return ctx.signInWith(unlocked, authAudit.recovered(unlocked.account.name));
  },
  'accounts.list': async (_input, ctx) => ctx.keyring.accounts(),
  'accounts.add': async ({ name, role, reveal, password }, ctx) => {
    const account = await ctx.keyring.add(ctx.key(), name, role, reveal, password);
    await ctx.audit(ctx.actor(), authAudit.accountAdded(account.name, role, reveal));
    return account;
  },
  'accounts.update': async ({ name, role, reveal }, ctx) => {
    const account = await ctx.keyring.update(ctx.key(), name, role, reveal);
    ctx.session.update(account);
    await ctx.audit(ctx.actor(), authAudit.accountUpdated(account.name, role, reveal));
    return account;
  },
  'accounts.remove': async ({ name }, ctx) => {
    if (name === ctx.actor()) throw new ApiError('conflict', 'e.remove_self');
    await ctx.keyring.remove(name);
    await ctx.audit(ctx.actor(), authAudit.accountRemoved(name));
    return {};
  },
  'accounts.setPassword': async ({ name, password }, ctx) => {
    const account = await ctx.keyring.setPassword(ctx.key(), name, password);
    await ctx.audit(ctx.actor(), authAudit.passwordSet(account.name));
    return account;
  },
  'accounts.setIdleMinutes': async ({ minutes }, ctx) => {
    await ctx.keyring.setIdleMinutes(ctx.key(), minutes);
    await ctx.audit(ctx.actor(), authAudit.idleMinutes(minutes));
    return ctx.status();
  },
};

export const gateHandlerNames = (): string[] => Object.keys(gateHandlers);
