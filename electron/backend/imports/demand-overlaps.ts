import type { OverlapChoice, OverlapDecision, PreviewOverlap } from '../../../shared/contract/imports';
import { overlapsOf, totalKeepingBoth } from '../../../shared/domain/demand-overlap';
import { severityOf } from '../../../shared/imports/problems';
import type { AnalysedRow } from './analysed-row';
import type { ExistingDemandLine } from './repos/import-lookups';

/**
 * Marks each demand row that would count a quota twice: its line overlaps a line already kept for
 * the same enterprise and post (the rule is shared/domain/demand-overlap.ts). Rows already refused
 * or found to be duplicates are left alone. The row remembers the lines, for the preview to show
 * beside it and for a commit that replaces them.
 */
export function markOverlaps(
  rows: AnalysedRow[],
  recorded: readonly ExistingDemandLine[],
  column: string,
): void {
  const byEnterprise = new Map<string, ExistingDemandLine[]>();
  for (const l of recorded)
    byEnterprise.set(l.enterpriseName, [...(byEnterprise.get(l.enterpriseName) ?? []), l]);
  for (const a of rows) {
    if (!a.demand || a.problems.some((p) => severityOf(p.code) === 'duplicate')) continue;
    const line = a.demand.line;
    const hits = overlapsOf(line, byEnterprise.get(a.demand.enterpriseName) ?? []);
    if (hits.length === 0) continue;
    a.overlaps = hits;
    a.problems.push({
      row: a.row,
      column,
      code: 'demand_overlap',
      params: {
        post: line.post,
        existing: hits.reduce((n, l) => n + l.headcount, 0),
        total: totalKeepingBoth(line, hits),
      },
    });
  }
}

/** The conflicting rows as the preview shows them: each line beside the lines it overlaps. */
export function previewOverlaps(rows: readonly AnalysedRow[]): PreviewOverlap[] {
  const pick = (l: { post: string; headcount: number; periodStart: string; periodEnd: string }) => ({
    post: l.post,
    headcount: l.headcount,
    periodStart: l.periodStart,
    periodEnd: l.periodEnd,
  });
  return rows
    .filter((r) => r.status === 'conflict' && r.demand)
    .map((r) => ({
      row: r.row,
      enterpriseName: r.demand!.enterpriseName,
      line: pick(r.demand!.line),
      existing: r.overlaps.map(pick),
    }));
}

/** The user's choices by row; a conflicting row without one is skipped. */
export type OverlapChoices = ReadonlyMap<number, OverlapChoice>;

export const choicesOf = (decisions: readonly OverlapDecision[]): OverlapChoices =>
  new Map(decisions.map((d) => [d.row, d.choice]));

/** Whether a commit writes the row: a good row, or a conflicting one the user chose to keep or let replace. */
export function isImported(r: AnalysedRow, choices: OverlapChoices): boolean {
  if (r.status === 'ok' || r.status === 'warning') return true;
  if (r.status !== 'conflict') return false;
  const choice = choices.get(r.row);
  return choice === 'keep_both' || choice === 'replace';
}
