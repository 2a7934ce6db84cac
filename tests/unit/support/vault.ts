import * as fs from 'node:fs';
import * as path from 'node:path';

/** A fixed 32-byte data key for the encrypted store's tests. */
export const TEST_KEY = new Uint8Array(Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff));
/** Another key: a folder encrypted under TEST_KEY must refuse it. */
export const OTHER_KEY = new Uint8Array(32).fill(7);

/** Every file under a folder (recursively), as paths relative to it. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const e of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) out.push(path.relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * What `strings` would find: runs of at least `min` printable ASCII characters in every file of
 * the folder, joined with newlines.
 */
export function stringsIn(dir: string, min = 4): string {
  const runs: string[] = [];
  for (const rel of filesUnder(dir)) {
    const bytes = fs.readFileSync(path.join(dir, rel));
    let run = '';
    for (const b of bytes) {
      if (b >= 0x20 && b < 0x7f) run += String.fromCharCode(b);
      else {
        if (run.length >= min) runs.push(run);
        run = '';
      }
    }
    if (run.length >= min) runs.push(run);
  }
  return runs.join('\n');
}
