import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Backend } from '../electron/backend/backend';
import { DB_FILE_NAME } from '../electron/backend/db/store';
import { pageSql, rowsSql } from '../electron/backend/seekers/repos/seeker-query';
import { COUNTS_FROM_SEEKERS_SQL, COUNTS_SQL } from '../electron/backend/counts/counts';
import { DEMO_BOARD_LODGING, DEMO_ENTERPRISES } from '../electron/backend/demo/demo-data';
import type { ChannelInput, ChannelName, ChannelOutput } from '../shared/contract/channels';
import { checkIdNumber } from '../shared/domain/id-number';
import { firstIllegal, stableEntryCutoff } from '../shared/domain/pipeline';
import { SeekerQuery } from '../shared/domain/seeker';
import { median, report } from './figures';
import { inline, nativeColumn, nativeMs, runNative } from './native-sqlite';
import { bulkSeekersSql } from './seekers-bulk-sql';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const AS_OF = '2022-03-10';
const STABLE_DAYS = 30;

async function invoke<K extends ChannelName>(
  backend: Backend,
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const r = await backend.invoke(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data as ChannelOutput<K>;
}

/** Median of `times` runs of `fn` (after one run to warm up), and the first run on its own. */
async function measure(
  times: number,
  fn: () => Promise<unknown>,
): Promise<{ first: number; median: number }> {
  const runs: number[] = [];
  for (let i = 0; i <= times; i++) {
    const t0 = performance.now();
    await fn();
    runs.push(performance.now() - t0);
  }
  return { first: runs[0]!, median: median(runs.slice(1)) };
}

test('job seekers at 100k people and 1M events', async () => {
  test.setTimeout(1_800_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sb-bench-seekers-'));
  const file = path.join(dataDir, DB_FILE_NAME);

  // The schema and the eight enterprises through the backend, then the people straight into the file.
  let backend = await Backend.open({ dataDir });
  await invoke(backend, 'settings.update', {
    operatorName: 'bench',
    asOfDate: AS_OF,
    stableDays: STABLE_DAYS,
  });
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
  await backend.close();
  let t0 = performance.now();
  runNative(file, bulkSeekersSql(PEOPLE));
  const generated = performance.now() - t0;
  const size = statSync(file).size;
  report(
    `generate ${PEOPLE / 1000}k seekers + ${(PEOPLE * 10) / 1e6}M events with sqlite3 (${(size / 2 ** 20).toFixed(0)} MiB file)`,
    generated,
    null,
  );

  t0 = performance.now();
  backend = await Backend.open({ dataDir });
  report('open that database (read, check, back up) in sql.js', performance.now() - t0, null);
  const sample = await invoke(backend, 'seekers.query', { limit: 3 });
  expect(sample.total).toBe(PEOPLE);
  const revealed = await invoke(backend, 'seekers.reveal', { id: sample.rows[0]!.id, field: 'idNumber' });
  expect(checkIdNumber(revealed.value).ok).toBe(true);
  // The generated rows keep the app's rules: legal histories, and a state that agrees with them.
  for (const { id } of (await invoke(backend, 'seekers.query', { offset: 1234, limit: 20 })).rows) {
    const d = await invoke(backend, 'seekers.get', { id });
    expect(firstIllegal(d.events.map((e) => e.type))).toBe(-1);
    expect(d.stage).toBe(d.events.at(-1)!.type);
    expect(d.trips).toBe(d.events.filter((e) => e.type === 'transported').length);
  }

  // The counting module.
  const counts = await measure(10, () => invoke(backend, 'counts.summary', {}));
  const cutoff = stableEntryCutoff(AS_OF, STABLE_DAYS);
  // What the tally (migration 0008) saves: the same groups counted from the people themselves.
  const scan = await measure(5, () =>
    Promise.resolve(backend.store.db.all(COUNTS_FROM_SEEKERS_SQL, [cutoff])),
  );
  const summary = await invoke(backend, 'counts.summary', {});
  expect(summary.totals.transportedTrips).toBe(PEOPLE * 2);

  // The grid: the first page, as the page opens, and with the usual filters, searches and sorts.
  const view = { asOf: AS_OF, stableDays: STABLE_DAYS };
  const queries: [string, ChannelInput<'seekers.query'>][] = [
    ['first page, no filter (the page opening)', {}],
    ['search a name (substring)', { filter: { search: '张伟' } }],
    ['search an ID tail', { filter: { search: '0123' } }],
    ['search phone digits', { filter: { search: '79190' } }],
    ['filter county + stage', { filter: { countyCode: '422823', stage: 'employed' } }],
    ['filter stable', { filter: { stage: 'stable' } }],
    ['sort by name', { sort: [{ colId: 'name', sort: 'asc' }] }],
    ['sort by enterprise', { sort: [{ colId: 'enterpriseName', sort: 'asc' }] }],
    ['page 500 (scrolled to row 50,000)', { offset: 50_000 }],
  ];
  const queryFigures: { label: string; ms: number; sql: string[]; native: number }[] = [];
  for (const [label, input] of queries) {
    const m = await measure(5, () => invoke(backend, 'seekers.query', { limit: 100, ...input }));
    const { seqSql, countSql, params } = pageSql(SeekerQuery.parse({ limit: 100, ...input }), view);
    const values = params as (string | number)[];
    queryFigures.push({
      label,
      ms: m.median,
      sql: [inline(countSql, values), inline(seqSql, values)],
      native: 0,
    });
  }

  // One status change, round trip: validation, the transaction and the journal append on disk.
  const ready = await invoke(backend, 'seekers.query', {
    filter: { stage: 'training_completed' },
    limit: 21,
  });
  let i = 0;
  const record = await measure(20, () => {
    const r = ready.rows[i++]!;
    return invoke(backend, 'pipeline.record', {
      seekerIds: [r.id],
      type: 'employed',
      date: AS_OF,
      enterpriseId: r.enterpriseId!,
      post: '普工',
    });
  });
  t0 = performance.now();
  await backend.store.checkpoint();
  const checkpoint = performance.now() - t0;
  await backend.close();

  // The same statements on the same file, natively.
  const nativeCounts = nativeMs(file, inline(COUNTS_SQL, [cutoff]));
  for (const q of queryFigures) {
    // The same three statements as the backend: the count, the page's numbers, then their rows.
    const seqs = nativeColumn(file, q.sql[1]!).map(Number);
    q.sql.push(inline(rowsSql(seqs.length), seqs));
    q.native = q.sql.reduce((sum, sql) => sum + nativeMs(file, sql), 0);
  }
  const nativeScan = nativeMs(file, inline(COUNTS_FROM_SEEKERS_SQL, [cutoff]));

  report(
    `counts.summary (first call ${counts.first.toFixed(0)} ms; median of 10)`,
    counts.median,
    100,
    `sqlite3 ${nativeCounts.toFixed(1)} ms`,
  );
  report(
    'the same groups by GROUP BY over all seekers (before the tally)',
    scan.median,
    null,
    `sqlite3 ${nativeScan.toFixed(1)} ms`,
  );
  for (const q of queryFigures) {
    report(`seekers.query: ${q.label} (count + 100 rows)`, q.ms, 1500, `sqlite3 ${q.native.toFixed(1)} ms`);
  }
  report(
    `pipeline.record, one person: round trip incl. journal fsync (first ${record.first.toFixed(0)} ms)`,
    record.median,
    300,
  );
  report(
    `checkpoint: export + durable write of the ${(size / 2 ** 20).toFixed(0)} MiB file`,
    checkpoint,
    null,
  );
  rmSync(dataDir, { recursive: true, force: true });
});
