import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../support/temp-dir';
import { TEST_KEY } from '../support/vault';
import { buildCorpus, inflateBomb, type CorpusFile } from './support/corpus';
import type { CorpusReply, CorpusRequest, Outcome } from './support/corpus-worker';

/**
 * More than a thousand damaged, crafted and mutated .xlsx, .xls, .ods and .csv files (and the
 * public proof of concept of the SheetJS prototype-pollution advisory) go through the import's real
 * path: staged, inspected and previewed by a backend. Each is read or refused within 5 s, none
 * crashes the backend, none changes a built-in prototype, and nothing reaches the database. Two
 * workers share the corpus: one on a plain data folder, one on an encrypted one (each file staged
 * encrypted and decrypted to be read).
 *
 * Reading is synchronous, so a file that hangs would hang any timer in the same thread: the files
 * are read in worker threads, and a worker whose file takes longer than the limit is ended.
 */

const LIMIT_MS = 5_000;
const REPO = path.resolve(__dirname, '../../..');
const dirs = tempDirs();
let bundleDir: string;
let corpusDir: string;
let corpus: CorpusFile[];

interface Finding {
  name: string;
  kind: string;
  outcome: Outcome | 'hang';
  detail: string;
  polluted: string[];
  wrote: boolean;
}

beforeAll(async () => {
  // The worker runs outside Vitest, so it gets its own bundle of the TypeScript sources (fast, no type check).
  mkdirSync(path.join(REPO, '.tmp'), { recursive: true });
  bundleDir = mkdtempSync(path.join(REPO, '.tmp', 'hostile-corpus-'));
  await build({
    input: { worker: path.join(__dirname, 'support', 'corpus-worker.ts') },
    platform: 'node',
    external: (id) => !id.startsWith('.') && !path.isAbsolute(id) && !id.startsWith('\0'),
    output: { dir: bundleDir, format: 'cjs', entryFileNames: '[name].cjs' },
    logLevel: 'silent',
  });
  corpusDir = dirs.make();
  // Two decompression bombs: one inflating past the import's limit on a part, one just under it.
  corpus = [...buildCorpus(), await inflateBomb(512), await inflateBomb(200)];
  corpus.forEach((f, i) => writeFileSync(path.join(corpusDir, String(i)), f.bytes));
}, 120_000);

afterAll(() => {
  rmSync(bundleDir, { recursive: true, force: true });
  dirs.cleanup();
});

/** One worker with a backend on a fresh data folder. */
class CorpusWorker {
  readonly dataDir = dirs.make();
  readonly worker: Worker;
  readonly ready: Promise<string>;
  private pending: ((reply: CorpusReply | { type: 'error'; error: unknown }) => void) | null = null;

  constructor(readonly key: Uint8Array | null) {
    this.worker = new Worker(path.join(bundleDir, 'worker.cjs'), {
      workerData: { dataDir: this.dataDir, key },
      // Room for the largest files; a worker that needs more is refused by the limit, not the machine.
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    });
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('message', (m: CorpusReply) => (m.type === 'ready' ? resolve(m.digest) : reject(m)));
      this.worker.once('error', reject);
    });
    this.worker.on('message', (m: CorpusReply) => this.pending?.(m));
    this.worker.on('error', (error) => this.pending?.({ type: 'error', error }));
  }

  send(
    msg: CorpusRequest,
    timeoutMs: number,
  ): Promise<CorpusReply | { type: 'error'; error: unknown } | 'timeout'> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        resolve('timeout');
      }, timeoutMs);
      this.pending = (reply) => {
        clearTimeout(timer);
        this.pending = null;
        resolve(reply);
      };
      this.worker.postMessage(msg);
    });
  }
}

describe('imports under a hostile corpus', () => {
  it(
    'reads or refuses every file within the limit, without a crash, pollution or a write',
    { timeout: 600_000 },
    async () => {
      expect(corpus.length).toBeGreaterThanOrEqual(1000);
      const findings: Finding[] = [];
      const byName = new Map<string, Outcome>();
      const outcomes = new Map<string, number>();
      const queue = corpus.map((_, i) => i);
      const retried = new Set<number>();
      const digests: { before: string; after: string }[] = [];

      async function drain(key: Uint8Array | null): Promise<void> {
        let w = new CorpusWorker(key);
        let before = await w.ready;
        for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
          const f = corpus[index]!;
          const reply = await w.send(
            { type: 'file', index, name: f.name, file: path.join(corpusDir, String(index)) },
            LIMIT_MS,
          );
          if (reply !== 'timeout' && reply.type === 'done') {
            outcomes.set(reply.outcome, (outcomes.get(reply.outcome) ?? 0) + 1);
            byName.set(f.name, reply.outcome);
            if (reply.outcome === 'crash' || reply.polluted.length > 0 || reply.wrote)
              findings.push({ ...f, ...reply });
            continue;
          }
          // A worker that ran out of time or died is replaced; a timeout gets one more try (the machine may be busy).
          await w.worker.terminate();
          if (reply === 'timeout' && !retried.has(index)) {
            retried.add(index);
            queue.push(index);
          } else {
            outcomes.set('hang', (outcomes.get('hang') ?? 0) + 1);
            findings.push({
              ...f,
              outcome: reply === 'timeout' ? 'hang' : 'crash',
              detail:
                reply === 'timeout'
                  ? `over ${LIMIT_MS} ms twice`
                  : String((reply as { error: unknown }).error),
              polluted: [],
              wrote: false,
            });
          }
          w = new CorpusWorker(key);
          before = await w.ready;
        }
        const end = await w.send({ type: 'finish' }, 60_000);
        if (end !== 'timeout' && end.type === 'finished') digests.push({ before, after: end.digest });
        await w.worker.terminate();
      }

      // Two workers even on one core: the plain store and the encrypted one each take their share.
      const workers = 2;
      await Promise.all([drain(null), drain(TEST_KEY)]);

      const kinds = new Map<string, number>();
      for (const f of corpus) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
      console.log(
        `hostile import corpus: ${corpus.length} files (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}); ` +
          `outcomes: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(', ')}; retried after a timeout: ${retried.size}`,
      );
      expect(
        findings.map(
          (f) =>
            `${f.name} [${f.kind}]: ${f.outcome} ${f.detail} ${f.polluted.join(' ')}${f.wrote ? ' wrote' : ''}`,
        ),
      ).toEqual([]);
      // The bomb past the limit on a part is refused; the proof-of-concept files are read (their data is a good roster).
      expect(byName.get('inflate-bomb-512mb.xlsx')).toBe('refused');
      for (const f of corpus.filter((c) => c.kind === 'poc')) expect(byName.get(f.name), f.name).toBe('read');
      expect(digests).toHaveLength(workers);
      for (const d of digests) expect(d.after).toBe(d.before);
    },
  );
});
