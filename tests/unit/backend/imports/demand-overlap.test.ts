import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { DEMO_ENTERPRISES } from '../../../../electron/backend/demo/demo-data';
import type { ChannelInput } from '../../../../shared/contract/channels';
import { fakeClock } from '../../support/clock';
import { call, errorOf } from '../../support/fixtures';
import { tempDirs } from '../../support/temp-dir';
import { sample } from './samples';

const dirs = tempDirs();
const clock = fakeClock('2022-03-10T08:00:00.000Z');
const H1 = { period: { start: '2022-01-01', end: '2022-06-30' } };
let backend: Backend;

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
  // The demo's eight enterprises and their lines (6,800 in the first half), without its people.
  for (const e of DEMO_ENTERPRISES) {
    await call(backend, 'enterprises.save', {
      name: e.name,
      shortName: e.shortName,
      lines: e.lines.map((l) => ({
        post: l.post,
        headcount: l.headcount,
        periodStart: l.periodStart,
        periodEnd: l.periodEnd,
        shiftPattern: l.shiftPattern,
        payMin: l.pay[0],
        payMax: l.pay[1],
      })),
    });
  }
});
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

const demand = async () => (await call(backend, 'counts.summary', H1)).demand;
const luxshare = async () =>
  (await call(backend, 'enterprises.list', {})).find((e) => e.shortName === '立讯')!;

async function preview() {
  const staged = await backend.imports.staging.stageBytes(
    'enterprise-demand-h1.xlsx',
    sample('enterprise-demand-h1.xlsx'),
  );
  return call(backend, 'imports.preview', { fileId: staged.fileId });
}

describe('a demand sheet overlapping the lines already kept', () => {
  it('marks the three Luxshare H1 lines as conflicts, each beside the Q1 and Q2 lines it overlaps', async () => {
    expect(await demand()).toBe(6800);
    const p = await preview();
    expect(p.counts).toMatchObject({ rows: 15, imported: 0, duplicates: 12, conflicts: 3 });
    expect(p.overlaps.map((o) => [o.row, o.line.post, o.existing.map((l) => l.headcount)])).toEqual([
      [2, '普工（组装）', [1200, 900]],
      [3, '屏幕刷测员', [400]],
      [4, '宝妈线普工', [500, 300]],
    ]);
    const row2 = p.rows.find((r) => r.row === 2)!;
    expect(row2.status).toBe('conflict');
    expect(row2.problems).toEqual([
      expect.objectContaining({
        code: 'demand_overlap',
        severity: 'conflict',
        column: '岗位',
        params: { post: '普工（组装）', existing: 2100, total: 3300 },
      }),
    ]);
  });

  it('skips them unless the user chooses: the demand stays 6,800', async () => {
    const p = await preview();
    const { counts, batch } = await call(backend, 'imports.commit', { previewId: p.previewId });
    expect(counts).toMatchObject({ imported: 0, conflicts: 3 });
    expect(batch!.problemRows).toBe(15);
    expect(await demand()).toBe(6800);
  });

  it('replaces (archiving the lines overlapped), keeps both, or skips, row by row; an undo restores', async () => {
    const p = await preview();
    const { counts, batch } = await call(backend, 'imports.commit', {
      previewId: p.previewId,
      overlaps: [
        { row: 2, choice: 'replace' },
        { row: 3, choice: 'keep_both' },
        { row: 4, choice: 'skip' },
      ],
    });
    expect(counts).toMatchObject({ imported: 2, conflicts: 1, duplicates: 12 });
    expect(await demand()).toBe(6800 - 2100 + 1200 + 400);
    const assembly = (await luxshare()).lines.filter((l) => l.post === '普工（组装）');
    expect(assembly.map((l) => [l.periodStart, l.headcount, l.archived])).toEqual(
      expect.arrayContaining([
        ['2022-01-01', 1200, true],
        ['2022-04-01', 900, true],
        ['2022-01-01', 1200, false],
        ['2022-07-01', 1800, false],
      ]),
    );
    await call(backend, 'imports.undo', { batchId: batch!.id });
    expect(await demand()).toBe(6800);
    expect((await luxshare()).lines.filter((l) => l.archived)).toEqual([]);
  });
});

describe('the enterprise save applies the same rule', () => {
  it('refuses a new line overlapping another of the same post, unless told to keep both', async () => {
    const lux = await luxshare();
    const input: ChannelInput<'enterprises.save'> = {
      id: lux.id,
      name: lux.name,
      shortName: lux.shortName,
      lines: [
        {
          post: '普工(组装)',
          headcount: 1200,
          periodStart: '2022-01-01',
          periodEnd: '2022-06-30',
          shiftPattern: 'long_day',
          payMin: null,
          payMax: null,
        },
      ],
    };
    const refused = errorOf(await backend.invoke('enterprises.save', input));
    expect(refused).toMatchObject({
      code: 'conflict',
      message: 'v.demand_overlap',
      params: { line: 1, post: '普工(组装)', count: 2, total: 3300 },
      issues: [{ path: ['lines', 0, 'periodStart'], message: 'v.demand_overlap_line' }],
    });
    expect(await demand()).toBe(6800);
    await call(backend, 'enterprises.save', { ...input, allowOverlap: true });
    expect(await demand()).toBe(8000);
    // Saved again unchanged, a conflict kept on purpose is not asked about again.
    const kept = await luxshare();
    await call(backend, 'enterprises.save', {
      id: kept.id,
      name: kept.name,
      shortName: kept.shortName,
      notes: '已确认',
      lines: [],
    });
  });
});
