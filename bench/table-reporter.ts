import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { BENCH_ANNOTATION, formatRow, type BenchRow } from './figures';

const COLUMNS = ['bench', 'measure', 'figure', 'target', 'baseline', 'ratio'] as const;
type Cells = Record<(typeof COLUMNS)[number], string>;

/** The machine the figures were measured on, for the line above the table. */
function machine(): string {
  const cpus = os.cpus();
  const gib = Math.round(os.totalmem() / 1024 ** 3);
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length}, ${gib} GiB, ${os.type()} ${os.release()}, Node ${process.versions.node}; load ${load}; ${fileSystem()}`;
}

/**
 * The file system the benchmarks' data folders are on (they are made under the temp folder): the
 * saving figures include fsync, which costs nothing on tmpfs and real time on a disk.
 */
function fileSystem(): string {
  const dir = os.tmpdir();
  try {
    const [type, source] = execFileSync('findmnt', ['-n', '-o', 'FSTYPE,SOURCE', '-T', dir], {
      encoding: 'utf8',
    })
      .trim()
      .split(/\s+/);
    return `data folders in ${dir} on ${type} (${source})`;
  } catch {
    return `data folders in ${dir}, file system unknown (no findmnt)`;
  }
}

/**
 * Prints, once every benchmark has run, one table of every row they reported (bench/figures.ts
 * report()), in the order they ran: bench, measure, figure, target, baseline, ratio.
 */
export default class TableReporter implements Reporter {
  private readonly rows: Cells[] = [];

  printsToStdio(): boolean {
    return true;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const bench = path.basename(test.location.file).replace(/\.bench\.ts$/, '');
    for (const a of result.annotations) {
      if (a.type !== BENCH_ANNOTATION || !a.description) continue;
      this.rows.push({ bench, ...formatRow(JSON.parse(a.description) as BenchRow) });
    }
  }

  onEnd(result: FullResult): void {
    if (this.rows.length === 0) return;
    const header: Cells = {
      bench: 'bench',
      measure: 'measure',
      figure: 'figure',
      target: 'target',
      baseline: 'baseline',
      ratio: 'ratio',
    };
    const width = (c: (typeof COLUMNS)[number]) =>
      Math.max(...[header, ...this.rows].map((r) => r[c].length));
    const line = (r: Cells) =>
      `| ${COLUMNS.map((c) => (c === 'figure' || c === 'ratio' ? r[c].padStart(width(c)) : r[c].padEnd(width(c)))).join(' | ')} |`;
    const rule = `|${COLUMNS.map((c) => '-'.repeat(width(c) + 2)).join('|')}|`;
    const out = [
      '',
      `Benchmarks (${result.status}): ${this.rows.length} figures on ${machine()}`,
      line(header),
      rule,
      ...this.rows.map(line),
      '',
    ];
    process.stdout.write(out.join('\n') + '\n');
  }
}
