import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { DB_FILE_NAME } from '../../../../electron/backend/db/store';
import { readSettings } from '../../../../electron/backend/app/repos/settings';
import { DEMO_TOWNS } from '../../../../electron/backend/demo/demo-data';
import { contract, type ChannelOutput } from '../../../../shared/contract/channels';
import { COUNTIES } from '../../../../shared/domain/counties';
import { demandByEnterprise, periodPresets, totalDemand } from '../../../../shared/domain/quotas';
import { fakeClock } from '../../support/clock';
import { openSavedState } from '../../support/db-file';
import { call, errorOf } from '../../support/fixtures';
import { fileDigest, tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
const clock = fakeClock('2026-02-11T08:00:00.000Z');
let backend: Backend;
let dir: string;
let summary: ChannelOutput<'demo.load'>;
let enterprises: ChannelOutput<'enterprises.list'>;

beforeAll(async () => {
  dir = dirs.make();
  backend = await Backend.open({ dataDir: dir, clock: clock.now });
  await call(backend, 'settings.update', { operatorName: '王主任' });
  clock.advance(5_000);
  summary = await call(backend, 'demo.load', {});
  enterprises = await call(backend, 'enterprises.list', {});
});
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

const LUXSHARE = '立讯';
const presets = () => periodPresets(enterprises.flatMap((e) => e.lines));
const preset = (key: string) => {
  const p = presets().find((x) => x.key === key);
  if (!p) throw new Error(`no preset ${key}`);
  return p;
};
const luxshare = (key: string) =>
  demandByEnterprise(enterprises, preset(key)).find((r) => r.shortName === LUXSHARE)?.demand;

describe('the demo dataset', () => {
  it('has eight enterprises, all valid by the contract', () => {
    expect(enterprises).toHaveLength(8);
    expect(contract['enterprises.list'].output.safeParse(enterprises).success).toBe(true);
    expect(summary).toEqual({
      counties: 8,
      towns: Object.values(DEMO_TOWNS).flat().length,
      enterprises: 8,
      demandLines: enterprises.reduce((n, e) => n + e.lines.length, 0),
      seekers: expect.any(Number),
      events: expect.any(Number),
      asOfDate: '2022-03-10',
      stableDays: 15,
    });
    expect(summary.seekers).toBeGreaterThan(6400);
    expect(summary.events).toBeGreaterThan(summary.seekers * 4);
  });

  it('needs 6,800 people in the first half of 2022', () => {
    expect(totalDemand(demandByEnterprise(enterprises, preset('2022-h1')))).toBe(6800);
  });

  it('has Luxshare needing 2,100 in Q1 2022 out of 5,100 for the year', () => {
    expect(enterprises.filter((e) => e.shortName === LUXSHARE)).toHaveLength(1);
    expect(luxshare('2022-q1')).toBe(2100);
    expect(luxshare('2022-year')).toBe(5100);
  });

  it('offers the 2022 presets', () => {
    expect(presets().map((p) => p.key)).toEqual(
      ['year', 'h1', 'h2', 'q1', 'q2', 'q3', 'q4'].map((k) => `2022-${k}`),
    );
  });

  it('fills the eight counties with their region codes and towns', async () => {
    const counties = await call(backend, 'counties.list', {});
    expect(counties.map((c) => [c.code, c.nameZh])).toEqual(COUNTIES.map((c) => [c.code, c.nameZh]));
    for (const c of counties) {
      expect(c.towns.length, c.nameZh).toBeGreaterThan(0);
      expect(c.towns.map((t) => t.name).sort(), c.nameZh).toEqual([...DEMO_TOWNS[c.code]!].sort());
    }
    expect(counties.find((c) => c.code === '422801')?.towns.map((t) => t.name)).toContain('龙凤镇');
  });

  it('records one audit entry for the load, by the operator, at the time of the load', async () => {
    const entries = await call(backend, 'audit.list', {});
    const loads = entries.filter((e) => e.action === 'demo.load');
    expect(loads).toEqual([
      expect.objectContaining({ operator: '王主任', at: '2026-02-11T08:00:05.000Z', entity: 'database' }),
    ]);
    expect(loads[0]!.summary).toEqual({
      key: 'demo_load',
      params: {
        counties: summary.counties,
        towns: summary.towns,
        enterprises: summary.enterprises,
        demandLines: summary.demandLines,
        seekers: summary.seekers,
        events: summary.events,
      },
      parts: [],
    });
  });

  it('is saved to disk and no longer reports an empty database', async () => {
    expect(await call(backend, 'app.info', {})).toMatchObject({ empty: false });
    // What a restart finds (the file and its journal): everything the load reported.
    const saved = await openSavedState(path.join(dir, DB_FILE_NAME));
    try {
      const count = (table: string) => saved.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)!.n;
      expect({
        enterprises: count('enterprises'),
        demandLines: count('demand_lines'),
        seekers: count('seekers'),
        events: count('seeker_events'),
      }).toEqual({
        enterprises: summary.enterprises,
        demandLines: summary.demandLines,
        seekers: summary.seekers,
        events: summary.events,
      });
      expect(readSettings(saved.db)).toMatchObject({
        asOfDate: summary.asOfDate,
        stableDays: summary.stableDays,
      });
    } finally {
      await saved.close();
    }
  });

  it('refuses a second load and changes nothing', async () => {
    const file = path.join(dir, DB_FILE_NAME);
    // The demo's journal record is large enough to be folded into the file at the next write:
    // fold it now, so the file shows only what the refused load itself would change.
    await backend.store.checkpoint();
    const before = fileDigest(file);
    const auditBefore = await call(backend, 'audit.list', {});
    expect(errorOf(await backend.invoke('demo.load', {}))).toMatchObject({
      code: 'conflict',
      message: 'e.demo_not_empty',
    });
    expect(await call(backend, 'enterprises.list', {})).toEqual(enterprises);
    expect(await call(backend, 'audit.list', {})).toEqual(auditBefore);
    expect(fileDigest(file)).toBe(before);
  });
});
