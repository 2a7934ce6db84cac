/** Prints one benchmark figure as a table row: measure, figure, target, ratio (figure ÷ target). */
export function report(measure: string, figureMs: number, targetMs: number | null, baseline = ''): void {
  const ratio = targetMs ? (figureMs / targetMs).toFixed(2) : '';
  const row = [
    measure.padEnd(58),
    `${figureMs.toFixed(1)} ms`.padStart(12),
    targetMs ? `≤ ${targetMs} ms` : '',
  ];
  console.log(`BENCH | ${row.join(' | ')} | ${baseline} | ${ratio}`);
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
