import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A fresh folder per test; `cleanup` removes every folder made so far. */
export function tempDirs(): { make: () => string; cleanup: () => void } {
  const made: string[] = [];
  return {
    make() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-'));
      made.push(dir);
      return dir;
    },
    cleanup() {
      for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** File names in a folder, sorted (no recursion). */
export function namesIn(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

/**
 * A short fingerprint of some bytes (length and SHA-256). Compare fingerprints rather than the
 * bytes themselves: deep equality on large arrays is slow and its failure output unreadable.
 */
export function digest(bytes: Uint8Array): string {
  return `${bytes.byteLength}:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function fileDigest(file: string): string {
  return digest(fs.readFileSync(file));
}

/** Files a test puts in a data folder stand for ones the console wrote: readable by their owner only. */
export const OWNER_ONLY = { mode: 0o600 } as const;
