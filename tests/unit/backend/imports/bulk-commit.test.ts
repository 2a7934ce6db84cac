import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { DB_FILE_NAME, JOURNAL_FILE_NAME } from '../../../../electron/backend/db/store';
import type { Preview } from '../../../../shared/contract/imports';
import { idCheckChar } from '../../../../shared/domain/id-number';
import { fakeClock } from '../../support/clock';
import { openFile, openSavedState } from '../../support/db-file';
import { FaultyFs, fsError } from '../../support/faulty-fs';
import { call, enterpriseInput, errorOf } from '../../support/fixtures';
import { tempDirs } from '../../support/temp-dir';

/**
 * A large import is saved by a checkpoint (the whole database written durably) instead of the
 * journal, and keeps the counting tallies by grouped statements instead of per-row triggers. The
 * limit is lowered here so that a 60-row roster takes that path.
 */
const BULK = { bulkStatements: 30 };

const dirs = tempDirs();
const clock = fakeClock('2022-03-01T08:00:00.000Z');
const open: Backend[] = [];
afterEach(async () => {
  for (const b of open.splice(0)) await b.close();
  dirs.cleanup();
});

const ENTERPRISE = '恩施华鑫科技有限公司';

async function backend(options: { bulkStatements?: number; writeFs?: FaultyFs } = {}) {
  const dataDir = dirs.make();
  const b = await Backend.open({ dataDir, clock: clock.now, ...options });
  open.push(b);
  await call(b, 'enterprises.save', enterpriseInput(ENTERPRISE));
  return { b, dataDir };
}

