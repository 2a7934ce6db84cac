import { test } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Backend } from '../electron/backend/backend';
import { DB_FILE_NAME } from '../electron/backend/db/store';
import type { CommitResult, Preview } from '../shared/contract/imports';
import { report } from './figures';
import { runNative, SQLITE3 } from './native-sqlite';
import { rosterRows, toCsv, toXlsx } from './roster-generator';

const ROWS = 100_000;
const ENTERPRISES = ['立讯精密工业（恩施）有限公司', '恩施华鑫科技有限公司', '恩施大象科技有限公司'];

/** Peak resident memory of this process while `fn` runs, sampled every 10 ms. */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peakMb: peak / 1048576 };
  } finally {
    clearInterval(timer);
  }
}

async function ok<T>(p: Promise<{ ok: boolean; data?: unknown; error?: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data as T;
}

/**
 * The roster of people already registered, and the one to import as CSV and .xlsx. The rows are not
 * kept: the peak memory measured while importing is the import's, not the generator's.
 */
function writeRosters(existingCsv: string, csv: string, xlsx: string): void {
  writeFileSync(existingCsv, toCsv(rosterRows(ROWS, 0)));
  const rows = rosterRows(ROWS, 1);
  writeFileSync(csv, toCsv(rows));
  writeFileSync(xlsx, toXlsx(rows));
}

/** Read from disk, parse, check, find duplicates against the database, commit: what a user waits for. */
async function importFile(
  backend: Backend,
  file: string,
): Promise<{ ms: number; cpuMs: number; phases: string; result: CommitResult }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const bytes = readFileSync(file);
  const staged = await backend.imports.staging.stageBytes(path.basename(file), bytes);
  const t1 = performance.now();
  const preview = await ok<Preview>(
    backend.invoke('imports.preview', { fileId: staged.fileId, countyCode: '422823' }),
  );
  const t2 = performance.now();
  const result = await ok<CommitResult>(backend.invoke('imports.commit', { previewId: preview.previewId }));
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const phases = `read ${(t1 - t0).toFixed(0)} + parse/check/duplicates ${(t2 - t1).toFixed(0)} + commit ${(t3 - t2).toFixed(0)} ms`;
  // CPU time as well: on a shared, busy machine wall time also measures the neighbours.
  return { ms: t3 - t0, cpuMs: (cpu.user + cpu.system) / 1000, phases, result };
}

function timeCommand(cmd: string, args: string[]): number | null {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: 'ignore', timeout: 300_000 });
  if (r.error || r.status !== 0) return null;
  return performance.now() - t0;
}

/**
 * The rows an import of 100k people wrote (people, registrations, sign-up events), inserted again by
 * native sqlite3 into the same tables with the same indexes and constraints, in one transaction on a
 * copy of the file (the tally triggers suspended, as the import does): the floor for the commit
 * with this schema, whatever runs SQLite. Milliseconds, or null without sqlite3.
 */
function nativeInsertMs(dbFile: string, dir: string, firstNewSeq: number): number | null {
  if (!existsSync(SQLITE3)) return null;
  const file = path.join(dir, 'native.sqlite');
  copyFileSync(dbFile, file);
  const after = `> ${firstNewSeq - 1}`;
  try {
    runNative(
      file,
      `DROP TRIGGER seeker_tally_insert; DROP TRIGGER event_tally_insert;
      CREATE TABLE bench_s AS SELECT * FROM seekers WHERE seq ${after};
      CREATE TABLE bench_r AS SELECT * FROM registrations WHERE seeker_seq ${after};
      CREATE TABLE bench_e AS SELECT * FROM seeker_events WHERE seeker_seq ${after};
      DELETE FROM seeker_events WHERE seeker_seq ${after};
      DELETE FROM registrations WHERE seeker_seq ${after};
      DELETE FROM seekers WHERE seq ${after};`,
    );
    const out = execFileSync(SQLITE3, [file], {
      // Dot-commands only at the start of a line.
      input: [
        'PRAGMA foreign_keys = ON;',
        '.timer on',
        'BEGIN;',
        'INSERT INTO seekers SELECT * FROM bench_s;',
        'INSERT INTO registrations SELECT * FROM bench_r;',
        'INSERT INTO seeker_events SELECT * FROM bench_e;',
        'COMMIT;',
      ].join('\n'),
      encoding: 'utf8',
    });
    return [...out.matchAll(/Run Time: real ([\d.]+)/g)].reduce((sum, m) => sum + Number(m[1]) * 1000, 0);
  } finally {
    rmSync(file, { force: true });
  }
}

