import { z } from 'zod';
import {
  accountName,
  AccountInfo,
  AuthStatus,
  NewAccount,
  newPassword,
  password,
  ROLES,
} from '../domain/accounts';

const Empty = z.object({}).strict();
const Credentials = z.object({ name: accountName, password }).strict();

/**
 * Channels answered by the sign-in gate itself (electron/backend/auth/), not by a domain handler:
 * `auth.*` before and after sign-in, `accounts.*` for admins. Kind `session`: they run outside the
 * database's write queue (the keyring file is theirs) and audit through the backend once it is open.
 */
export const authChannels = {
  'auth.status': { input: Empty, output: AuthStatus, kind: 'session' },
  /** First run: creates the first admin and the data key; the recovery key is returned this once. */
  'auth.setUp': {
    input: z.object({ name: accountName, password: newPassword }).strict(),
    output: z.object({ status: AuthStatus, recoveryKey: z.string() }),
    kind: 'session',
  },
  'auth.signIn': { input: Credentials, output: AuthStatus, kind: 'session' },
  'auth.signOut': { input: Empty, output: AuthStatus, kind: 'session' },
  /** The window saw no input for the idle time: lock now (the backend also locks on its own clock). */
  'auth.lock': { input: Empty, output: AuthStatus, kind: 'session' },
  /** Every admin password lost: the printed recovery key sets a new password for an admin (or makes one). */
  'auth.recover': {
    input: z
      .object({ recoveryKey: z.string().trim().min(1).max(200), name: accountName, password: newPassword })
      .strict(),
    output: AuthStatus,
    kind: 'session',
  },
  'accounts.list': { input: Empty, output: z.array(AccountInfo), kind: 'session' },
  'accounts.add': { input: NewAccount, output: AccountInfo, kind: 'session' },
  'accounts.update': {
    input: z
      .object({ name: accountName, role: z.enum(ROLES, { error: 'v.choose' }), reveal: z.boolean() })
      .strict(),
    output: AccountInfo,
    kind: 'session',
  },
  'accounts.remove': {
    input: z.object({ name: accountName }).strict(),
    output: z.object({}),
    kind: 'session',
  },
  /** Sets a new password (an admin for anyone, anyone for themself); the same data key is wrapped again. */
  'accounts.setPassword': {
    input: z.object({ name: accountName, password: newPassword }).strict(),
    output: AccountInfo,
    kind: 'session',
  },
  'accounts.setIdleMinutes': {
    input: z
      .object({
        minutes: z
          .number({ error: 'v.number' })
          .int({ error: 'v.integer' })
          .min(1, { error: 'v.idle_minutes' })
          .max(480, { error: 'v.idle_minutes' }),
      })
      .strict(),
    output: AuthStatus,
    kind: 'session',
  },
} as const;

export type AuthChannelName = keyof typeof authChannels;