function idNumber(set: number, row: number): string {
  const first17 = `422823${1970 + set}0${1 + (row % 9)}1${row % 10}${String(row).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

/** `rows` people, some with an intended enterprise (the tally's enterprise key), some towns apart. */
function roster(set: number, rows: number): Buffer {
  const lines = ['姓名,身份证号码,联系电话,乡镇,意向企业,报名日期'];
  for (let r = 0; r < rows; r++) {
    const enterprise = r % 3 === 0 ? ENTERPRISE : r % 3 === 1 ? '服从安排' : '';
    const phone = `137${String(set).padStart(4, '0')}${String(r).padStart(4, '0')}`;
    lines.push(`易${r},${idNumber(set, r)},${phone},野三关镇,${enterprise},2022/2/${1 + (r % 20)}`);
  }
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
}

async function preview(b: Backend, set: number, rows: number): Promise<Preview> {
  const staged = await b.imports.staging.stageBytes(`roster-${set}.csv`, roster(set, rows));
  return call(b, 'imports.preview', { fileId: staged.fileId, countyCode: '422823' });
}

async function importRoster(b: Backend, set: number, rows: number) {
  const p = await preview(b, set, rows);
  return call(b, 'imports.commit', { previewId: p.previewId });
}

const tallies = (b: Backend) => ({
  seekers: b.store.db.all(
    'SELECT * FROM seeker_tally WHERE people <> 0 ORDER BY county_code, enterprise_id, employer_id, stage, reached, entry_date',
  ),
  events: b.store.db.all(
    'SELECT * FROM event_tally WHERE n <> 0 ORDER BY type, county_code, enterprise_id, reason, date',
  ),
});

/** Enterprise ids differ between databases: compare tallies with the enterprise's name in its place. */
function named(b: Backend, t: ReturnType<typeof tallies>) {
  const names = new Map(
    b.store.db
      .all<{ id: string; name: string }>('SELECT id, name FROM enterprises')
      .map((e) => [e.id, e.name]),
  );
  const swap = (rows: Record<string, unknown>[]) =>
    rows.map((r) => ({ ...r, enterprise_id: names.get(String(r.enterprise_id)) ?? r.enterprise_id }));
  return { seekers: swap(t.seekers), events: swap(t.events) };
}

describe('a large import', () => {
  it('keeps the same tallies as the per-row triggers do', async () => {
    const small = await backend();
    const large = await backend(BULK);
    for (const { b } of [small, large]) {
      await importRoster(b, 1, 60);
      await importRoster(b, 2, 45);
    }
    expect(named(large.b, tallies(large.b))).toEqual(named(small.b, tallies(small.b)));
    expect(tallies(large.b).seekers.length).toBeGreaterThan(1);
    // And the same as counting from scratch.
    const fromScratch = large.b.store.db.all(
      `SELECT county_code, COALESCE(enterprise_id, '') AS enterprise_id, stage, COUNT(*) AS people
       FROM seekers GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    );
    const kept = large.b.store.db.all(
      `SELECT county_code, enterprise_id, stage, SUM(people) AS people FROM seeker_tally
       GROUP BY 1, 2, 3 HAVING SUM(people) <> 0 ORDER BY 1, 2, 3`,
    );
    expect(kept).toEqual(fromScratch);
    // The triggers are back for everything written after it.
    const triggers = large.b.store.db.all<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN ('seeker_tally_insert', 'event_tally_insert') ORDER BY name",
    );
    expect(triggers.map((t) => t.name)).toEqual(['event_tally_insert', 'seeker_tally_insert']);
  });

  it('is written to the database file before it is acknowledged, not to the journal', async () => {
    const { b, dataDir } = await backend(BULK);
    const result = await importRoster(b, 3, 60);
    expect(result.counts.imported).toBe(60);
    expect(fs.existsSync(path.join(dataDir, JOURNAL_FILE_NAME))).toBe(false);
    const onDisk = await openFile(path.join(dataDir, DB_FILE_NAME));
    try {
      expect(onDisk.get<{ n: number }>('SELECT COUNT(*) AS n FROM seekers')?.n).toBe(60);
      expect(onDisk.get<{ n: number }>('SELECT COUNT(*) AS n FROM import_batches')?.n).toBe(1);
    } finally {
      onDisk.close();
    }
    // Later small changes go to the journal again, and a restart finds everything.
    await call(b, 'enterprises.save', enterpriseInput('恩施大象科技有限公司'));
    expect(fs.existsSync(path.join(dataDir, JOURNAL_FILE_NAME))).toBe(true);
    const saved = await openSavedState(path.join(dataDir, DB_FILE_NAME));
    try {
      expect(saved.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM seekers')?.n).toBe(60);
      expect(saved.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM enterprises')?.n).toBe(2);
    } finally {
      await saved.close();
    }
  });

  it('skips people registered since the preview, as a small import does', async () => {
    const { b } = await backend(BULK);
    const p = await preview(b, 4, 60);
    await importRoster(b, 4, 12); // the first 12 of the same people, imported meanwhile
    const result = await call(b, 'imports.commit', { previewId: p.previewId });
    expect(result.counts).toMatchObject({ imported: 48, duplicates: 12 });
    expect(b.store.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM seekers')?.n).toBe(60);
  });

  it('is refused whole when the save fails, leaves memory and disk as they were, and the next save works', async () => {
    const writeFs = new FaultyFs();
    const { b, dataDir } = await backend({ ...BULK, writeFs });
    await importRoster(b, 5, 40);
    await call(b, 'enterprises.save', enterpriseInput('恩施大象科技有限公司')); // journaled
    const p = await preview(b, 6, 60);
    writeFs.writeError = fsError('ENOSPC', 'write');
    const refused = await b.invoke('imports.commit', { previewId: p.previewId });
    expect(errorOf(refused).code).toBe('storage');
    writeFs.writeError = null;
    const count = (sql: string) => b.store.db.get<{ n: number }>(sql)?.n;
    expect(count('SELECT COUNT(*) AS n FROM seekers')).toBe(40);
    expect(count('SELECT COUNT(*) AS n FROM import_batches')).toBe(1);
    expect(count('SELECT COUNT(*) AS n FROM enterprises')).toBe(2);
    expect(count('SELECT SUM(people) AS n FROM seeker_tally')).toBe(40);

    // The refused preview is committed again as it is, without previewing the file again.
    expect((await call(b, 'imports.commit', { previewId: p.previewId })).counts.imported).toBe(60);
    await call(b, 'enterprises.save', enterpriseInput('恩施硒谷电子有限公司'));
    const saved = await openSavedState(path.join(dataDir, DB_FILE_NAME));
    try {
      expect(saved.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM seekers')?.n).toBe(100);
      expect(saved.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM enterprises')?.n).toBe(3);
    } finally {
      await saved.close();
    }
  });
});
