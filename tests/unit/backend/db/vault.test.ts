import * as fs from 'node:fs';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { backupDir } from '../../../../electron/backend/db/backups';
import { isSealedFile, openRecord, sealRecord } from '../../../../electron/backend/db/cipher';
import { encodeRecord } from '../../../../electron/backend/db/journal';
import { DB_FILE_NAME, JOURNAL_FILE_NAME } from '../../../../electron/backend/db/store';
import { call, enterpriseInput, errorOf } from '../../support/fixtures';
import { fileDigest, tempDirs } from '../../support/temp-dir';
import { filesUnder, OTHER_KEY, stringsIn, TEST_KEY } from '../../support/vault';

const dirs = tempDirs();
const open: Backend[] = [];
afterEach(async () => {
  for (const b of open.splice(0)) await b.close().catch(() => undefined);
  dirs.cleanup();
});

async function backend(dataDir: string, key?: Uint8Array): Promise<Backend> {
  const b = await Backend.open({ dataDir, ...(key ? { key } : {}) });
  open.push(b);
  return b;
}

/** What opening the folder throws (null when it opens, which these tests do not expect). */
async function openError(dataDir: string, key: Uint8Array | undefined): Promise<unknown> {
  return Backend.open({ dataDir, ...(key ? { key } : {}) }).then(
    (b) => {
      open.push(b);
      return null;
    },
    (e: unknown) => e,
  );
}

async function close(b: Backend): Promise<void> {
  open.splice(open.indexOf(b), 1);
  await b.close();
}

const ROSTER = (id: string) => Buffer.from(`姓名,身份证号码,联系电话\n易玲波,${id},13794571255\n`);
const names = async (b: Backend) => (await call(b, 'enterprises.list', {})).map((e) => e.name).sort();
const modeOf = (file: string) => fs.statSync(file).mode & 0o777;
const noticeKinds = (b: Backend) => b.store.notices.map((n) => n.kind);

/** Every 18-character resident ID number that `strings` finds in the folder. */
function idNumbersIn(dir: string): Set<string> {
  return new Set(stringsIn(dir).match(/\d{17}[\dX]/g) ?? []);
}

describe.runIf(process.platform !== 'win32')('owner-only files', () => {
  it('creates the data folder 0700 and every file in it 0600', async () => {
    const dir = path.join(dirs.make(), 'data');
    const b = await backend(dir);
    await call(b, 'enterprises.save', enterpriseInput('A'));
    await call(b, 'backups.create', {});
    await b.imports.staging.stageBytes('roster.csv', ROSTER('422823200301296461'));
    await b.store.checkpoint();
    await call(b, 'enterprises.save', enterpriseInput('B'));

    const files = filesUnder(dir);
    expect(files).toEqual(
      expect.arrayContaining([
        DB_FILE_NAME,
        JOURNAL_FILE_NAME,
        'spring-breeze.lock',
        expect.stringMatching(/^backups\//),
      ]),
    );
    expect(files.some((f) => f.startsWith(path.join('imports', 'staging')))).toBe(true);
    for (const f of files) expect([f, modeOf(path.join(dir, f)).toString(8)]).toEqual([f, '600']);
    for (const d of [dir, backupDir(dir), path.join(dir, 'imports'), path.join(dir, 'imports', 'staging')]) {
      expect([d, modeOf(d).toString(8)]).toEqual([d, '700']);
    }
    expect(noticeKinds(b)).toEqual([]);
  });

  it('tightens a folder others could read, and says so once', async () => {
    const dir = dirs.make();
    for (let i = 0; i < 2; i++) await close(await backend(dir)); // the second open takes a backup
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, DB_FILE_NAME), 0o644);
    fs.chmodSync(backupDir(dir), 0o755);
    for (const n of fs.readdirSync(backupDir(dir))) fs.chmodSync(path.join(backupDir(dir), n), 0o644);

    const second = await backend(dir);
    expect(noticeKinds(second)).toEqual(['tightened']);
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(path.join(dir, DB_FILE_NAME))).toBe(0o600);
    expect(modeOf(backupDir(dir))).toBe(0o700);
    for (const n of fs.readdirSync(backupDir(dir))) expect(modeOf(path.join(backupDir(dir), n))).toBe(0o600);
    const info = await call(second, 'app.info', {});
    expect(info.notices.map((n) => n.kind)).toEqual(['tightened']);
    await close(second);

    const third = await backend(dir);
    expect(noticeKinds(third)).toEqual([]);
  });
  it('tightens the desktop browser profile kept in the folder without a notice', async () => {
    const dir = dirs.make();
    await close(await backend(dir));
    fs.mkdirSync(path.join(dir, 'chromium'), { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'chromium', 'Local State'), '{}', { mode: 0o644 });
    fs.chmodSync(path.join(dir, 'chromium'), 0o755);
    fs.chmodSync(path.join(dir, 'chromium', 'Local State'), 0o644);

    const b = await backend(dir);
    expect(noticeKinds(b)).toEqual([]);
    expect(modeOf(path.join(dir, 'chromium'))).toBe(0o700);
    expect(modeOf(path.join(dir, 'chromium', 'Local State'))).toBe(0o600);
  });
});

