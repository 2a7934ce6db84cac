import type { Permission } from '../../../shared/domain/accounts';
import { part, said } from '../audit/repos/audit';
import type { AuditRecord } from '../write-context';

/** The refusals a sign-in can meet, by their error key, as the audit log says them. */
const REFUSALS = {
  'e.wrong_password': 'refused_wrong_password',
  'e.account_locked': 'refused_account_locked',
  'e.keyring_tampered': 'refused_tampered',
} as const;

const refusalOf = (errorKey: string) =>
  errorKey in REFUSALS ? REFUSALS[errorKey as keyof typeof REFUSALS] : 'refused_unknown';

const account = (name: string) => ({ entity: 'account', entityId: name }) as const;

/** Every audit entry the sign-in gate writes, in one place. */
export const authAudit = {
  setUp: (name: string): AuditRecord => ({
    action: 'auth.setUp',
    ...account(name),
    summary: said('auth_set_up', { name }),
  }),
  signedIn: (name: string): AuditRecord => ({
    action: 'auth.signIn',
    ...account(name),
    summary: said('signed_in', { name }),
  }),
  signedOut: (name: string): AuditRecord => ({
    action: 'auth.signOut',
    ...account(name),
    summary: said('signed_out', { name }),
  }),
  recovered: (name: string): AuditRecord => ({
    action: 'auth.recover',
    ...account(name),
    summary: said('recovered', { name }),
  }),
  /** A sign-in refused: wrong password, account waiting, tampered entry (the error key says which). */
  signInRefused: (name: string, errorKey: string): AuditRecord => ({
    action: 'auth.refused',
    ...account(name),
    summary: said(refusalOf(errorKey), { name }),
  }),
  /** A request the signed-in account has no permission for, or made after the session locked. */
  channelRefused: (channel: string, reason: Permission | 'session_locked'): AuditRecord => ({
    action: 'auth.refused',
    entity: 'channel',
    entityId: channel,
    summary: said(reason === 'session_locked' ? 'refused_session_locked' : `refused_needs_${reason}`),
  }),
  accountAdded: (name: string, role: string, reveal: boolean): AuditRecord => ({
    action: 'accounts.add',
    ...account(name),
    summary: said('account_added', { name, accountRole: role }, reveal ? [part('may_reveal')] : []),
  }),
  accountUpdated: (name: string, role: string, reveal: boolean): AuditRecord => ({
    action: 'accounts.update',
    ...account(name),
    summary: said('account_updated', { name, accountRole: role }, reveal ? [part('may_reveal')] : []),
  }),
  accountRemoved: (name: string): AuditRecord => ({
    action: 'accounts.remove',
    ...account(name),
    summary: said('account_removed', { name }),
  }),
  passwordSet: (name: string): AuditRecord => ({
    action: 'accounts.setPassword',
    ...account(name),
    summary: said('password_set', { name }),
  }),
  idleMinutes: (minutes: number): AuditRecord => ({
    action: 'accounts.setIdleMinutes',
    entity: 'settings',
    entityId: null,
    summary: said('idle_minutes_set', { minutes }),
  }),
};
