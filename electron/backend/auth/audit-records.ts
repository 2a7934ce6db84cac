import type { Permission } from '../../../shared/domain/accounts';
import type { AuditRecord } from '../write-context';

/** Every audit entry the sign-in gate writes, in one place. */
export const authAudit = {
  setUp: (name: string): AuditRecord => ({
    action: 'auth.setUp',
    entity: 'account',
    entityId: name,
    summary: 'first admin created; recovery key issued',
  }),
  signedIn: (name: string): AuditRecord => ({
    action: 'auth.signIn',
    entity: 'account',
    entityId: name,
    summary: 'signed in',
  }),
  signedOut: (name: string): AuditRecord => ({
    action: 'auth.signOut',
    entity: 'account',
    entityId: name,
    summary: 'signed out',
  }),
  recovered: (name: string): AuditRecord => ({
    action: 'auth.recover',
    entity: 'account',
    entityId: name,
    summary: 'admin password set with the recovery key',
  }),
  /** A sign-in refused: wrong password, account waiting, tampered entry (the message key says which). */
  signInRefused: (name: string, reason: string, at: string | null = null): AuditRecord => ({
    action: 'auth.refused',
    entity: 'account',
    entityId: name,
    summary: `sign-in refused: ${reason}${at ? ` (at ${at})` : ''}`,
  }),
  /** A request the signed-in account has no permission for, or made after the session locked. */
  channelRefused: (channel: string, reason: Permission | 'session_locked'): AuditRecord => ({
    action: 'auth.refused',
    entity: 'channel',
    entityId: channel,
    summary: reason === 'session_locked' ? 'session locked (idle)' : `needs the ${reason} permission`,
  }),
  accountAdded: (name: string, role: string, reveal: boolean): AuditRecord => ({
    action: 'accounts.add',
    entity: 'account',
    entityId: name,
    summary: `role ${role}${reveal ? ', reveal' : ''}`,
  }),
  accountUpdated: (name: string, role: string, reveal: boolean): AuditRecord => ({
    action: 'accounts.update',
    entity: 'account',
    entityId: name,
    summary: `role ${role}${reveal ? ', reveal' : ''}`,
  }),
  accountRemoved: (name: string): AuditRecord => ({
    action: 'accounts.remove',
    entity: 'account',
    entityId: name,
    summary: 'removed',
  }),
  passwordSet: (name: string): AuditRecord => ({
    action: 'accounts.setPassword',
    entity: 'account',
    entityId: name,
    summary: 'password reset (the same data key wrapped again)',
  }),
  idleMinutes: (minutes: number): AuditRecord => ({
    action: 'accounts.setIdleMinutes',
    entity: 'settings',
    entityId: null,
    summary: `idle lock after ${minutes} min`,
  }),
};