describe('encryption at rest', () => {
  it('finds the ID numbers of a plain folder with `strings` (the scan below can fail)', async () => {
    const dir = dirs.make();
    const b = await backend(dir);
    const staged = await b.imports.staging.stageBytes('roster.csv', ROSTER('422823200301296461'));
    const preview = await call(b, 'imports.preview', { fileId: staged.fileId, countyCode: '422823' });
    await call(b, 'imports.commit', { previewId: preview.previewId });
    await b.store.checkpoint();
    expect([...idNumbersIn(dir)]).toContain('422823200301296461');
  });

  it('leaves no ID number that `strings` can find in the folder after saving the demo with a key', async () => {
    const dir = dirs.make();
    const b = await backend(dir, TEST_KEY);
    await call(b, 'demo.load', {});
    const ids = b.store.db
      .all<{ id_number: string }>('SELECT id_number FROM seekers')
      .map((r) => r.id_number);
    expect(ids.length).toBeGreaterThan(1000);
    const someone = ids[0]!;
    await call(b, 'backups.create', {});
    // A change through the journal that carries an ID number, and a staged upload holding one.
    await call(b, 'settings.update', { operatorName: `核对 ${someone}` });
    await b.imports.staging.stageBytes('roster.csv', ROSTER(someone));
    expect(fs.existsSync(path.join(dir, JOURNAL_FILE_NAME))).toBe(true);

    const known = new Set(ids);
    const readable = () => [...idNumbersIn(dir)].filter((id) => known.has(id));
    expect(readable(), 'ID numbers readable in the encrypted folder while open').toEqual([]);
    await close(b);
    expect(readable(), 'ID numbers readable in the encrypted folder after closing').toEqual([]);
  }, 120_000);

  it('reopens with the key: the data, the journal and the backups are sealed and read back', async () => {
    const dir = dirs.make();
    const b = await backend(dir, TEST_KEY);
    await call(b, 'enterprises.save', enterpriseInput('恩施华鑫科技有限公司'));
    const backup = await call(b, 'backups.create', {});
    await call(b, 'enterprises.save', enterpriseInput('B'));
    await close(b);
    for (const f of [DB_FILE_NAME, path.join('backups', backup.name)]) {
      expect(isSealedFile(fs.readFileSync(path.join(dir, f))), f).toBe(true);
    }
    const again = await backend(dir, TEST_KEY);
    expect(await names(again)).toEqual(['B', '恩施华鑫科技有限公司']);
    await call(again, 'backups.restore', { name: backup.name });
    expect(await names(again)).toEqual(['恩施华鑫科技有限公司']);
  });

  it('refuses a wrong key, and no key, without touching a file', async () => {
    const dir = dirs.make();
    const b = await backend(dir, TEST_KEY);
    await call(b, 'enterprises.save', enterpriseInput('A'));
    await close(b);
    const before = filesUnder(dir).map((f) => [f, fileDigest(path.join(dir, f))]);

    for (const [key, message] of [
      [OTHER_KEY, 'e.vault_wrong_key'],
      [undefined, 'e.vault_key_needed'],
    ] as const) {
      expect(await openError(dir, key)).toMatchObject({ name: 'ApiError', code: 'forbidden', message });
      expect(filesUnder(dir).map((f) => [f, fileDigest(path.join(dir, f))])).toEqual(before);
    }
  });

  it('refuses a journal record changed on disk (its checksum made to match), and overwrites nothing', async () => {
    const dir = dirs.make();
    const b = await backend(dir, TEST_KEY);
    await call(b, 'enterprises.save', enterpriseInput('A'));
    // Crash copy: the journal as it is on disk, nothing flushed by a close.
    const copy = dirs.make();
    for (const n of [DB_FILE_NAME, JOURNAL_FILE_NAME]) fs.copyFileSync(path.join(dir, n), path.join(copy, n));
    const journal = path.join(copy, JOURNAL_FILE_NAME);
    const bytes = fs.readFileSync(journal);
    const payload = Buffer.from(bytes.subarray(8));
    payload[payload.length - 20]! ^= 0x01;
    const forged = Buffer.alloc(8);
    forged.writeUInt32LE(payload.length, 0);
    forged.writeUInt32LE(crc32(payload), 4);
    fs.writeFileSync(journal, Buffer.concat([forged, payload]), { mode: 0o600 });
    const before = filesUnder(copy).map((f) => [f, fileDigest(path.join(copy, f))]);

    expect(await openError(copy, TEST_KEY)).toMatchObject({ code: 'conflict', message: 'e.vault_tampered' });
    expect(filesUnder(copy).map((f) => [f, fileDigest(path.join(copy, f))])).toEqual(before);
  });

  it('refuses a plain journal record that would apply to an encrypted database', async () => {
    const dir = dirs.make();
    const b = await backend(dir, TEST_KEY);
    await call(b, 'enterprises.save', enterpriseInput('A'));
    await close(b);
    const reader = await backend(dir, TEST_KEY);
    const { gen, seq } = reader.store.db.get<{ gen: string; seq: number }>(
      'SELECT gen, seq FROM journal_state',
    )!;
    await close(reader);
    const plain = encodeRecord({
      gen,
      seq: seq + 1,
      statements: [["UPDATE enterprises SET name = 'forged'", []]],
    });
    fs.writeFileSync(path.join(dir, JOURNAL_FILE_NAME), plain, { mode: 0o600 });
    expect(await openError(dir, TEST_KEY)).toMatchObject({ code: 'conflict', message: 'e.vault_tampered' });
  });

  it('binds a sealed journal record to its generation and sequence number', () => {
    const sealed = sealRecord(TEST_KEY, 'gen-a', 3, Buffer.from('{}'));
    expect(openRecord(TEST_KEY, sealed)).toMatchObject({ gen: 'gen-a', seq: 3 });
    const moved = Buffer.from(sealed);
    moved.write('gen-b', 4 + 1 + 8 + 1, 'utf8'); // the clear generation id, after magic, version, check, length
    expect(() => openRecord(TEST_KEY, moved)).toThrow(/failed authentication/);
    const renumbered = Buffer.from(sealed);
    renumbered.writeDoubleLE(4, 4 + 1 + 8 + 1 + 5);
    expect(() => openRecord(TEST_KEY, renumbered)).toThrow(/failed authentication/);
  });

  it('opens the last good backup when the encrypted file is damaged, keeping the damaged file', async () => {
    const dir = dirs.make();
    const b = await backend(dir, TEST_KEY);
    await call(b, 'enterprises.save', enterpriseInput('A'));
    await close(b);
    await close(await backend(dir, TEST_KEY)); // opening takes an (encrypted) backup
    const file = path.join(dir, DB_FILE_NAME);
    const damaged = fs.readFileSync(file);
    damaged[Math.floor(damaged.length / 2)]! ^= 0xff;
    fs.writeFileSync(file, damaged, { mode: 0o600 });

    const after = await backend(dir, TEST_KEY);
    expect(after.store.notices).toMatchObject([{ kind: 'recovered_from_backup' }]);
    expect(await names(after)).toEqual(['A']);
    const kept = after.store.notices[0]!.damagedCopy!;
    expect(fs.readFileSync(kept)).toEqual(damaged);
  });

  it('encrypts a plain folder in place when opened with a key, says so once, and leaves no plain copy', async () => {
    const dir = dirs.make();
    const plain = await backend(dir);
    await call(plain, 'enterprises.save', enterpriseInput('A'));
    await call(plain, 'backups.create', {});
    await plain.store.checkpoint();
    await call(plain, 'enterprises.save', enterpriseInput('B'));
    // Closed by a crash: the journal still holds B.
    const copy = dirs.make();
    fs.cpSync(dir, copy, { recursive: true });
    fs.rmSync(path.join(copy, 'spring-breeze.lock'));
    expect(fs.existsSync(path.join(copy, JOURNAL_FILE_NAME))).toBe(true);

    const sealed = await backend(copy, TEST_KEY);
    expect(noticeKinds(sealed)).toEqual(['encrypted']);
    expect(await names(sealed)).toEqual(['A', 'B']);
    expect(fs.existsSync(path.join(copy, JOURNAL_FILE_NAME))).toBe(false);
    for (const f of filesUnder(copy).filter((n) => n.endsWith('.sqlite'))) {
      expect([f, isSealedFile(fs.readFileSync(path.join(copy, f)))]).toEqual([f, true]);
    }
    await close(sealed);
    const again = await backend(copy, TEST_KEY);
    expect(noticeKinds(again)).toEqual([]);
    expect(await names(again)).toEqual(['A', 'B']);
  });

  it('refuses a plain database file put in place of an encrypted one', async () => {
    const dir = dirs.make();
    const b = await backend(dir, TEST_KEY);
    await call(b, 'enterprises.save', enterpriseInput('A'));
    await close(b);
    await close(await backend(dir, TEST_KEY)); // opening takes an (encrypted) backup
    const other = dirs.make();
    const plain = await backend(other);
    await call(plain, 'enterprises.save', enterpriseInput('forged'));
    await close(plain);
    fs.copyFileSync(path.join(other, DB_FILE_NAME), path.join(dir, DB_FILE_NAME));
    expect(await openError(dir, TEST_KEY)).toMatchObject({ code: 'conflict', message: 'e.vault_tampered' });
  });

  it('refuses a staged upload changed on disk', async () => {
    const dir = dirs.make();
    const b = await backend(dir, TEST_KEY);
    const staged = await b.imports.staging.stageBytes('roster.csv', ROSTER('422823200301296461'));
    const file = path.join(b.imports.staging.dir, `${staged.fileId}.upload`);
    const bytes = fs.readFileSync(file);
    expect(bytes.includes(Buffer.from('422823200301296461'))).toBe(false);
    bytes[bytes.length - 1]! ^= 0x01;
    fs.writeFileSync(file, bytes);
    expect(errorOf(await b.invoke('imports.inspect', { fileId: staged.fileId })).message).toBe(
      'e.vault_tampered',
    );
  });
});

