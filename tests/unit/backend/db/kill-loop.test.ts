import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { tempDirs } from '../../support/temp-dir';

/**
 * Power-loss drill: a child process makes numbered changes and is killed with SIGKILL at random
 * moments (while saving, checkpointing or opening). After every kill the database must open
 * cleanly, pass quick_check, and hold every change whose save was acknowledged.
 */
const KILLS = Number(process.env.SB_KILLS ?? 120);
const CHILD = path.join(__dirname, 'kill-loop-child.cjs');
const BUILT = path.join(__dirname, '..', '..', '..', '..', 'dist', 'electron', 'backend', 'backend.js');

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

interface Run {
  acked: number;
  stderr: string;
}

function runAndKill(dir: string, start: number, random: () => number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dir, String(start)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    // Three kills in ten may land while the child is still opening (replaying, checkpointing).
    if (random() < 0.3) killTimer = setTimeout(kill, Math.floor(random() * 400));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (killTimer === undefined && out.includes('READY\n'))
        killTimer = setTimeout(kill, Math.floor(random() * 250));
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(killTimer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`child ended by itself (code ${code}): ${stderr}`));
        return;
      }
      const acks = [...out.matchAll(/^ACK (\d+)$/gm)].map((m) => Number(m[1]));
      resolve({ acked: acks.length ? Math.max(...acks) : start - 1, stderr });
    });
  });
}

describe('power loss', () => {
  it(`keeps every acknowledged change through ${KILLS} kills`, { timeout: 1_200_000 }, async () => {
    expect(fs.existsSync(BUILT), 'the kill loop runs the built backend: run `npm run build` first').toBe(
      true,
    );
    const dir = dirs.make();
    const random = rng(20220209);
    let next = 0;
    /** Every change number some run acknowledged (a killed run may leave the next one half-done). */
    const acknowledged: number[] = [];
    let survived = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const run = await runAndKill(dir, next, random);
      for (let i = next; i <= run.acked; i++) acknowledged.push(i);

      const backend = await Backend.open({ dataDir: dir });
      try {
        expect(backend.store.notices, `kill ${kill}: opened without recovery`).toEqual([]);
        expect(backend.store.db.quickCheck()).toBe('ok');
        const names = new Set(
          backend.store.db.all<{ name: string }>('SELECT name FROM enterprises').map((r) => r.name),
        );
        for (const i of acknowledged) {
          const name = `E-${String(i).padStart(6, '0')}`;
          if (!names.has(name) || !names.has(`${name}-b`)) {
            throw new Error(`kill ${kill}: acknowledged change ${i} is missing`);
          }
        }
        // Each enterprise arrives whole, with its demand line, or not at all.
        const orphans = backend.store.db.get<{ n: number }>(
          'SELECT COUNT(*) AS n FROM enterprises e WHERE NOT EXISTS (SELECT 1 FROM demand_lines l WHERE l.enterprise_id = e.id)',
        );
        expect(orphans?.n).toBe(0);
        const indexes = [...names].map((n) => Number(/^E-(\d+)/.exec(n)?.[1] ?? -1));
        next = Math.max(next - 1, ...indexes) + 1;
      } finally {
        await backend.close();
      }
      survived++;
    }
    expect(survived).toBe(KILLS);
    expect(acknowledged.length).toBeGreaterThan(KILLS / 4);
    console.log(`kill loop: ${survived} kills survived, ${acknowledged.length} acknowledged changes checked`);
  });
});