function findSoffice(): string | null {
  for (const c of ['soffice', 'libreoffice']) {
    try {
      execFileSync('which', [c], { stdio: 'pipe' });
      return c;
    } catch {
      /* not installed */
    }
  }
  return null;
}

test('import a 100k-row roster against 100k people already registered', async () => {
  // Minutes, not seconds, on a busy shared machine; the figures say how far from the targets it is.
  test.setTimeout(1_800_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sb-bench-import-'));
  const dataDir = path.join(dir, 'data');
  const existingCsv = path.join(dir, 'existing.csv');
  const csv = path.join(dir, 'roster-100k.csv');
  const xlsx = path.join(dir, 'roster-100k.xlsx');
  writeRosters(existingCsv, csv, xlsx);

  const backend = await Backend.open({ dataDir });
  try {
    for (const name of ENTERPRISES) await ok(backend.invoke('enterprises.save', { name, lines: [] }));
    // 100k people already in the database (a first import, timed for information only).
    const first = await importFile(backend, existingCsv);
    report(
      `setup: 100k rows CSV into an empty database (${first.phases})`,
      first.ms,
      null,
      `CPU ${first.cpuMs.toFixed(0)} ms`,
    );

    const csvRun = await withPeakRss(() => importFile(backend, csv));
    if (csvRun.value.result.counts.imported !== ROWS)
      throw new Error(JSON.stringify(csvRun.value.result.counts));
    report(
      `CSV end to end, 100k rows vs 100k in db (${csvRun.value.phases})`,
      csvRun.value.ms,
      2000,
      `CPU ${csvRun.value.cpuMs.toFixed(0)} ms, peak RSS ${csvRun.peakMb.toFixed(0)} MB`,
    );

    const nativeMs = nativeInsertMs(path.join(dataDir, DB_FILE_NAME), dir, ROWS + 1);
    report(
      'baseline: native sqlite3 inserting the same 100k people (3 tables, same indexes)',
      nativeMs,
      null,
      nativeMs === null ? 'sqlite3 unavailable' : 'the commit’s floor with this schema',
    );

    // The same people again from .xlsx, under the same conditions: undo the CSV batch first.
    await ok(backend.invoke('imports.undo', { batchId: csvRun.value.result.batch!.id }));
    const xlsxRun = await withPeakRss(() => importFile(backend, xlsx));
    if (xlsxRun.value.result.counts.imported !== ROWS)
      throw new Error(JSON.stringify(xlsxRun.value.result.counts));
    report(
      `.xlsx end to end, 100k rows vs 100k in db (${xlsxRun.value.phases})`,
      xlsxRun.value.ms,
      5000,
      `CPU ${xlsxRun.value.cpuMs.toFixed(0)} ms, peak RSS ${xlsxRun.peakMb.toFixed(0)} MB`,
    );
    report(`peak RSS of the whole run`, Math.max(csvRun.peakMb, xlsxRun.peakMb), 1024, '', 'MB');
  } finally {
    await backend.close();
  }

  const sqliteMs = timeCommand('sqlite3', [':memory:', `.import --csv ${csv} roster`]);
  report(
    'baseline: sqlite3 :memory: ".import --csv" of the same CSV',
    sqliteMs,
    null,
    sqliteMs === null ? 'sqlite3 unavailable' : 'native lower bound',
  );
  const soffice = findSoffice();
  if (soffice) {
    const ms = timeCommand(soffice, [
      '--headless',
      '--convert-to',
      'csv',
      '--outdir',
      path.join(dir, 'lo'),
      xlsx,
    ]);
    report(
      'baseline: LibreOffice headless .xlsx → CSV of the same roster',
      ms,
      null,
      ms === null ? 'conversion failed' : 'what opening it costs',
    );
  } else {
    console.log('BENCH | baseline: LibreOffice headless .xlsx → CSV | unavailable (soffice not installed) |');
  }
  rmSync(dir, { recursive: true, force: true });
});
