import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import {
  backupDir,
  backupName,
  backupsToKeep,
  KEEP_LATEST,
  listBackups,
  writeBackup,
} from '../../../../electron/backend/db/backups';
import { DB_FILE_NAME } from '../../../../electron/backend/db/store';
import type { BackupInfo } from '../../../../shared/domain/backups';
import { fakeClock } from '../../support/clock';
import { FaultyFs, fsError } from '../../support/faulty-fs';
import { foreignDatabase } from '../../support/db-file';
import { call, enterpriseInput, errorOf } from '../../support/fixtures';
import { fileDigest, tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
const open: Backend[] = [];
afterEach(async () => {
  for (const b of open.splice(0)) await b.close();
  dirs.cleanup();
});

const at = (iso: string) => new Date(iso);
const info = (iso: string): BackupInfo => ({
  name: backupName(at(iso)),
  createdAt: at(iso).toISOString(),
  size: 1,
});

describe('backup names', () => {
  it('sort by time and carry the reason', () => {
    expect(backupName(at('2026-02-11T08:30:15.123Z'), 'manual')).toBe(
      'spring-breeze-20260211-083015-123-manual.sqlite',
    );
    expect(backupName(at('2026-02-11T08:30:15.123Z'))).toBe('spring-breeze-20260211-083015-123.sqlite');
  });
});

describe('rotation', () => {
  it('keeps the 10 newest plus the newest of each of the last 7 days', async () => {
    const dir = dirs.make();
    const bytes = new Uint8Array([1, 2, 3]);
    // Three backups a day, 1 to 20 February, except the 16th when nobody worked.
    const written: string[] = [];
    for (let day = 1; day <= 20; day++) {
      if (day === 16) continue;
      for (const hour of ['09', '12', '15']) {
        const when = at(`2026-02-${String(day).padStart(2, '0')}T${hour}:00:00.000Z`);
        written.push((await writeBackup(dir, bytes, when, 'auto')).name);
      }
    }
    expect(written).toHaveLength(57);

    const kept = (await listBackups(dir)).map((b) => b.createdAt);
    expect(kept).toEqual([
      // The ten newest.
      '2026-02-20T15:00:00.000Z',
      '2026-02-20T12:00:00.000Z',
      '2026-02-20T09:00:00.000Z',
      '2026-02-19T15:00:00.000Z',
      '2026-02-19T12:00:00.000Z',
      '2026-02-19T09:00:00.000Z',
      '2026-02-18T15:00:00.000Z',
      '2026-02-18T12:00:00.000Z',
      '2026-02-18T09:00:00.000Z',
      '2026-02-17T15:00:00.000Z',
      // The newest of each older day among the last seven (14th to 20th; none on the 16th).
      '2026-02-15T15:00:00.000Z',
      '2026-02-14T15:00:00.000Z',
    ]);
    expect(fs.readdirSync(backupDir(dir))).toHaveLength(12);
  });

  it('keeps the 10 newest however old they are', () => {
    const old = ['2025-01-01', '2025-01-02', '2025-03-05', '2025-06-01', '2025-09-09'].map((d) =>
      info(`${d}T10:00:00Z`),
    );
    expect(backupsToKeep(old, at('2026-02-20T12:00:00Z'))).toEqual(new Set(old.map((b) => b.name)));
  });

  it('drops the oldest once there are more than 10 from one day', () => {
    const today = Array.from({ length: 15 }, (_, i) =>
      info(`2026-02-20T${String(i + 5).padStart(2, '0')}:00:00Z`),
    );
    const keep = backupsToKeep(today, at('2026-02-20T23:00:00Z'));
    expect(keep.size).toBe(KEEP_LATEST);
    expect([...keep].sort()).toEqual(today.slice(5).map((b) => b.name));
  });

  it('rotates manual backups too: the newest 10 taken by hand stay, automatic ones do not push them out', () => {
    const manual = Array.from({ length: 14 }, (_, i): BackupInfo => {
      const when = `2026-01-${String(i + 1).padStart(2, '0')}T08:00:00Z`;
      return { ...info(when), name: backupName(at(when), 'manual') };
    });
    const automatic = Array.from({ length: 15 }, (_, i) =>
      info(`2026-02-20T${String(i + 1).padStart(2, '0')}:00:00Z`),
    );
    const keep = backupsToKeep([...manual, ...automatic], at('2026-02-20T23:00:00Z'));
    const keptManual = [...keep].filter((n) => n.endsWith('-manual.sqlite')).sort();
    expect(keptManual).toEqual(manual.slice(4).map((b) => b.name));
    expect([...keep].filter((n) => !n.endsWith('-manual.sqlite'))).toHaveLength(KEEP_LATEST);
  });

  it('gives two backups taken in the same millisecond different names', async () => {
    const dir = dirs.make();
    const when = at('2026-02-20T12:00:00.000Z');
    const a = await writeBackup(dir, new Uint8Array([1]), when, 'manual');
    const b = await writeBackup(dir, new Uint8Array([2]), when, 'manual');
    expect(a.name).not.toBe(b.name);
    expect(fs.readFileSync(path.join(backupDir(dir), a.name))).toEqual(Buffer.from([1]));
    expect(fs.readFileSync(path.join(backupDir(dir), b.name))).toEqual(Buffer.from([2]));
  });
});

describe('restore', () => {
  const clock = fakeClock('2026-02-11T08:00:00.000Z');

  /** A backend with three enterprises saved one by one and a backup after each of the first two. */
  async function withHistory() {
    const dir = dirs.make();
    const b = await Backend.open({ dataDir: dir, clock: clock.now });
    open.push(b);
    const names = ['恩施华鑫科技有限公司', '恩施大象科技有限公司', '恩施硒谷电子有限公司'];
    const backups: string[] = [];
    for (const [i, name] of names.entries()) {
      clock.advance(60_000);
      await call(b, 'enterprises.save', enterpriseInput(name));
      if (i < 2) backups.push((await call(b, 'backups.create', {})).name);
    }
    return { dir, b, names, backups, file: path.join(dir, DB_FILE_NAME) };
  }

  const listed = async (b: Backend) => (await call(b, 'enterprises.list', {})).map((e) => e.name).sort();

  it('brings back the data of the oldest and of the newest backup, keeping the current file aside first', async () => {
    const { dir, b, names, backups, file } = await withHistory();
    const available = (await call(b, 'backups.list', {})).map((x) => x.name);
    expect(available).toEqual([...backups].reverse()); // newest first
    const [oldest, newest] = backups as [string, string];

    clock.advance(60_000);
    const beforeFirst = fileDigest(file);
    const first = await call(b, 'backups.restore', { name: oldest });
    expect(first.restored).toBe(oldest);
    expect(await listed(b)).toEqual([names[0]]);
    expect(fileDigest(path.join(dir, first.keptAside))).toBe(beforeFirst);

    clock.advance(60_000);
    const beforeSecond = fileDigest(file);
    const second = await call(b, 'backups.restore', { name: newest });
    expect(await listed(b)).toEqual([names[0], names[1]].sort());
    expect(second.keptAside).not.toBe(first.keptAside);
    expect(fileDigest(path.join(dir, second.keptAside))).toBe(beforeSecond);
    expect(fileDigest(path.join(dir, first.keptAside))).toBe(beforeFirst);

    // The restore is saved: it survives a restart.
    await b.close();
    open.splice(0);
    const again = await Backend.open({ dataDir: dir, clock: clock.now });
    open.push(again);
    expect(await listed(again)).toEqual([names[0], names[1]].sort());
  });

  it('leaves the current database in place when the restored one cannot be saved', async () => {
    const dir = dirs.make();
    const faulty = new FaultyFs();
    const b = await Backend.open({ dataDir: dir, clock: clock.now, writeFs: faulty });
    open.push(b);
    await call(b, 'enterprises.save', enterpriseInput('恩施华鑫科技有限公司'));
    const backup = await call(b, 'backups.create', {});
    await call(b, 'enterprises.save', enterpriseInput('恩施大象科技有限公司'));
    const file = path.join(dir, DB_FILE_NAME);
    const before = fileDigest(file);

    faulty.writeError = fsError('ENOSPC');
    expect(errorOf(await b.invoke('backups.restore', { name: backup.name }))).toMatchObject({
      code: 'storage',
    });
    expect(await listed(b)).toEqual(['恩施华鑫科技有限公司', '恩施大象科技有限公司'].sort());
    expect(fileDigest(file)).toBe(before);

    faulty.writeError = null;
    await call(b, 'backups.restore', { name: backup.name });
    expect(await listed(b)).toEqual(['恩施华鑫科技有限公司']);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const { dir, b, names, file } = await withHistory();
    const broken = 'spring-breeze-20260211-090000-000-manual.sqlite';
    fs.writeFileSync(path.join(backupDir(dir), broken), 'SQLite format 3\0 but nothing else');
    const before = fileDigest(file);
    const filesBefore = fs.readdirSync(dir).sort();

    const error = errorOf(await b.invoke('backups.restore', { name: broken }));
    expect(error).toMatchObject({ code: 'conflict', message: 'e.backup_damaged' });
    expect(await listed(b)).toEqual([...names].sort());
    expect(fileDigest(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(filesBefore);
  });

  it('refuses a backup from a newer version', async () => {
    const { dir, b, names } = await withHistory();
    const newer = 'spring-breeze-20260211-090000-000-manual.sqlite';
    fs.writeFileSync(path.join(backupDir(dir), newer), await foreignDatabase(99));
    expect(errorOf(await b.invoke('backups.restore', { name: newer }))).toMatchObject({
      code: 'newer_database',
    });
    expect(await listed(b)).toEqual([...names].sort());
  });

  it('refuses a backup that does not exist, and any name that is not a backup name', async () => {
    const { b } = await withHistory();
    expect(
      errorOf(await b.invoke('backups.restore', { name: 'spring-breeze-20200101-000000-000.sqlite' })),
    ).toMatchObject({ code: 'not_found' });
    for (const name of ['../spring-breeze.sqlite', '/etc/passwd', 'spring-breeze.sqlite']) {
      expect(errorOf(await b.invoke('backups.restore', { name }))).toMatchObject({
        code: 'invalid_input',
        issues: [{ path: ['name'], message: 'v.backup_name' }],
      });
    }
  });
});
