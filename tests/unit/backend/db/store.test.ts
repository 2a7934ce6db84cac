import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { backupDir } from '../../../../electron/backend/db/backups';
import { LOCK_FILE_NAME } from '../../../../electron/backend/db/folder-lock';
import { LATEST_VERSION } from '../../../../electron/backend/db/migrations';
import { DB_FILE_NAME, Store } from '../../../../electron/backend/db/store';
import { fakeClock } from '../../support/clock';
import { enterpriseNamesOnDisk, foreignDatabase, openFile } from '../../support/db-file';
import { FaultyFs, fsError } from '../../support/faulty-fs';
import { call, enterpriseInput, errorOf } from '../../support/fixtures';
import { digest, fileDigest, namesIn, OWNER_ONLY, tempDirs } from '../../support/temp-dir';
import { TEST_KEY } from '../../support/vault';

const dirs = tempDirs();
const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const b of open.splice(0)) await b.close();
  dirs.cleanup();
});

/** What is in a data folder, leaving out the lock file an open store holds. */
const dataFiles = (dir: string) => namesIn(dir).filter((n) => n !== LOCK_FILE_NAME);

const clock = fakeClock('2026-02-11T08:00:00.000Z');

async function backend(dataDir: string, writeFs?: FaultyFs, key?: Uint8Array): Promise<Backend> {
  const b = await Backend.open({
    dataDir,
    clock: clock.now,
    ...(writeFs ? { writeFs } : {}),
    ...(key ? { key } : {}),
  });
  open.push(b);
  return b;
}

async function closeAll(): Promise<void> {
  for (const b of open.splice(0)) await b.close();
}

/** A data folder whose database holds one enterprise and has one good manual backup of it. */
async function folderWithBackup(key?: Uint8Array): Promise<{ dir: string; file: string; backup: string }> {
  const dir = dirs.make();
  const b = await backend(dir, undefined, key);
  await call(b, 'enterprises.save', enterpriseInput('恩施华鑫科技有限公司'));
  clock.advance(1000);
  const backup = await call(b, 'backups.create', {});
  await closeAll();
  return { dir, file: path.join(dir, DB_FILE_NAME), backup: backup.name };
}

describe('Store.open', () => {
  it('starts an empty database at the latest version in a fresh folder and writes it to disk', async () => {
    const dir = dirs.make();
    const store = await Store.open({ dataDir: path.join(dir, 'nested', 'data'), clock: clock.now });
    open.push(store);
    expect(store.notices).toEqual([]);
    expect(store.db.userVersion()).toBe(LATEST_VERSION);
    const onDisk = await openFile(store.dbFile);
    expect(onDisk.userVersion()).toBe(LATEST_VERSION);
    expect(onDisk.get<{ n: number }>('SELECT COUNT(*) AS n FROM counties')?.n).toBe(8);
    onDisk.close();
    expect(dataFiles(path.join(dir, 'nested', 'data'))).toEqual([DB_FILE_NAME]);
  });

  it('keeps the data across a restart', async () => {
    const dir = dirs.make();
    const first = await backend(dir);
    const saved = await call(first, 'enterprises.save', enterpriseInput('恩施大象科技有限公司'));
    await closeAll();
    const second = await backend(dir);
    expect(await call(second, 'enterprises.list', {})).toEqual([saved]);
    expect(await call(second, 'app.info', {})).toMatchObject({ notices: [], empty: false });
  });

  it('answers a write only once it is on disk', async () => {
    const dir = dirs.make();
    const b = await backend(dir);
    await call(b, 'enterprises.save', enterpriseInput('恩施硒谷电子有限公司'));
    expect(await enterpriseNamesOnDisk(path.join(dir, DB_FILE_NAME))).toEqual(['恩施硒谷电子有限公司']);
  });

  it('backs up the file as it was found when it opens an existing database', async () => {
    const dir = dirs.make();
    const b = await backend(dir);
    await call(b, 'enterprises.save', enterpriseInput('恩施大象科技有限公司'));
    await closeAll();
    const before = fileDigest(path.join(dir, DB_FILE_NAME));
    const again = await backend(dir);
    const backups = await call(again, 'backups.list', {});
    expect(backups).toHaveLength(1);
    expect(backups[0]!.name).toMatch(/-open\.sqlite$/);
    expect(fileDigest(path.join(backupDir(dir), backups[0]!.name))).toBe(before);
  });
});

