import { execFileSync } from 'node:child_process';
import type { SqlValue } from 'sql.js';
import { median } from './figures';

export const SQLITE3 = process.env.SQLITE3 ?? '/usr/bin/sqlite3';

/** A statement with its parameters written in as literals, for the sqlite3 command-line tool. */
export function inline(sql: string, params: readonly SqlValue[]): string {
  let i = 0;
  return sql.replace(/\?/g, () => {
    const v = params[i++];
    if (v === null || v === undefined) return 'NULL';
    if (typeof v === 'number') return String(v);
    if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
    throw new Error('blob parameters are not inlined');
  });
}

/** Median wall time (ms) the native sqlite3 tool reports for a statement, run `times` times on a file. */
export function nativeMs(file: string, sql: string, times = 7): number {
  const script = [
    '.timer on',
    '.output /dev/null',
    ...Array.from({ length: times }, () => `${sql.replace(/\s+/g, ' ')};`),
  ].join('\n');
  const out = execFileSync(SQLITE3, [file], { input: script, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const runs = [...out.matchAll(/Run Time: real ([\d.]+)/g)].map((m) => Number(m[1]) * 1000);
  if (runs.length !== times)
    throw new Error(`sqlite3 printed ${runs.length} timings:\n${out.slice(0, 2000)}`);
  return median(runs);
}

export function runNative(file: string, sql: string): void {
  execFileSync(SQLITE3, [file], { input: sql, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The first column of each row a statement returns, as text. */
export function nativeColumn(file: string, sql: string): string[] {
  const out = execFileSync(SQLITE3, [file], { input: `${sql.replace(/\s+/g, ' ')};`, encoding: 'utf8' });
  return out.split('\n').filter((l) => l !== '');
}
