import { describe, expect, it } from 'vitest';
import { BY_CHANNEL, permissionFor } from '../../../../electron/backend/auth/permissions';
import { CHANNEL_NAMES, contract, isChannelName } from '../../../../shared/contract/channels';
import { mayDo, PERMISSIONS, type Role } from '../../../../shared/domain/accounts';

const who = (role: Role, reveal = false) => ({ role, reveal });

describe('the permission table', () => {
  it('gives every channel a permission, and names no channel that does not exist', () => {
    for (const channel of CHANNEL_NAMES) expect(PERMISSIONS, channel).toContain(permissionFor(channel, {}));
    for (const channel of Object.keys(BY_CHANNEL)) expect(isChannelName(channel), channel).toBe(true);
  });

  it('opens only the sign-in channels before sign-in', () => {
    const open = CHANNEL_NAMES.filter((c) => permissionFor(c, {}) === 'open');
    expect(open.sort()).toEqual(
      ['auth.lock', 'auth.recover', 'auth.setUp', 'auth.signIn', 'auth.signOut', 'auth.status'].sort(),
    );
  });

  it('lets a supervisor read everything and change nothing', () => {
    for (const channel of CHANNEL_NAMES) {
      const allowed = mayDo(who('supervisor'), permissionFor(channel, {}));
      const kind = contract[channel].kind;
      if (kind === 'read' && permissionFor(channel, {}) === 'read') expect(allowed, channel).toBe(true);
      if (kind === 'write') expect(allowed, channel).toBe(false);
    }
  });

  it('keeps accounts, settings and backups to admins, and daily work to staff and admins', () => {
    for (const channel of ['accounts.add', 'settings.update', 'backups.restore', 'backups.create'] as const) {
      expect(permissionFor(channel, {}), channel).toBe('admin');
      expect(mayDo(who('staff'), permissionFor(channel, {})), channel).toBe(false);
      expect(mayDo(who('admin'), permissionFor(channel, {})), channel).toBe(true);
    }
    for (const channel of ['enterprises.save', 'pipeline.record', 'trips.save', 'imports.commit'] as const) {
      expect(permissionFor(channel, {}), channel).toBe('work');
      expect(mayDo(who('staff'), 'work')).toBe(true);
    }
  });

  it('asks for the reveal permission to reveal or to take anything unmasked, whatever the role', () => {
    expect(permissionFor('seekers.reveal', {})).toBe('reveal');
    expect(permissionFor('exports.seekers', { unmasked: false })).toBe('read');
    expect(permissionFor('exports.seekers', { unmasked: true })).toBe('reveal');
    expect(mayDo(who('admin'), 'reveal')).toBe(false);
    expect(mayDo(who('admin', true), 'reveal')).toBe(true);
    expect(mayDo(who('supervisor', true), 'reveal')).toBe(true);
  });
});
