import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Backend as BackendClass } from '../../../../electron/backend/backend';
import { expectTallyAgrees } from '../../support/seekers';
import { tempDirs } from '../../support/temp-dir';
import { TEST_KEY } from '../../support/vault';

/**
 * Power-loss drill: a child process makes numbered changes (saves and imports) and is killed with
 * SIGKILL at random moments (while opening, saving, importing or checkpointing). After every kill
 * the database must open cleanly, pass quick_check, hold every change whose save was acknowledged,
 * and hold each import wholly or not at all (the larger ones take the store's bulk path: tally
 * triggers suspended, saved by a checkpoint), with the counting tallies agreeing with the people.
 *
 * Loading the backend's modules takes a child longer than anything it does after, so the next child
 * is started while the current one works; it waits for "GO" before it touches the data folder.
 * Each kill costs about 2.2 s of CPU (half of it a child loading modules), so 200 kills take about
 * four minutes on two quiet cores. SB_KILLS sets another count, shared between a plain data folder
 * (three kills in five) and an encrypted one (two in five: the same drill with the database file,
 * journal records and backups sealed under a data key).
 */
const KILLS = Number(process.env.SB_KILLS ?? 200);
const RUNS = [
  { label: 'plain', key: null, kills: Math.ceil((KILLS * 3) / 5) },
  { label: 'encrypted', key: TEST_KEY, kills: Math.floor((KILLS * 2) / 5) },
];
const CHILD = path.join(__dirname, 'kill-loop-child.cjs');
const BUILT = path.join(__dirname, '..', '..', '..', '..', 'dist', 'electron', 'backend', 'backend.js');
/** The checks open the data folder with the same built backend the children run. */
const builtBackend = () => (createRequire(__filename)(BUILT) as { Backend: typeof BackendClass }).Backend;

/** The child's plan, mirrored: change n is an import of rowsOf(n) people (kill-import-<n>.csv) when n % 3 === 2. */
const isImport = (n: number) => n % 3 === 2;
const rowsOf = (n: number) => 10 + ((n * 7) % 40);
/** Imports the child's store saves by a checkpoint (its bulkStatements is 90, 3 statements a person). */
const isBulk = (n: number) => rowsOf(n) * 3 > 90;
const enterpriseName = (n: number) => `E-${String(n).padStart(6, '0')}`;

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

/** A small deterministic PRNG (mulberry32), so a failing run can be repeated. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Child {
  proc: ChildProcessWithoutNullStreams;
  out: string;
  stderr: string;
  /** Resolves once the child has loaded the backend; rejects if it ends before. */
  loaded: Promise<void>;
  /** How the child ended (it never ends by itself: that is a failure). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  onLine: (line: string) => void;
}

function startChild(): Child {
  const proc = spawn(process.execPath, [CHILD], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    proc.once('error', () => resolve({ code: null, signal: null }));
    proc.once('exit', (code, signal) => resolve({ code, signal }));
  });
  let markLoaded: () => void = () => undefined;
  const child: Child = {
    proc,
    out: '',
    stderr: '',
    loaded: Promise.race([
      new Promise<void>((resolve) => (markLoaded = resolve)),
      exited.then(({ code, signal }) => {
        throw new Error(`child ended (${signal ?? code}) before loading the backend: ${child.stderr}`);
      }),
    ]),
    exited,
    onLine: () => undefined,
  };
  child.loaded.catch(() => undefined);
  let partial = '';
  proc.stdout.on('data', (d: Buffer) => {
    child.out += d.toString();
    const lines = (partial + d.toString()).split('\n');
    partial = lines.pop()!;
    for (const l of lines) {
      if (l === 'LOADED') markLoaded();
      child.onLine(l);
    }
  });
  proc.stderr.on('data', (d: Buffer) => (child.stderr += d.toString()));
  return child;
}

type Phase = 'opening' | 'save' | 'import' | 'between';

interface Run extends Landing {
  acked: number;
}

interface Landing {
  phase: Phase;
  /** The change in flight was an import saved by a checkpoint. */
  bulk: boolean;
  inCheckpoint: boolean;
}

