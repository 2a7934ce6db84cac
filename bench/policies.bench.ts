import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SqlValue } from 'sql.js';
import { Backend } from '../electron/backend/backend';
import { Database, type Params } from '../electron/backend/db/database';
import { DB_FILE_NAME } from '../electron/backend/db/store';
import { DEMO_BOARD_LODGING, DEMO_ENTERPRISES } from '../electron/backend/demo/demo-data';
import { DEMO_RULES } from '../electron/backend/demo/demo-policies-data';
import { summarise } from '../electron/backend/policies/figures';
import { computeStandings } from '../electron/backend/policies/standings';
import { median, report } from './figures';
import { inline, nativeMs, runNative } from './native-sqlite';
import { bulkSeekersSql } from './seekers-bulk-sql';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const AS_OF = '2022-03-10';
const RUNS = 5;

/**
 * Every hire's policy facts and evidence, straight into the file: identity flags, contracts and
 * insurance months dealt by rank as the demo does, most people with an ID card and contract.
 */
const FACTS_SQL = `
BEGIN;
INSERT INTO person_policy (seeker_seq, identities, graduated_on, contract_months, contract_start, insurance_months,
  bank_account, updated_at)
SELECT seq,
  CASE WHEN seq % 4 = 0 THEN '["poverty_alleviated"]' WHEN seq % 11 = 3 THEN '["hard_to_employ"]'
       WHEN seq % 7 = 1 THEN '["graduate"]' ELSE '[]' END,
  CASE WHEN seq % 7 = 1 AND seq % 4 <> 0 AND seq % 11 <> 3 THEN '2021-06-30' END,
  CASE WHEN seq % 10 = 9 THEN NULL ELSE 12 END,
  CASE WHEN seq % 10 = 9 THEN NULL ELSE entry_date END,
  (seq * 5) % 13, '6217' || printf('%015d', seq), '${AS_OF}T00:00:00.000Z'
FROM seekers WHERE entry_date IS NOT NULL;
INSERT INTO policy_evidence (seeker_seq, kind, received_on, recorded_at)
SELECT seq, k.kind, entry_date, '${AS_OF}T00:00:00.000Z' FROM seekers
JOIN (SELECT 'id_card' AS kind, 8 AS upto UNION ALL SELECT 'labour_contract', 7 UNION ALL SELECT 'bank_account', 5
      UNION ALL SELECT 'social_insurance', 3) k ON seq % 10 < k.upto
WHERE entry_date IS NOT NULL;
COMMIT;`;

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

test('policies: every person’s eligibility for 8 rules at 100k people', async () => {
  test.setTimeout(1_800_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sb-bench-policies-'));
  const file = path.join(dataDir, DB_FILE_NAME);
  let backend = await Backend.open({ dataDir });
  const ok = async (r: Promise<{ ok: boolean }>) => expect((await r).ok).toBe(true);
  await ok(backend.invoke('settings.update', { operatorName: 'bench', asOfDate: AS_OF, stableDays: 30 }));
  for (const e of DEMO_ENTERPRISES)
    await ok(
      backend.invoke('enterprises.save', {
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
      }),
    );
  for (const rule of DEMO_RULES) await ok(backend.invoke('policies.saveRule', rule));
  await backend.close();
  runNative(file, bulkSeekersSql(PEOPLE));
  runNative(file, FACTS_SQL);

  backend = await Backend.open({ dataDir });
  const db = backend.store.db;
  const hires = db.get<{ n: number }>('SELECT COUNT(*) AS n FROM seekers WHERE entry_date IS NOT NULL')!.n;
  expect(hires).toBeGreaterThan(PEOPLE / 2);
  const all = () => summarise(db, computeStandings(db, AS_OF), AS_OF);
  const standings = computeStandings(db, AS_OF);
  expect(standings).toHaveLength(hires * DEMO_RULES.length);
  const ms = timed(all);
  const statements = captureReads(all);
  const native = statements.reduce(
    (sum, [sql, params]) => sum + nativeMs(file, inline(sql, params as SqlValue[])),
    0,
  );
  report(
    `policies: eligibility of ${(hires / 1000).toFixed(0)}k hires (of ${(PEOPLE / 1000).toFixed(0)}k people) × 8 rules + per-county figures`,
    ms,
    1000,
    `sqlite3 ${native.toFixed(1)} ms (its ${statements.length} reads)`,
  );
  const t0 = performance.now();
  const r = await backend.invoke('policies.summary', {});
  expect(r.ok).toBe(true);
  report('policies.summary through the backend (validation, envelope)', performance.now() - t0, 1000);
  await backend.close();
  rmSync(dataDir, { recursive: true, force: true });
});
