import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { decodeJournal, encodeRecord, type JournalRecord } from '../../../../electron/backend/db/journal';
import { DB_FILE_NAME, JOURNAL_FILE_NAME } from '../../../../electron/backend/db/store';
import { enterpriseNamesOnDisk } from '../../support/db-file';
import { FaultyFs, fsError } from '../../support/faulty-fs';
import { call, enterpriseInput, errorOf } from '../../support/fixtures';
import { tempDirs } from '../../support/temp-dir';
import { TEST_KEY } from '../../support/vault';

const dirs = tempDirs();
const open: Backend[] = [];
afterEach(async () => {
  for (const b of open.splice(0)) await b.close();
  dirs.cleanup();
});

const record = (seq: number): JournalRecord => ({
  gen: 'g',
  seq,
  statements: [[`INSERT INTO t VALUES (?)`, [seq]]],
});

/** Copies a data folder as a crash would leave it: whatever is on disk now, nothing flushed on close. */
function crashCopy(dir: string): string {
  const copy = dirs.make();
  for (const name of [DB_FILE_NAME, JOURNAL_FILE_NAME]) {
    if (fs.existsSync(path.join(dir, name))) fs.copyFileSync(path.join(dir, name), path.join(copy, name));
  }
  return copy;
}

async function openBackend(dir: string, writeFs?: FaultyFs, key?: Uint8Array): Promise<Backend> {
  const b = await Backend.open({ dataDir: dir, ...(writeFs ? { writeFs } : {}), ...(key ? { key } : {}) });
  open.push(b);
  return b;
}

const names = async (b: Backend) => (await call(b, 'enterprises.list', {})).map((e) => e.name).sort();

describe('journal records', () => {
  it('read back exactly as written', () => {
    const bytes = Buffer.concat([1, 2, 3].map((n) => encodeRecord(record(n))));
    expect(decodeJournal(bytes)).toEqual({
      records: [1, 2, 3].map((n) => ({ ...record(n), sealed: false })),
      trailingBytes: 0,
    });
  });

  it('stop at a record torn by a crash mid-append, keeping everything before it', () => {
    const whole = Buffer.concat([1, 2, 3].map((n) => encodeRecord(record(n))));
    for (const cut of [1, 5, 9, 20]) {
      const torn = whole.subarray(0, whole.length - cut);
      const read = decodeJournal(torn);
      expect(read.records.map((r) => r.seq)).toEqual([1, 2]);
      expect(read.trailingBytes).toBeGreaterThan(0);
    }
  });

  it('stop at a damaged record: its checksum no longer matches', () => {
    const first = encodeRecord(record(1));
    const second = Buffer.from(encodeRecord(record(2)));
    second.writeUInt8(second.readUInt8(second.length - 3) ^ 0xff, second.length - 3);
    expect(decodeJournal(Buffer.concat([first, second])).records.map((r) => r.seq)).toEqual([1]);
  });
});

/** The same drills on a plain store and on an encrypted one (sealed journal records, sealed file). */
describe.each([
  { label: 'plain', key: undefined },
  { label: 'encrypted', key: TEST_KEY },
])('saving through the journal ($label)', ({ key }) => {
  const backend = (dir: string, writeFs?: FaultyFs) => openBackend(dir, writeFs, key);
  const namesOnDisk = (file: string) => enterpriseNamesOnDisk(file, key);

  it('makes each change durable by appending it, not by rewriting the database file', async () => {
    const dir = dirs.make();
    const faulty = new FaultyFs();
    const b = await backend(dir, faulty);
    const fileBefore = fs.statSync(path.join(dir, DB_FILE_NAME)).mtimeMs;
    const writesBefore = faulty.writes;
    await call(b, 'enterprises.save', enterpriseInput('恩施华鑫科技有限公司'));
    expect(faulty.appends).toBe(1);
    expect(faulty.writes - writesBefore).toBe(1);
    expect(fs.statSync(path.join(dir, DB_FILE_NAME)).mtimeMs).toBe(fileBefore);
    expect(fs.statSync(path.join(dir, JOURNAL_FILE_NAME)).size).toBeGreaterThan(0);
  });

  it('brings back every acknowledged change after a crash', async () => {
    const dir = dirs.make();
    const b = await backend(dir);
    for (const name of ['A', 'B', 'C']) await call(b, 'enterprises.save', enterpriseInput(name));
    const archived = (await call(b, 'enterprises.list', {}))[0]!;
    await call(b, 'enterprises.archive', { id: archived.id, archived: true });

    const after = await backend(crashCopy(dir));
    expect(await names(after)).toEqual(['A', 'B', 'C']);
    expect((await call(after, 'enterprises.list', {})).find((e) => e.id === archived.id)?.archived).toBe(
      true,
    );
    // Reopening folded the journal into the file.
    expect(fs.existsSync(path.join(after.store.dataDir, JOURNAL_FILE_NAME))).toBe(false);
  });

  it('ignores a torn last record and keeps writing after it', async () => {
    const dir = dirs.make();
    const b = await backend(dir);
    await call(b, 'enterprises.save', enterpriseInput('A'));
    await call(b, 'enterprises.save', enterpriseInput('B'));
    const copy = crashCopy(dir);
    const journal = path.join(copy, JOURNAL_FILE_NAME);
    fs.truncateSync(journal, fs.statSync(journal).size - 7);

    const after = await backend(copy);
    expect(await names(after)).toEqual(['A']);
    await call(after, 'enterprises.save', enterpriseInput('C'));
    expect(await namesOnDisk(path.join(copy, DB_FILE_NAME))).toEqual(['A', 'C']);
  });

  it('refuses a change whose append fails, then recovers with a checkpoint before the next', async () => {
    const dir = dirs.make();
    const faulty = new FaultyFs();
    const b = await backend(dir, faulty);
    await call(b, 'enterprises.save', enterpriseInput('A'));
    faulty.writeError = fsError('ENOSPC', 'write');
    expect(errorOf(await b.invoke('enterprises.save', enterpriseInput('B'))).code).toBe('storage');
    expect(await names(b)).toEqual(['A']);
    faulty.writeError = null;
    await call(b, 'enterprises.save', enterpriseInput('C'));
    expect(await names(b)).toEqual(['A', 'C']);
    expect(await namesOnDisk(path.join(dir, DB_FILE_NAME))).toEqual(['A', 'C']);
  });

  it('never applies journal records written before a restore to the restored database', async () => {
    const dir = dirs.make();
    const b = await backend(dir);
    await call(b, 'enterprises.save', enterpriseInput('A'));
    const backup = await call(b, 'backups.create', {});
    await call(b, 'enterprises.save', enterpriseInput('B'));
    const stale = fs.readFileSync(path.join(dir, JOURNAL_FILE_NAME));
    await call(b, 'backups.restore', { name: backup.name });
    expect(await names(b)).toEqual(['A']);

    // Even if the old journal were still there after a crash, the restored file does not take it.
    const copy = crashCopy(dir);
    fs.writeFileSync(path.join(copy, JOURNAL_FILE_NAME), stale);
    const after = await backend(copy);
    expect(await names(after)).toEqual(['A']);
  });

  it('leaves a complete database file and no journal on a normal close', async () => {
    const dir = dirs.make();
    const b = await Backend.open({ dataDir: dir, ...(key ? { key } : {}) });
    await call(b, 'enterprises.save', enterpriseInput('A'));
    await b.close();
    expect(fs.existsSync(path.join(dir, JOURNAL_FILE_NAME))).toBe(false);
    const again = await backend(dir);
    expect(await names(again)).toEqual(['A']);
  });
});
