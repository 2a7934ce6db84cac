import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../electron/cli/main';
import { NO_PERMISSION, PASSWORD_ENV } from '../../../electron/cli/sign-in';
import { tempDirs } from '../support/temp-dir';
import { ROSTERS } from '../backend/imports/samples';

const dirs = tempDirs();
afterAll(() => {
  delete process.env[PASSWORD_ENV];
  dirs.cleanup();
});

/** Every command below signs in as this admin (made by `setup` at the start of each folder). */
const ADMIN = ['--user', '王主任'];

/** Runs the command line in-process; returns its exit code and what it printed. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi
    .spyOn(console, 'error')
    .mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  try {
    const code = await main(args[0] === 'setup' || args.includes('--user') ? args : [...args, ...ADMIN]);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('spring-breeze import / export', () => {
  const dataDir = dirs.make();
  const roster = path.join(ROSTERS, 'badong-signups.csv');

  beforeAll(async () => {
    process.env[PASSWORD_ENV] = 'admin-password';
    const made = await run(['setup', '--data-dir', dataDir, ...ADMIN]);
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/Recovery key .*\n  ([A-Z2-9]{4}-){12}[A-Z2-9]{4}$/s);
  });

  it('imports an enterprise demand sheet the same way', async () => {
    const { code, out } = await run([
      'import',
      path.join(ROSTERS, 'enterprise-demand-h1.xlsx'),
      '--data-dir',
      dataDir,
    ]);
    expect(code).toBe(0);
    expect(out).toContain('(demand, header row 1): 15 rows, imported 15');
  });

  it('skips a demand line overlapping a kept line of the same post (demand_overlap) unless told to keep it', async () => {
    // The sheet above gave Luxshare 1,200 普工（组装） for the first half; March restates part of it.
    const march = path.join(dirs.make(), 'march.csv');
    writeFileSync(
      march,
      '企业名称,岗位,需求人数,开始日期,截止日期\n立讯精密工业（恩施）有限公司,普工（组装）,300,2022-03-01,2022-03-31\n',
    );
    const skipped = await run(['import', march, '--data-dir', dataDir, '--json']);
    expect(skipped.code).toBe(0);
    const result = JSON.parse(skipped.out) as { imported: number; conflicts: number; problems: unknown[] };
    expect(result).toMatchObject({ imported: 0, conflicts: 1 });
    expect(result.problems).toEqual([
      { row: 2, column: '岗位', code: 'demand_overlap', message: expect.stringContaining('1200') },
    ]);
    const text = await run(['import', march, '--data-dir', dataDir, '--dry-run']);
    expect(text.out).toContain('Skipped 1 demand lines overlapping lines already kept (demand_overlap)');

    const kept = await run(['import', march, '--data-dir', dataDir, '--json', '--keep-overlapping']);
    expect(JSON.parse(kept.out)).toMatchObject({ imported: 1, conflicts: 0 });
    const both = await run([
      'import',
      march,
      '--data-dir',
      dataDir,
      '--keep-overlapping',
      '--replace-overlapping',
    ]);
    expect(both.code).toBe(64);
  });

  it('prints one JSON object and exits 0 although rows were rejected', async () => {
    const { code, out } = await run(['import', roster, '--data-dir', dataDir, '--json']);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(result).toMatchObject({ rows: 320, imported: 312, rejected: 6, duplicates: 2 });
    expect(typeof result.normalised).toBe('number');
    const problems = result.problems as { row: number; column: string; code: string; message: string }[];
    expect(problems.map((p) => p.code).sort()).toEqual([
      'duplicate_in_file',
      'duplicate_in_file',
      'id_checksum',
      'id_checksum',
      'id_checksum',
      'name_missing',
      'phone_invalid',
      'phone_invalid',
    ]);
    expect(problems[0]).toEqual({
      row: 29,
      column: '联系电话',
      code: 'phone_invalid',
      // Quoted values are masked like every other screen.
      message: expect.stringContaining('***9384'),
    });
  });

  it('reports people already registered on a second import; --dry-run writes nothing', async () => {
    const { code, out } = await run(['import', roster, '--data-dir', dataDir, '--json', '--dry-run']);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { imported: number; duplicates: number; problems: { code: string }[] };
    expect(result.imported).toBe(0);
    expect(result.duplicates).toBe(314);
    expect(result.problems.filter((p) => p.code === 'duplicate_in_db')).toHaveLength(312);
  });

  it('exits non-zero with a one-line reason when the file cannot be read', async () => {
    const bad = path.join(dirs.make(), 'photo.xlsx');
    writeFileSync(bad, Buffer.from('89504e470d0a1a0a'.repeat(64), 'hex'));
    const { code, err, out } = await run(['import', bad, '--data-dir', dataDir, '--json']);
    expect(code).not.toBe(0);
    expect(out).toBe('');
    expect(err.split('\n')).toHaveLength(1);
    expect(err).toContain('not a spreadsheet');
    const missing = await run(['import', '/no/such/file.csv', '--data-dir', dataDir]);
    expect(missing.code).not.toBe(0);
    expect(missing.err.split('\n')).toHaveLength(1);
  });

  it('exports every job seeker, masked unless --unmasked', async () => {
    const out = path.join(dirs.make(), 'seekers.xlsx');
    expect((await run(['export', 'seekers', '--out', out, '--data-dir', dataDir])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(313);
    const idColumn = (ws.getRow(1).values as unknown[]).indexOf('身份证号');
    expect(String(ws.getRow(2).getCell(idColumn).value)).toMatch(/^4228\d\d\*+\d{3}[\dX]$/);
    const csv = path.join(dirs.make(), 'seekers.csv');
    const noReason = await run(['export', 'seekers', '--out', csv, '--data-dir', dataDir, '--unmasked']);
    expect(noReason).toMatchObject({ code: 64, err: expect.stringContaining('--reason') });
    const r = await run([
      'export',
      'seekers',
      '--out',
      csv,
      '--data-dir',
      dataDir,
      '--unmasked',
      '--reason',
      '报送人社厅',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('audit');
    expect((await run(['export', 'seekers', '--out', 'x.pdf', '--data-dir', dataDir])).code).not.toBe(0);
  });
});

describe('signing in at the command line', () => {
  const dataDir = dirs.make();

  it('refuses a folder without accounts, a missing --user and a wrong password', async () => {
    const none = await run(['stats', '--data-dir', dataDir, ...ADMIN]);
    expect(none).toMatchObject({ code: 64, err: expect.stringContaining('no accounts yet') });
    process.env[PASSWORD_ENV] = 'admin-password';
    expect((await run(['setup', '--data-dir', dataDir, ...ADMIN])).code).toBe(0);
    const noUser = await main(['stats', '--data-dir', dataDir]).catch(() => -1);
    expect(noUser).toBe(64);
    process.env[PASSWORD_ENV] = 'not-it';
    const wrong = await run(['stats', '--data-dir', dataDir, ...ADMIN]);
    expect(wrong).toMatchObject({
      code: NO_PERMISSION,
      err: expect.stringContaining('Wrong account name or password'),
    });
    process.env[PASSWORD_ENV] = 'admin-password';
    expect((await run(['stats', '--data-dir', dataDir, ...ADMIN])).code).toBe(0);
  });

  it('loads the demo into an empty folder as a demo admin whose password it prints once', async () => {
    const demoDir = dirs.make();
    const { code, out } = await run(['demo', '--data-dir', demoDir, '--user', '']);
    expect(code).toBe(0);
    const password = /Sign in as "demo" with the password ([a-z0-9]{16})/.exec(out)?.[1];
    expect(password).toBeDefined();
    process.env[PASSWORD_ENV] = password;
    const stats = await run(['stats', '--data-dir', demoDir, '--user', 'demo', '--json']);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.out)).toMatchObject({ employed: expect.any(Number) });
    process.env[PASSWORD_ENV] = 'admin-password';
  }, 180_000);
});
