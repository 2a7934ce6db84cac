import { z } from 'zod';

/** Who may sign in: an admin (accounts, settings, backups), staff (daily work), a supervisor (reads only). */
export const ROLES = ['admin', 'staff', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a channel needs. `open` answers before sign-in (the `auth.*` channels); `read` looks;
 * `work` changes the drive's data; `admin` runs the console (accounts, settings, backups);
 * `reveal` shows or exports full ID numbers and phones.
 */
export const PERMISSIONS = ['open', 'read', 'work', 'admin', 'reveal'] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  supervisor: ['open', 'read'],
  staff: ['open', 'read', 'work'],
  admin: ['open', 'read', 'work', 'admin'],
};

/** The permissions an account holds: its role's, plus `reveal` when it was given. */
export function permissionsOf(account: { role: Role; reveal: boolean }): Permission[] {
  return [...ROLE_PERMISSIONS[account.role], ...(account.reveal ? (['reveal'] as const) : [])];
}

export function mayDo(account: { role: Role; reveal: boolean }, permission: Permission): boolean {
  return permissionsOf(account).includes(permission);
}

/** Five wrong passwords in a row and the account waits this long before it may try again. */
export const MAX_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;
/** Without a request for this long the session locks and asks for the password again (a setting). */
export const DEFAULT_IDLE_MINUTES = 15;

export const accountName = z
  .string({ error: 'v.required' })
  .trim()
  .min(1, { error: 'v.required' })
  .max(40, { error: 'v.too_long' })
  .regex(/^[^\p{Cc}]+$/u, { error: 'v.account_name' });

export const newPassword = z
  .string({ error: 'v.required' })
  .min(8, { error: 'v.password_short' })
  .max(200, { error: 'v.too_long' });

/** The password typed at sign-in: anything (a wrong one is refused by the keyring, not the schema). */
export const password = z.string({ error: 'v.required' }).min(1, { error: 'v.required' }).max(200);

/** Why a person reveals or exports unmasked data: typed each time, written into the audit log. */
export const revealReason = z
  .string({ error: 'v.reveal_reason' })
  .trim()
  .min(2, { error: 'v.reveal_reason' })
  .max(200, { error: 'v.too_long' });

/** An audit summary with the typed reason, when there is one. */

export const AccountInfo = z.object({
  name: z.string(),
  role: z.enum(ROLES),
  reveal: z.boolean(),
  /** Set while the account waits after too many wrong passwords. */
  lockedUntil: z.string().nullable(),
});
export type AccountInfo = z.infer<typeof AccountInfo>;

export const NewAccount = z
  .object({
    name: accountName,
    role: z.enum(ROLES, { error: 'v.choose' }),
    reveal: z.boolean().default(false),
    password: newPassword,
  })
  .strict();
export type NewAccount = z.input<typeof NewAccount>;

export const AuthStatus = z.object({
  /** False until the first admin is created (or the demo loaded): the first-run screen. */
  setUp: z.boolean(),
  /** The signed-in account, null when signed out or locked. */
  account: AccountInfo.nullable(),
  /** The account whose session locked when idle; its password opens it again. */
  lockedAccount: z.string().nullable(),
  idleMinutes: z.number().int(),
});
export type AuthStatus = z.infer<typeof AuthStatus>;