describe('staged uploads', () => {
  it('are deleted when their import is committed, or when the file cannot be read', async () => {
    const dir = dirs.make();
    const b = await backend(dir, TEST_KEY);
    const staged = await b.imports.staging.stageBytes('roster.csv', ROSTER('422823200301296461'));
    const preview = await call(b, 'imports.preview', { fileId: staged.fileId, countyCode: '422823' });
    expect(fs.readdirSync(b.imports.staging.dir)).toHaveLength(1);
    await call(b, 'imports.commit', { previewId: preview.previewId });
    expect(fs.readdirSync(b.imports.staging.dir)).toEqual([]);

    const broken = await b.imports.staging.stageBytes(
      'roster.xlsx',
      Buffer.from('PK\u0003\u0004 not a workbook'),
    );
    expect(errorOf(await b.invoke('imports.inspect', { fileId: broken.fileId })).code).toBe('invalid_input');
    expect(fs.readdirSync(b.imports.staging.dir)).toEqual([]);
  });

  it('are deleted when the import is given up: discarded, or its check cancelled', async () => {
    const dir = dirs.make();
    const b = await backend(dir);
    const given = await b.imports.staging.stageBytes('roster.csv', ROSTER('422823200301296461'));
    expect(await call(b, 'files.discard', { fileId: given.fileId })).toEqual({ discarded: true });
    expect(fs.readdirSync(b.imports.staging.dir)).toEqual([]);
    expect(errorOf(await b.invoke('imports.inspect', { fileId: given.fileId })).message).toBe(
      'imports.read.file_gone',
    );

    const checked = await b.imports.staging.stageBytes('roster.csv', ROSTER('422823200301296461'));
    const jobId = '6b0f7a3e-3c1e-4d3a-9c1e-2f6d1a7b8c9d';
    const preview = b.invoke('imports.preview', { fileId: checked.fileId, countyCode: '422823', jobId });
    await call(b, 'imports.cancel', { jobId });
    expect(errorOf(await preview).message).toBe('imports.read.cancelled');
    expect(fs.readdirSync(b.imports.staging.dir)).toEqual([]);
  });

  it('left by an earlier session are removed at start', async () => {
    const dir = dirs.make();
    const b = await backend(dir);
    await b.imports.staging.stageBytes('roster.csv', ROSTER('422823200301296461'));
    const stagingDir = b.imports.staging.dir;
    // A crash: the session ends without closing.
    open.splice(open.indexOf(b), 1);
    await b.store.close();
    expect(fs.readdirSync(stagingDir)).toHaveLength(1);
    await backend(dir);
    expect(fs.existsSync(stagingDir) ? fs.readdirSync(stagingDir) : []).toEqual([]);
  });
});
