import { COUNTIES } from '../../../shared/domain/counties';
import { cellText, type CellValue } from '../../../shared/imports/cells';
import { yearInText } from '../../../shared/imports/dates';

/** Text of the rows above the header (title, notes): where a county and a year are usually written. */
export function titleText(rows: readonly (readonly CellValue[])[], headerIndex: number): string {
  return rows
    .slice(0, headerIndex)
    .map((r) => r.map((c) => cellText(c)).join(' '))
    .join(' ');
}

/** The county named in the title (巴东县…花名册), else the one most ID numbers belong to. */
export function guessCounty(title: string, idNumbers: readonly (string | null)[]): string | null {
  for (const c of COUNTIES) {
    if (title.includes(c.nameZh) || title.includes(c.nameZh.replace(/[县市]$/, ''))) return c.code;
  }
  const tally = new Map<string, number>();
  for (const id of idNumbers) {
    if (!id) continue;
    const code = id.slice(0, 6);
    if (COUNTIES.some((c) => c.code === code)) tally.set(code, (tally.get(code) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [code, n] of tally) {
    if (n > most) {
      best = code;
      most = n;
    }
  }
  return best;
}

export function guessYear(title: string, today: string): number {
  return yearInText(title) ?? Number(today.slice(0, 4));
}