/** The same damage to a plain database file and to an encrypted one (which fails authentication). */
describe.each([
  { label: 'plain', key: undefined },
  { label: 'encrypted', key: TEST_KEY },
])('a damaged database file ($label)', ({ key }) => {
  const namesOnDisk = (file: string) => enterpriseNamesOnDisk(file, key);
  const damage: [string, (good: Buffer) => Buffer][] = [
    ['garbage bytes', () => Buffer.from('this is not a database, just a stray text file '.repeat(200))],
    ['a truncated file', (good) => good.subarray(0, Math.floor(good.byteLength / 2))],
    ['a zero-byte file', () => Buffer.alloc(0)],
    [
      'a file with a scrambled page',
      (good) => {
        const bad = Buffer.from(good);
        // Page 2 onwards holds the tables; scribble over the start of page 3 (encrypted: mid-file).
        const at = key ? Math.floor(bad.length / 2) : bad.readUInt16BE(16) * 2;
        bad.fill(0xa5, at, at + 200);
        return bad;
      },
    ],
  ];

  it.each(damage)(
    'with a good backup (%s): opens the backup, says so, and keeps the damaged file',
    async (_label, spoil) => {
      const { dir, file, backup } = await folderWithBackup(key);
      const damaged = spoil(fs.readFileSync(file));
      fs.writeFileSync(file, damaged, OWNER_ONLY);

      clock.advance(60_000);
      const b = await backend(dir, undefined, key);
      const info = await call(b, 'app.info', {});
      expect(info.notices).toHaveLength(1);
      const notice = info.notices[0]!;
      expect(notice).toMatchObject({ kind: 'recovered_from_backup', file: backup });
      expect(await call(b, 'enterprises.list', {})).toMatchObject([{ name: '恩施华鑫科技有限公司' }]);

      // The damaged file is kept, byte for byte, under its new name; a good file replaces it.
      expect(notice.damagedCopy).not.toBeNull();
      expect(fs.existsSync(notice.damagedCopy!)).toBe(true);
      expect(path.dirname(notice.damagedCopy!)).toBe(dir);
      expect(fileDigest(notice.damagedCopy!)).toBe(digest(damaged));
      expect(await namesOnDisk(file)).toEqual(['恩施华鑫科技有限公司']);
      // The backup itself is left alone.
      expect(fs.existsSync(path.join(backupDir(dir), backup))).toBe(true);
    },
  );

  // Encrypted, a plain file in a folder without encrypted backups is a plain folder to encrypt.
  it.skipIf(key)('without a backup: starts empty, says so, and keeps the damaged file', async () => {
    const dir = dirs.make();
    const file = path.join(dir, DB_FILE_NAME);
    const damaged = Buffer.from('SQLite format 3\0' + 'x'.repeat(5000));
    fs.writeFileSync(file, damaged, OWNER_ONLY);

    const b = await backend(dir);
    const info = await call(b, 'app.info', {});
    expect(info.notices).toEqual([
      { kind: 'damaged_no_backup', file: null, damagedCopy: expect.any(String) },
    ]);
    expect(info.empty).toBe(true);
    expect(await call(b, 'counties.list', {})).toHaveLength(8);
    expect(fileDigest(info.notices[0]!.damagedCopy!)).toBe(digest(damaged));
    expect(await enterpriseNamesOnDisk(file)).toEqual([]);
  });

  it('skips damaged and too-new backups and opens the newest good one', async () => {
    const { dir, file, backup: good } = await folderWithBackup(key);
    clock.advance(60_000);
    const newer = path.join(backupDir(dir), 'spring-breeze-20300101-000000-000-manual.sqlite');
    const newest = path.join(backupDir(dir), 'spring-breeze-20300101-000000-001-manual.sqlite');
    fs.writeFileSync(newer, await foreignDatabase(LATEST_VERSION + 1), OWNER_ONLY);
    fs.writeFileSync(newest, 'not a database', OWNER_ONLY);
    fs.writeFileSync(file, 'not a database either', OWNER_ONLY);

    const b = await backend(dir, undefined, key);
    const info = await call(b, 'app.info', {});
    expect(info.notices).toMatchObject([{ kind: 'recovered_from_backup', file: good }]);
  });
});

