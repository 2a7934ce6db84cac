import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SqlValue } from 'sql.js';
import { Backend } from '../electron/backend/backend';
import { Database, type Params } from '../electron/backend/db/database';
import { DB_FILE_NAME } from '../electron/backend/db/store';
import { buildDailyReport } from '../electron/backend/dashboard/daily-report';
import { dashboard } from '../electron/backend/dashboard/dashboard';
import { DEMO_BOARD_LODGING, DEMO_ENTERPRISES } from '../electron/backend/demo/demo-data';
import { DEMO_COUNTY_TASKS } from '../electron/backend/demo/demo-county-tasks';
import type { ChannelInput, ChannelName, ChannelOutput } from '../shared/contract/channels';
import { DashboardInput } from '../shared/domain/dashboard';
import { startHostProcess } from '../tests/e2e/host-process';
import { median, report } from './figures';
import { freshPage, sameDocumentToSettings, withRequests } from './page-visit';
import { inline, nativeMs, runNative } from './native-sqlite';
import { bulkSeekersSql } from './seekers-bulk-sql';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const AS_OF = '2022-03-10';
const NOW = '2022-03-10T08:00:00.000Z';
const RUNS = 7;
/** Every section of the dashboard, drawn. */
const DRAWN = [
  '[data-testid=headline-trips]',
  '[data-testid=gap-table] tbody tr',
  '.gap-chart .recharts-bar-rectangle',
  '[data-testid=county-tasks] tbody tr',
  '[data-testid=heat-map] tbody tr',
  '[data-testid=funnel] li',
  '[data-testid=retention]',
  '.trend-chart .recharts-line',
  '[data-testid=forecast-table] tbody tr',
];

async function invoke<K extends ChannelName>(
  backend: Backend,
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const r = await backend.invoke(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data as ChannelOutput<K>;
}

/** Median of RUNS timed runs after one to warm up. */
function timed(fn: () => unknown): number {
  fn();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

async function timedAsync(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

/** Every statement `fn` reads through the database wrapper, as run (for the native baseline). */
function captureReads(fn: () => unknown): [string, Params][] {
  const seen: [string, Params][] = [];
  const all = Database.prototype.all;
  Database.prototype.all = function <T>(this: Database, sql: string, params: Params = []): T[] {
    seen.push([sql, params]);
    return all.call(this, sql, params) as T[];
  };
  try {
    fn();
  } finally {
    Database.prototype.all = all;
  }
  return seen;
}

/** The same statements in native sqlite3 on the same file: the sum of each one's median. */
function nativeBaseline(file: string, statements: readonly [string, Params][]): number {
  return statements.reduce(
    (sum, [sql, params]) => sum + nativeMs(file, inline(sql, params as SqlValue[])),
    0,
  );
}

test('dashboard at 100k job seekers and 1M events', async ({ browser }) => {
  test.setTimeout(1_800_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sb-bench-dashboard-'));
  const file = path.join(dataDir, DB_FILE_NAME);

  // Schema, enterprises and county tasks through the backend; the people straight into the file.
  let backend = await Backend.open({ dataDir });
  await invoke(backend, 'settings.update', { operatorName: 'bench', asOfDate: AS_OF, stableDays: 30 });
  for (const e of DEMO_ENTERPRISES) {
    await invoke(backend, 'enterprises.save', {
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
        boardLodging: DEMO_BOARD_LODGING,
      })),
    });
  }
  await invoke(backend, 'countyTasks.save', {
    periodStart: '2022-01-01',
    periodEnd: '2022-06-30',
    tasks: Object.entries(DEMO_COUNTY_TASKS).map(([countyCode, headcount]) => ({
      countyCode,
      headcount: headcount * 12,
    })),
  });
  await backend.close();
  runNative(file, bulkSeekersSql(PEOPLE));

  backend = await Backend.open({ dataDir });
  const db = backend.store.db;
  const counts = db.get<{ people: number; events: number }>(
    'SELECT (SELECT COUNT(*) FROM seekers) AS people, (SELECT COUNT(*) FROM seeker_events) AS events',
  )!;
  expect(counts.people).toBe(PEOPLE);
  expect(counts.events).toBeGreaterThanOrEqual(PEOPLE * 10);
  const scale = `${(counts.people / 1000).toFixed(0)}k people, ${(counts.events / 1e6).toFixed(2)}M events`;

  const views: [string, ChannelInput<'dashboard.summary'>][] = [
    ['whole prefecture', {}],
    ['one county', { countyCode: '422823' }],
    [
      'one enterprise',
      { enterpriseId: db.get<{ id: string }>('SELECT id FROM enterprises ORDER BY name')!.id },
    ],
  ];
  for (const [name, input] of views) {
    const parsed = DashboardInput.parse(input);
    const ms = timed(() => dashboard(db, parsed, NOW));
    const statements = captureReads(() => dashboard(db, parsed, NOW));
    const native = nativeBaseline(file, statements);
    report(
      `dashboard, ${name}: all ${statements.length} queries + figures (${scale})`,
      ms,
      300,
      `sqlite3 ${native.toFixed(1)} ms`,
    );
  }
  const channel = await timedAsync(() => invoke(backend, 'dashboard.summary', {}));
  report('dashboard.summary through the backend (validation, envelope)', channel, 300);
  const reportMs = timed(() => buildDailyReport(db, AS_OF, null));
  const reportStatements = captureReads(() => buildDailyReport(db, AS_OF, null));
  report(
    `daily report figures (${reportStatements.length} queries)`,
    reportMs,
    null,
    `sqlite3 ${nativeBaseline(file, reportStatements).toFixed(1)} ms`,
  );
  await backend.close();

  // Rendering, in the browser host (as shipped: no output check): from the navigation to the frame
  // after every chart and table is in the page, timed inside the page (no polling from here).
  const host = await startHostProcess(dataDir, { checkOutputs: false });
  const page = await browser.newPage({ viewport: { width: 1366, height: 2300 } });
  const drawn = () =>
    page.evaluate(
      (selectors) =>
        new Promise<number>((resolve) => {
          const t0 = window.performance.now();
          const tick = () => {
            if (selectors.every((s) => document.querySelector(s)))
              requestAnimationFrame(() => resolve(window.performance.now() - t0));
            else requestAnimationFrame(tick);
          };
          window.location.hash = '#/dashboard';
          requestAnimationFrame(tick);
        }),
      DRAWN,
    );
  const t0 = performance.now();
  await page.goto(`${host.url}#/settings`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const firstOpen = performance.now() - t0 + (await drawn());
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    // Cold: a fresh page, so the figures are fetched (dashboard.summary) and drawn for the first time.
    await freshPage(page, host.url);
    const run = await withRequests(page, 'dashboard.summary', drawn);
    expect(run.requests, 'a cold visit fetches the figures').toBeGreaterThan(0);
    cold.push(run.value);
    // Warm: back again in the same page, whose store still holds the figures.
    await sameDocumentToSettings(page);
    warm.push(await drawn());
  }
  report(
    `dashboard renders, cold (fresh page: summary fetched, then drawn): navigation → every chart and table drawn (${scale}, median of 5)`,
    median(cold),
    1000,
  );
  report(
    'dashboard renders, warm (figures already in the page’s store): navigation → drawn (median of 5)',
    median(warm),
    null,
  );
  report('first visit: the app loads, then the dashboard fetches and draws', firstOpen, null);
  await page.close();
  await host.stop();
  rmSync(dataDir, { recursive: true, force: true });
});
