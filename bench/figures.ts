import { test } from '@playwright/test';

/** One row of the benchmark table; the table reporter collects these from every benchmark. */
export interface BenchRow {
  measure: string;
  /** Null when it could not be measured (a baseline's tool missing); the baseline cell says why. */
  figureMs: number | null;
  targetMs: number | null;
  baseline: string;
  /** figure ÷ target, when there is a target. */
  ratio: number | null;
  /** What figure and target count; milliseconds unless said. */
  unit?: 'ms' | 'MB';
}

/** Annotation type under which report() hands its row to the table reporter. */
export const BENCH_ANNOTATION = 'bench';

/**
 * Prints one benchmark figure as a row (measure, figure, target, baseline, ratio = figure ÷ target)
 * and records it on the running test, so that `npm run bench` ends with one table of every row.
 */
export function report(
  measure: string,
  figureMs: number | null,
  targetMs: number | null,
  baseline = '',
  unit: 'ms' | 'MB' = 'ms',
): void {
  const row: BenchRow = {
    measure,
    figureMs,
    targetMs,
    baseline,
    ratio: targetMs && figureMs !== null ? figureMs / targetMs : null,
    unit,
  };
  const cells = formatRow(row);
  console.log(
    `BENCH | ${cells.measure.padEnd(58)} | ${cells.figure.padStart(12)} | ${cells.target} | ${cells.baseline} | ${cells.ratio}`,
  );
  test.info().annotations.push({ type: BENCH_ANNOTATION, description: JSON.stringify(row) });
}

/** A row's cells as printed. */
export function formatRow(
  row: BenchRow,
): Record<'measure' | 'figure' | 'target' | 'baseline' | 'ratio', string> {
  return {
    measure: row.measure,
    figure: row.figureMs === null ? 'not measured' : `${row.figureMs.toFixed(1)} ${row.unit ?? 'ms'}`,
    target: row.targetMs ? `≤ ${row.targetMs} ${row.unit ?? 'ms'}` : '',
    baseline: row.baseline,
    ratio: row.ratio === null ? '' : row.ratio.toFixed(2),
  };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
