import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Backend } from '../electron/backend/backend';
import { backupDir } from '../electron/backend/db/backups';
import { DB_FILE_NAME } from '../electron/backend/db/store';
import { DEMO_BOARD_LODGING, DEMO_ENTERPRISES } from '../electron/backend/demo/demo-data';
import { median, report } from './figures';
import { runNative } from './native-sqlite';
import { bulkSeekersSql } from './seekers-bulk-sql';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** A fixed data key: what the accounts' keyring would hand the store after sign-in. */
const KEY = new Uint8Array(Array.from({ length: 32 }, (_, i) => (i * 13 + 5) & 0xff));

/**
 * The cost of encryption at rest at 100k people: opening the database (read, decrypt, check, back
 * up) and a checkpoint (export, encrypt, durable write), encrypted against plain on the same data.
 * The two are measured in turns (plain, encrypted, plain, …) so a busy machine weighs on both alike.
 */
test('encryption at rest at 100k people: open and checkpoint, encrypted vs plain', async () => {
  test.setTimeout(1_800_000);
  const plainDir = mkdtempSync(path.join(os.tmpdir(), 'sb-bench-vault-plain-'));
  const sealedDir = mkdtempSync(path.join(os.tmpdir(), 'sb-bench-vault-sealed-'));

  // The schema and the eight enterprises through the backend, then the people straight into the file.
  const first = await Backend.open({ dataDir: plainDir });
  for (const e of DEMO_ENTERPRISES) {
    const r = await first.invoke('enterprises.save', {
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
    expect(r.ok).toBe(true);
  }
  await first.close();
  runNative(path.join(plainDir, DB_FILE_NAME), bulkSeekersSql(PEOPLE));
  const size = statSync(path.join(plainDir, DB_FILE_NAME)).size;

  // The same folder encrypted in place (the first open with a key).
  cpSync(plainDir, sealedDir, { recursive: true });
  let t0 = performance.now();
  const converting = await Backend.open({ dataDir: sealedDir, key: KEY });
  const conversion = performance.now() - t0;
  expect(converting.store.notices.map((n) => n.kind)).toEqual(['encrypted']);
  await converting.close();

  const open = { plain: [] as number[], encrypted: [] as number[] };
  const checkpoint = { plain: [] as number[], encrypted: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    for (const [mode, dataDir, key] of [
      ['plain', plainDir, undefined],
      ['encrypted', sealedDir, KEY],
    ] as const) {
      // Each open takes a backup; the earlier ones are removed so every run writes into the same room.
      rmSync(backupDir(dataDir), { recursive: true, force: true });
      t0 = performance.now();
      const backend = await Backend.open({ dataDir, ...(key ? { key } : {}) });
      open[mode].push(performance.now() - t0);
      const people = await backend.invoke('seekers.query', { limit: 1 });
      expect(people.ok && (people.data as { total: number }).total).toBe(PEOPLE);
      t0 = performance.now();
      await backend.store.checkpoint();
      checkpoint[mode].push(performance.now() - t0);
      await backend.close();
    }
  }

  const mib = (size / 2 ** 20).toFixed(0);
  const plainOpen = median(open.plain);
  const plainCheckpoint = median(checkpoint.plain);
  report(`open the ${PEOPLE / 1000}k db, plain (read, check, back up; median of ${RUNS})`, plainOpen, null);
  report(
    `open the ${PEOPLE / 1000}k db, encrypted (read, decrypt, check, back up; median of ${RUNS})`,
    median(open.encrypted),
    Math.round(plainOpen * 1.2),
    'target: plain + 20%',
  );
  report(`checkpoint of the ${mib} MiB db, plain (median of ${RUNS})`, plainCheckpoint, null);
  report(
    `checkpoint of the ${mib} MiB db, encrypted (median of ${RUNS})`,
    median(checkpoint.encrypted),
    Math.round(plainCheckpoint * 1.2),
    'target: plain + 20%',
  );
  report(`encrypt the plain ${mib} MiB folder in place (first open with a key)`, conversion, null);
  rmSync(plainDir, { recursive: true, force: true });
  rmSync(sealedDir, { recursive: true, force: true });
});
