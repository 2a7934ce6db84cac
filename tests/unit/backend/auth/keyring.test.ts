import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { Keyring } from '../../../../electron/backend/auth/keyring';
import { ApiError } from '../../../../shared/contract/result';
import { LOCKOUT_MINUTES } from '../../../../shared/domain/accounts';
import { fakeClock } from '../../support/clock';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

async function refusal(pending: Promise<unknown>): Promise<ApiError> {
  const err = await pending.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ApiError);
  return err as ApiError;
}

async function newKeyring(clock = fakeClock('2026-03-01T08:00:00.000Z')) {
  const dir = dirs.make();
  const keyring = await Keyring.load(dir, clock.now);
  const made = await keyring.setUp('王主任', 'first-admin-pw');
  return { dir, keyring, clock, ...made };
}

describe('the keyring', () => {
  it('hashes passwords with scrypt and keeps neither the password nor the data key in the file', async () => {
    const { keyring, key } = await newKeyring();
    const text = readFileSync(keyring.file, 'utf8');
    expect(text).not.toContain('first-admin-pw');
    expect(text).not.toContain(key.toString('base64'));
    expect(text).not.toContain(key.toString('hex'));
    const file = JSON.parse(text) as { accounts: { kdf: { N: number; r: number; salt: string } }[] };
    expect(file.accounts[0]!.kdf).toMatchObject({ N: 2 ** 15, r: 8 });
    expect(Buffer.from(file.accounts[0]!.kdf.salt, 'base64')).toHaveLength(16);
    expect(key).toHaveLength(32);
    if (process.platform !== 'win32') expect(statSync(keyring.file).mode & 0o777).toBe(0o600);
  });

  it('unwraps the same data key with the right password, and refuses a wrong one or an unknown name alike', async () => {
    const { dir, key } = await newKeyring();
    const again = await Keyring.load(dir);
    expect((await again.unlock('王主任', 'first-admin-pw')).key.equals(key)).toBe(true);
    expect((await refusal(again.unlock('王主任', 'first-admin-PW'))).message).toBe('e.wrong_password');
    expect((await refusal(again.unlock('nobody', 'first-admin-pw'))).message).toBe('e.wrong_password');
  });

  it(`makes an account wait ${LOCKOUT_MINUTES} minutes after 5 wrong passwords in a row, even for the right one`, async () => {
    const { keyring, clock } = await newKeyring();
    for (let i = 1; i <= 4; i++) {
      const err = await refusal(keyring.unlock('王主任', `wrong-${i}`));
      expect(err).toMatchObject({ message: 'e.wrong_password', params: { left: 5 - i } });
    }
    const fifth = await refusal(keyring.unlock('王主任', 'wrong-5'));
    expect(fifth).toMatchObject({
      code: 'unauthenticated',
      message: 'e.account_locked',
      params: { minutes: 15 },
    });
    expect((await refusal(keyring.unlock('王主任', 'first-admin-pw'))).message).toBe('e.account_locked');
    expect(keyring.account('王主任')!.lockedUntil).toBe('2026-03-01T08:15:00.000Z');
    clock.advance(14 * 60_000);
    expect((await refusal(keyring.unlock('王主任', 'first-admin-pw'))).params).toMatchObject({ minutes: 1 });
    clock.advance(61_000);
    await keyring.unlock('王主任', 'first-admin-pw');
    expect(keyring.account('王主任')!.lockedUntil).toBeNull();
  });

  it('adds, removes and re-passwords accounts by wrapping the same data key again', async () => {
    const { dir, keyring, key } = await newKeyring();
    await keyring.add(key, '李干事', 'staff', false, 'staff-password');
    await keyring.add(key, '州督导', 'supervisor', true, 'super-password');
    expect((await refusal(keyring.add(key, '李干事', 'staff', false, 'another-pw'))).message).toBe(
      'e.account_exists',
    );
    const reloaded = await Keyring.load(dir);
    expect((await reloaded.unlock('李干事', 'staff-password')).key.equals(key)).toBe(true);
    expect((await reloaded.unlock('州督导', 'super-password')).account).toMatchObject({
      role: 'supervisor',
      reveal: true,
    });

    await reloaded.setPassword(key, '李干事', 'new-staff-password');
    expect((await refusal(reloaded.unlock('李干事', 'staff-password'))).message).toBe('e.wrong_password');
    expect((await reloaded.unlock('李干事', 'new-staff-password')).key.equals(key)).toBe(true);

    await reloaded.remove('李干事');
    expect(reloaded.accounts().map((a) => a.name)).toEqual(['王主任', '州督导']);
    expect((await refusal(reloaded.unlock('李干事', 'new-staff-password'))).message).toBe('e.wrong_password');
    expect((await refusal(reloaded.remove('王主任'))).message).toBe('e.last_admin');
    expect((await refusal(reloaded.update(key, '王主任', 'staff', false))).message).toBe('e.last_admin');
  });

  it('refuses an account whose role was edited by hand in the file', async () => {
    const { dir, keyring, key } = await newKeyring();
    await keyring.add(key, '李干事', 'staff', false, 'staff-password');
    const file = JSON.parse(readFileSync(keyring.file, 'utf8')) as {
      accounts: { name: string; role: string; reveal: boolean }[];
    };
    const entry = file.accounts.find((a) => a.name === '李干事')!;
    entry.role = 'admin';
    entry.reveal = true;
    writeFileSync(keyring.file, JSON.stringify(file));
    const tampered = await Keyring.load(dir);
    const err = await refusal(tampered.unlock('李干事', 'staff-password'));
    expect(err).toMatchObject({ code: 'forbidden', message: 'e.keyring_tampered' });
    expect(tampered.tampered(key)).toEqual(['李干事']);
    // The untouched admin still signs in.
    await tampered.unlock('王主任', 'first-admin-pw');
  });

  it('refuses a damaged keyring file with a clear message', async () => {
    const { dir, keyring } = await newKeyring();
    writeFileSync(keyring.file, '{"format":"spring-breeze.keys","accounts":');
    expect((await refusal(Keyring.load(dir))).message).toBe('e.keyring_damaged');
  });

  it('opens with the printed recovery key when every admin password is lost', async () => {
    const { dir, recoveryKey, key } = await newKeyring();
    expect(recoveryKey).toMatch(/^([A-Z2-9]{4}-){12}[A-Z2-9]{4}$/);
    const keyring = await Keyring.load(dir);
    expect((await refusal(keyring.recover('AAAA-BBBB', '王主任', 'new-admin-pw'))).message).toBe(
      'e.recovery_key_wrong',
    );
    // Typed as printed but in lower case with spaces: still the key.
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    const recovered = await keyring.recover(typed, '王主任', 'new-admin-pw');
    expect(recovered.key.equals(key)).toBe(true);
    expect((await keyring.unlock('王主任', 'new-admin-pw')).account.role).toBe('admin');
    expect((await refusal(keyring.unlock('王主任', 'first-admin-pw'))).message).toBe('e.wrong_password');
  });

  it('keeps the idle time under the data key: an edit by hand falls back to the default', async () => {
    const { dir, keyring, key } = await newKeyring();
    await keyring.setIdleMinutes(key, 5);
    expect((await Keyring.load(dir)).trustedIdleMinutes(key)).toBe(5);
    const file = JSON.parse(readFileSync(keyring.file, 'utf8')) as { idleMinutes: number };
    file.idleMinutes = 480;
    writeFileSync(keyring.file, JSON.stringify(file));
    expect((await Keyring.load(dir)).trustedIdleMinutes(key)).toBe(15);
  });
});