/** Where the kill landed: the change in flight (if any) and whether a checkpoint was being written. */
function landingOf(out: string): Landing {
  const lines = out.split('\n');
  const last = (re: RegExp) => lines.findLastIndex((l) => re.test(l));
  const inCheckpoint = last(/^CHECKPOINT$/) > last(/^CHECKPOINTED$/);
  if (last(/^READY$/) < 0) return { phase: 'opening', bulk: false, inCheckpoint };
  const started = last(/^(SAVE|IMPORT) \d+( bulk)?$/);
  if (started < 0 || last(/^ACK \d+$/) > started) return { phase: 'between', bulk: false, inCheckpoint };
  const line = lines[started]!;
  return { phase: line.startsWith('IMPORT') ? 'import' : 'save', bulk: line.endsWith(' bulk'), inCheckpoint };
}

async function runAndKill(
  child: Child,
  dir: string,
  start: number,
  random: () => number,
  key: Uint8Array | null,
): Promise<Run> {
  await child.loaded;
  let killTimer: NodeJS.Timeout | undefined;
  const kill = () => child.proc.kill('SIGKILL');
  // Three kills in ten land while the child is still opening (replaying, checkpointing, backing up).
  if (random() < 0.3) killTimer = setTimeout(kill, Math.floor(random() * 300));
  else {
    const delay = Math.floor(random() * 500);
    child.onLine = (l) => {
      if (l === 'READY') killTimer = setTimeout(kill, delay);
    };
  }
  // A child that never gets ready would hang the loop: give up on it after a minute.
  let stuck = false;
  const watchdog = setTimeout(() => {
    stuck = true;
    kill();
  }, 60_000);
  child.proc.stdin.end(`GO\t${dir}\t${start}\t${key ? Buffer.from(key).toString('hex') : ''}\n`);
  const { code, signal } = await child.exited;
  clearTimeout(killTimer);
  clearTimeout(watchdog);
  if (stuck) throw new Error(`child made no progress in a minute: ${child.out.slice(-500)}${child.stderr}`);
  if (signal !== 'SIGKILL') throw new Error(`child ended by itself (${signal ?? code}): ${child.stderr}`);
  const acks = [...child.out.matchAll(/^ACK (\d+)$/gm)].map((m) => Number(m[1]));
  return { acked: acks.length ? Math.max(...acks) : start - 1, ...landingOf(child.out) };
}

/**
 * A copy of the data folder's files (not the lock, not the backups) to check, so that checking
 * leaves the folder as the kill left it: the next child replays its journal itself.
 */
function copyOf(dir: string): string {
  const copy = dirs.make();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && !entry.name.endsWith('.lock')) {
      fs.copyFileSync(path.join(dir, entry.name), path.join(copy, entry.name));
    }
  }
  return copy;
}

interface BatchRow {
  id: string;
  file_name: string;
  imported: number;
  people: number;
  events: number;
  audited: number;
}

