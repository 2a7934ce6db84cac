import type { DemandLine } from './enterprise';
import { stripSpaces, toHalfWidth } from './normalise';

/**
 * The overlap rule. An enterprise's demand is the sum of its lines, so two lines of one enterprise
 * for the same post whose periods share a day count the same people twice (an H1 line of 1,200
 * beside the Q1 line of 1,200 it restates makes 2,400). Such a line is a conflict: an import asks
 * whether it replaces the lines it overlaps, is kept beside them, or is skipped; the enterprise form
 * asks before saving it; the command line skips it unless told otherwise. Archived lines count for
 * nothing and overlap nothing.
 */
export type QuotaLine = Pick<DemandLine, 'post' | 'headcount' | 'periodStart' | 'periodEnd'> & {
  archived?: boolean;
};

/** A post as compared: full-width letters and brackets as half-width, no spaces (普工(组装) = 普工（组装）). */
export const postKey = (post: string): string => stripSpaces(toHalfWidth(post));

/** Inclusive ISO periods that share at least one day. */
export function periodsOverlap(
  a: Pick<QuotaLine, 'periodStart' | 'periodEnd'>,
  b: Pick<QuotaLine, 'periodStart' | 'periodEnd'>,
): boolean {
  return a.periodStart <= b.periodEnd && b.periodStart <= a.periodEnd;
}

/** Whether two lines of one enterprise would count the same quota twice. */
export function linesOverlap(a: QuotaLine, b: QuotaLine): boolean {
  return !a.archived && !b.archived && postKey(a.post) === postKey(b.post) && periodsOverlap(a, b);
}

/** The lines among `others` (the same enterprise's) that `line` overlaps. */
export function overlapsOf<T extends QuotaLine>(line: QuotaLine, others: readonly T[]): T[] {
  return others.filter((o) => linesOverlap(line, o));
}

/** The post's demand over those periods if the line is kept beside the lines it overlaps. */
export function totalKeepingBoth(line: QuotaLine, overlaps: readonly QuotaLine[]): number {
  return overlaps.reduce((n, o) => n + o.headcount, line.headcount);
}

/** One line of a save that overlaps others: positions in the saved list. */
export interface LineOverlap {
  index: number;
  others: number[];
  /** The post's demand with all of them kept. */
  total: number;
}

type SavedLine = QuotaLine & { id?: string | undefined };

/**
 * A line the save could make a double count with: a new one, or one whose post or period changed
 * or that came back from the archive. Lines kept as they were are not asked about again (a
 * conflict kept on purpose stays kept).
 */
function movedOrNew(line: SavedLine, before: ReadonlyMap<string, QuotaLine>): boolean {
  const was = line.id === undefined ? undefined : before.get(line.id);
  if (!was) return true;
  return (
    postKey(was.post) !== postKey(line.post) ||
    was.periodStart !== line.periodStart ||
    was.periodEnd !== line.periodEnd ||
    (was.archived === true && line.archived !== true)
  );
}

/**
 * The overlaps a save of one enterprise's lines would create: `after` is every line it will have
 * (in the order shown), `before` the lines it had. Each overlapping pair is reported once, on the
 * line that was added or moved (the later one when both were).
 */
export function overlapsOnSave(before: readonly (QuotaLine & { id: string })[], after: readonly SavedLine[]) {
  const was = new Map(before.map((l) => [l.id, l]));
  const moved = after.map((l) => movedOrNew(l, was));
  const found: LineOverlap[] = [];
  after.forEach((line, index) => {
    if (!moved[index]) return;
    const others = after
      .map((o, j) => ({ o, j }))
      .filter(({ o, j }) => j !== index && !(moved[j] && j > index) && linesOverlap(line, o))
      .map(({ j }) => j);
    if (others.length > 0) {
      found.push({
        index,
        others,
        total: totalKeepingBoth(
          line,
          others.map((j) => after[j]!),
        ),
      });
    }
  });
  return found;
}
