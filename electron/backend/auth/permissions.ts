import { contract, type ChannelKind, type ChannelName } from '../../../shared/contract/channels';
import type { Permission } from '../../../shared/domain/accounts';

/**
 * The one table of who may call what. A channel gets its kind's permission (a read needs `read`,
 * a write or an admin job needs `work`) unless it is named below; any request asking for unmasked
 * data (`unmasked: true`: exports, problem-row downloads) needs `reveal`.
 */
const BY_KIND: Record<Exclude<ChannelKind, 'session'>, Permission> = {
  read: 'read',
  write: 'work',
  admin: 'work',
};

export const BY_CHANNEL: Partial<Record<ChannelName, Permission>> = {
  'auth.status': 'open',
  'auth.setUp': 'open',
  'auth.signIn': 'open',
  'auth.signOut': 'open',
  'auth.lock': 'open',
  'auth.recover': 'open',
  'accounts.list': 'admin',
  'accounts.add': 'admin',
  'accounts.update': 'admin',
  'accounts.remove': 'admin',
  'accounts.setPassword': 'admin',
  'accounts.setIdleMinutes': 'admin',
  'settings.update': 'admin',
  'demo.load': 'admin',
  'backups.list': 'admin',
  'backups.create': 'admin',
  'backups.restore': 'admin',
  // Exports write only their audit entry: a supervisor may take a masked one.
  'exports.table': 'read',
  'exports.seekers': 'read',
  'seekers.reveal': 'reveal',
};

export function permissionFor(channel: ChannelName, input: unknown): Permission {
  if (asksUnmasked(input)) return 'reveal';
  const named = BY_CHANNEL[channel];
  if (named) return named;
  const kind = contract[channel].kind;
  if (kind === 'session') throw new Error(`${channel} has no permission in the table`);
  return BY_KIND[kind];
}

function asksUnmasked(input: unknown): boolean {
  return typeof input === 'object' && input !== null && (input as { unmasked?: unknown }).unmasked === true;
}