/** Checks the folder as a kill left it; returns the highest change number present. */
async function check(
  Backend: typeof BackendClass,
  dir: string,
  kill: number,
  acknowledged: readonly number[],
  key: Uint8Array | null,
): Promise<number> {
  const copy = copyOf(dir);
  const backend = await Backend.open({ dataDir: copy, ...(key ? { key } : {}) });
  try {
    const db = backend.store.db;
    expect(backend.store.notices, `kill ${kill}: opened without recovery`).toEqual([]);
    expect(db.quickCheck(), `kill ${kill}: quick_check`).toBe('ok');

    const names = new Set(db.all<{ name: string }>('SELECT name FROM enterprises').map((r) => r.name));
    // Each enterprise arrives whole, with its demand line, or not at all.
    const orphans = db.get<{ n: number }>(
      'SELECT COUNT(*) AS n FROM enterprises e WHERE NOT EXISTS (SELECT 1 FROM demand_lines l WHERE l.enterprise_id = e.id)',
    );
    expect(orphans?.n, `kill ${kill}: enterprises without their demand line`).toBe(0);

    // Each import batch arrives whole: its row, every person it registers (with the registration
    // and the sign-up event) and its audit entry, or none of them.
    const batches = db.all<BatchRow>(
      `SELECT b.id, b.file_name, b.imported,
         (SELECT COUNT(*) FROM registrations r WHERE r.source = 'import:' || b.id) AS people,
         (SELECT COUNT(*) FROM registrations r JOIN seeker_events e ON e.seeker_seq = r.seeker_seq
            WHERE r.source = 'import:' || b.id AND e.type = 'signed_up') AS events,
         (SELECT COUNT(*) FROM audit_log a WHERE a.action = 'imports.commit' AND a.entity_id = b.id) AS audited
       FROM import_batches b`,
    );
    const imports = new Set<number>();
    for (const b of batches) {
      const n = Number(/^kill-import-(\d+)\.csv$/.exec(b.file_name)?.[1] ?? -1);
      expect(isImport(n), `kill ${kill}: unexpected batch ${b.file_name}`).toBe(true);
      expect(imports.has(n), `kill ${kill}: ${b.file_name} imported twice`).toBe(false);
      imports.add(n);
      expect(b, `kill ${kill}: ${b.file_name} half-present`).toMatchObject({
        imported: rowsOf(n),
        people: rowsOf(n),
        events: rowsOf(n),
        audited: 1,
      });
    }
    // The counting tallies (kept by triggers, suspended during a bulk import) agree with the people.
    const triggers = db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name IN ('seeker_tally_insert', 'event_tally_insert')`,
    );
    expect(triggers?.n, `kill ${kill}: tally triggers`).toBe(2);
    expectTallyAgrees(backend);
    // Nobody is registered outside a batch that is present (only imports register people here).
    const people = db.get<{ seekers: number; registrations: number; events: number }>(
      `SELECT (SELECT COUNT(*) FROM seekers) AS seekers, (SELECT COUNT(*) FROM registrations) AS registrations,
         (SELECT COUNT(*) FROM seeker_events) AS events`,
    );
    const expected = [...imports].reduce((sum, n) => sum + rowsOf(n), 0);
    expect(people, `kill ${kill}: people outside the batches present`).toEqual({
      seekers: expected,
      registrations: expected,
      events: expected,
    });

    for (const i of acknowledged) {
      const present = isImport(i)
        ? imports.has(i)
        : names.has(enterpriseName(i)) && names.has(`${enterpriseName(i)}-b`);
      if (!present) throw new Error(`kill ${kill}: acknowledged change ${i} is missing`);
    }
    const indexes = [...names].map((n) => Number(/^E-(\d+)/.exec(n)?.[1] ?? -1));
    return Math.max(-1, ...indexes, ...imports);
  } finally {
    await backend.close();
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

describe.each(RUNS)('power loss ($label)', ({ key, kills }) => {
  it(
    `keeps every acknowledged change and no half import through ${kills} kills`,
    { timeout: 1_200_000 },
    async () => {
      expect(fs.existsSync(BUILT), 'the kill loop runs the built backend: run `npm run build` first').toBe(
        true,
      );
      const Backend = builtBackend();
      const dir = dirs.make();
      const random = rng(20220209);
      const started = Date.now();
      let next = 0;
      /** Every change number some run acknowledged (a killed run may leave the next one half-done). */
      const acknowledged: number[] = [];
      const landed: Record<Phase | 'bulk' | 'checkpoint', number> = {
        opening: 0,
        save: 0,
        import: 0,
        bulk: 0,
        between: 0,
        checkpoint: 0,
      };
      let child = startChild();
      try {
        for (let kill = 0; kill < kills; kill++) {
          const current = child;
          // The next child loads its modules while this one runs and is checked.
          const running = runAndKill(current, dir, next, random, key);
          child = startChild();
          const run = await running;
          landed[run.phase]++;
          if (run.inCheckpoint) landed.checkpoint++;
          if (run.bulk) landed.bulk++;
          for (let i = next; i <= run.acked; i++) acknowledged.push(i);
          next = Math.max(next - 1, await check(Backend, dir, kill, acknowledged, key)) + 1;
        }
      } finally {
        child.proc.kill('SIGKILL');
      }
      const imports = acknowledged.filter(isImport).length;
      const bulkImports = acknowledged.filter((n) => isImport(n) && isBulk(n)).length;
      console.log(
        `kill loop: ${kills} kills survived in ${Math.round((Date.now() - started) / 1000)} s; ` +
          `${acknowledged.length} acknowledged changes checked (${imports} imports, ${bulkImports} of them ` +
          `saved by a checkpoint); kills landed while opening ${landed.opening}, saving ${landed.save}, ` +
          `importing ${landed.import} (${landed.bulk} in a bulk import), between changes ${landed.between}, ` +
          `and ${landed.checkpoint} during a checkpoint; database ` +
          `${(fs.statSync(path.join(dir, 'spring-breeze.sqlite')).size / 1024 / 1024).toFixed(1)} MB`,
      );
      expect(acknowledged.length).toBeGreaterThan(kills / 4);
      expect(imports).toBeGreaterThan(kills / 20);
      expect(landed.import).toBeGreaterThan(kills / 20);
      expect(landed.bulk).toBeGreaterThan(kills / 50);
      expect(bulkImports).toBeGreaterThan(kills / 50);
    },
  );
});