describe('versions', () => {
  it('refuses a database written by a newer version and leaves it untouched', async () => {
    const dir = dirs.make();
    const file = path.join(dir, DB_FILE_NAME);
    fs.writeFileSync(file, await foreignDatabase(LATEST_VERSION + 1), OWNER_ONLY);
    const before = fileDigest(file);

    await expect(Store.open({ dataDir: dir, clock: clock.now })).rejects.toMatchObject({
      code: 'newer_database',
      message: 'e.newer_database',
      params: { found: LATEST_VERSION + 1, known: LATEST_VERSION },
    });
    await expect(Backend.open({ dataDir: dir, clock: clock.now })).rejects.toMatchObject({
      code: 'newer_database',
    });
    expect(fileDigest(file)).toBe(before);
    expect(namesIn(dir)).toEqual([DB_FILE_NAME]);
  });

  it('copies an older database aside, byte for byte, before migrating it', async () => {
    const dir = dirs.make();
    const file = path.join(dir, DB_FILE_NAME);
    const old = await foreignDatabase(0);
    fs.writeFileSync(file, old, OWNER_ONLY);

    const store = await Store.open({ dataDir: dir, clock: clock.now });
    open.push(store);
    const aside = dataFiles(dir).filter((n) => n !== DB_FILE_NAME && n !== 'backups');
    expect(aside).toEqual([expect.stringMatching(/^spring-breeze\.pre-v\d+-.*\.sqlite$/)]);
    expect(fileDigest(path.join(dir, aside[0]!))).toBe(digest(old));

    // The migrated file is at the latest version and still holds what was in it.
    const onDisk = await openFile(file);
    expect(onDisk.userVersion()).toBe(LATEST_VERSION);
    expect(onDisk.all('SELECT note FROM legacy')).toEqual([{ note: 'kept' }]);
    onDisk.close();
  });

  it('takes no copy when the database is already current', async () => {
    const dir = dirs.make();
    await backend(dir);
    await closeAll();
    await backend(dir);
    expect(dataFiles(dir)).toEqual(['backups', DB_FILE_NAME]);
  });
});

describe('a failed save', () => {
  it('is refused as a storage error, undoes the change in memory, leaves the file alone, and the next save works', async () => {
    const dir = dirs.make();
    const file = path.join(dir, DB_FILE_NAME);
    const faulty = new FaultyFs();
    const b = await backend(dir, faulty);
    await call(b, 'enterprises.save', enterpriseInput('恩施华鑫科技有限公司'));
    const before = fileDigest(file);

    faulty.writeError = fsError('EIO');
    const failed = errorOf(await b.invoke('enterprises.save', enterpriseInput('恩施大象科技有限公司')));
    expect(failed).toMatchObject({
      code: 'storage',
      message: 'e.storage',
      params: { detail: 'EIO (rename)' },
    });

    expect((await call(b, 'enterprises.list', {})).map((e) => e.name)).toEqual(['恩施华鑫科技有限公司']);
    const audit = await call(b, 'audit.list', {});
    expect(audit.some((a) => JSON.stringify(a.summary).includes('恩施大象科技有限公司'))).toBe(false);
    expect(fileDigest(file)).toBe(before);
    expect(namesIn(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    faulty.writeError = null;
    await call(b, 'enterprises.save', enterpriseInput('恩施大象科技有限公司'));
    expect((await call(b, 'enterprises.list', {})).map((e) => e.name).sort()).toEqual(
      ['恩施华鑫科技有限公司', '恩施大象科技有限公司'].sort(),
    );
    expect((await enterpriseNamesOnDisk(file)).sort()).toEqual(
      ['恩施华鑫科技有限公司', '恩施大象科技有限公司'].sort(),
    );
  });
});
