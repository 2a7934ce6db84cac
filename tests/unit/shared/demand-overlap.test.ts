import { describe, expect, it } from 'vitest';
import {
  linesOverlap,
  overlapsOf,
  overlapsOnSave,
  periodsOverlap,
  postKey,
  totalKeepingBoth,
  type QuotaLine,
} from '../../../shared/domain/demand-overlap';

const line = (post: string, headcount: number, periodStart: string, periodEnd: string, archived = false) => ({
  post,
  headcount,
  periodStart,
  periodEnd,
  archived,
});
const Q1 = ['2022-01-01', '2022-03-31'] as const;
const Q2 = ['2022-04-01', '2022-06-30'] as const;
const H1 = ['2022-01-01', '2022-06-30'] as const;

describe('the demand overlap rule', () => {
  it('periods overlap when they share a day, the ends included', () => {
    expect(
      periodsOverlap({ periodStart: Q1[0], periodEnd: Q1[1] }, { periodStart: H1[0], periodEnd: H1[1] }),
    ).toBe(true);
    expect(
      periodsOverlap({ periodStart: Q1[0], periodEnd: Q1[1] }, { periodStart: Q2[0], periodEnd: Q2[1] }),
    ).toBe(false);
    expect(
      periodsOverlap(
        { periodStart: Q1[0], periodEnd: Q1[1] },
        { periodStart: '2022-03-31', periodEnd: '2022-04-30' },
      ),
    ).toBe(true);
  });

  it('a line overlaps another of the same post, written either way, whose period shares a day', () => {
    expect(postKey(' 普工(组装) ')).toBe(postKey('普工（组装）'));
    expect(linesOverlap(line('普工（组装）', 1200, ...H1), line('普工(组装)', 1200, ...Q1))).toBe(true);
    expect(linesOverlap(line('普工（组装）', 1200, ...H1), line('屏幕刷测员', 400, ...Q1))).toBe(false);
    expect(linesOverlap(line('普工', 1200, ...Q2), line('普工', 1200, ...Q1))).toBe(false);
  });

  it('an archived line counts for nothing, so it overlaps nothing', () => {
    expect(linesOverlap(line('普工', 1200, ...H1), line('普工', 1200, ...Q1, true))).toBe(false);
  });

  it("the demo's Luxshare H1 assembly line overlaps its Q1 and Q2 lines: kept both, 3,300", () => {
    const existing: QuotaLine[] = [
      line('普工（组装）', 1200, ...Q1),
      line('屏幕刷测员', 400, ...Q1),
      line('普工（组装）', 900, ...Q2),
      line('普工（组装）', 1800, '2022-07-01', '2022-12-31'),
    ];
    const h1 = line('普工（组装）', 1200, ...H1);
    const hits = overlapsOf(h1, existing);
    expect(hits.map((l) => l.headcount)).toEqual([1200, 900]);
    expect(totalKeepingBoth(h1, hits)).toBe(3300);
  });

  it('a save reports the added or moved line, each pair once, not lines kept as they were', () => {
    const before = [
      { id: 'a', ...line('普工', 1200, ...Q1) },
      { id: 'b', ...line('普工', 900, ...Q2) },
    ];
    // Unchanged lines (even an overlapping pair kept on purpose) are not asked about.
    expect(overlapsOnSave(before, before)).toEqual([]);
    expect(overlapsOnSave(before, [...before, line('普工', 1200, ...H1)])).toEqual([
      { index: 2, others: [0, 1], total: 3300 },
    ]);
    // Moving Q2 onto Q1's period: reported on the moved line.
    expect(overlapsOnSave(before, [before[0]!, { ...before[1]!, periodStart: '2022-03-01' }])).toEqual([
      { index: 1, others: [0], total: 2100 },
    ]);
    // Two new lines overlapping each other: once, on the later one.
    expect(overlapsOnSave([], [line('普工', 10, ...Q1), line('普工', 20, ...H1)])).toEqual([
      { index: 1, others: [0], total: 30 },
    ]);
    // Brought back from the archive.
    const archived = [{ id: 'c', ...line('普工', 50, ...H1, true) }];
    expect(
      overlapsOnSave([...before, ...archived], [...before, { ...archived[0]!, archived: false }]),
    ).toEqual([{ index: 2, others: [0, 1], total: 2150 }]);
  });
});
