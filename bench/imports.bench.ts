import { test } from '@playwright/test';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { DB_FILE_NAME, JOURNAL_FILE_NAME } from '../electron/backend/db/store';
import type { CommitResult } from '../shared/contract/imports';
import { report } from './figures';
import { runNative, SQLITE3 } from './native-sqlite';
import { rosterRows, toCsv, toXlsx } from './roster-generator';

const execFileAsync = promisify(execFile);

const ROWS = 100_000;
const ENTERPRISES = ['立讯精密工业（恩施）有限公司', '恩施华鑫科技有限公司', '恩施大象科技有限公司'];
const COUNTY = '422823';
/** One scenario in its own process (bench/import-child.cjs, the built backend). */
const CHILD = path.join(__dirname, 'import-child.cjs');
const BUILT = path.join(__dirname, '..', 'dist', 'electron', 'backend', 'backend.js');

/** What a scenario's process reports: times, counts and its peak resident memory (maxRSS). */
interface Scenario {
  ms: number;
  cpuMs: number;
  phases: { read: number; preview: number; commit: number };
  counts: CommitResult['counts'];
  /** Peak RSS once the database was open, before the import. */
  openedMb: number;
  /** Peak RSS of the whole process: open, import, commit. */
  peakMb: number;
}

/**
 * Imports `file` into the data folder in a process of its own: read from disk, parse, check, find
 * duplicates against the database, commit (what a user waits for). Its peak memory is the kernel's
 * maxRSS of that process, which nothing else shares and no sampling can miss.
 */
async function importInChild(
  dataDir: string,
  file: string,
  enterprises: readonly string[] = [],
): Promise<Scenario> {
  const { stdout } = await execFileAsync(
    process.execPath,
    [CHILD, JSON.stringify({ dataDir, file, countyCode: COUNTY, enterprises })],
    { maxBuffer: 16 * 1024 * 1024, timeout: 1_200_000 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Scenario;
}

const phasesOf = ({ phases: p }: Scenario) =>
  `read ${p.read.toFixed(0)} + parse/check/duplicates ${p.preview.toFixed(0)} + commit ${p.commit.toFixed(0)} ms`;

/** A copy of the database file (and its journal, if any) in a fresh data folder. */
function copyDatabase(from: string, to: string): void {
  mkdirSync(to);
  for (const name of [DB_FILE_NAME, JOURNAL_FILE_NAME])
    if (existsSync(path.join(from, name))) copyFileSync(path.join(from, name), path.join(to, name));
}

/**
 * The roster of people already registered, and the one to import as CSV and .xlsx. The rows are not
 * kept in any process that is measured.
 */
function writeRosters(existingCsv: string, csv: string, xlsx: string): void {
  writeFileSync(existingCsv, toCsv(rosterRows(ROWS, 0)));
  const rows = rosterRows(ROWS, 1);
  writeFileSync(csv, toCsv(rows));
  writeFileSync(xlsx, toXlsx(rows));
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
  if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run npm run build first`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sb-bench-import-'));
  const existingCsv = path.join(dir, 'existing.csv');
  const csv = path.join(dir, 'roster-100k.csv');
  const xlsx = path.join(dir, 'roster-100k.xlsx');
  writeRosters(existingCsv, csv, xlsx);

  // 100k people already in the database (a first import, timed for information only).
  const base = path.join(dir, 'base');
  const first = await importInChild(base, existingCsv, ENTERPRISES);
  report(
    `setup: 100k rows CSV into an empty database (${phasesOf(first)})`,
    first.ms,
    null,
    `CPU ${first.cpuMs.toFixed(0)} ms`,
  );

  // The CSV and the .xlsx each go into their own copy of that database: the same size, the same
  // free space, the same people already registered.
  const scenarios: [string, string, number][] = [
    ['CSV', csv, 2000],
    ['.xlsx', xlsx, 5000],
  ];
  for (const [format, file, targetMs] of scenarios) {
    const dataDir = path.join(dir, format.replace('.', ''));
    copyDatabase(base, dataDir);
    const run = await importInChild(dataDir, file);
    if (run.counts.imported !== ROWS) throw new Error(JSON.stringify(run.counts));
    report(
      `${format} end to end, 100k rows vs 100k in db (${phasesOf(run)})`,
      run.ms,
      targetMs,
      `CPU ${run.cpuMs.toFixed(0)} ms`,
    );
    report(
      `peak RSS, ${format} import: its own process (maxRSS), opening the 100k db included`,
      run.peakMb,
      1024,
      `database open alone ${run.openedMb.toFixed(0)} MB`,
      'MB',
    );
    if (format === 'CSV') {
      const nativeMs = nativeInsertMs(path.join(dataDir, DB_FILE_NAME), dir, ROWS + 1);
      report(
        'baseline: native sqlite3 inserting the same 100k people (3 tables, same indexes)',
        nativeMs,
        null,
        nativeMs === null ? 'sqlite3 unavailable' : 'the commit’s floor with this schema',
      );
    }
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
