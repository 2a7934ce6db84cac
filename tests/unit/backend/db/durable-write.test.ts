import * as fs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFs, writeFileDurably, type WriteFs } from '../../../../electron/backend/db/durable-write';
import { fsError } from '../../support/faulty-fs';
import { digest, fileDigest, namesIn, tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
let dir: string;
let target: string;
const OLD = Buffer.from('the previous, complete database bytes');
const NEW = new Uint8Array(64 * 1024).map((_, i) => (i * 7) % 251);

beforeEach(() => {
  dir = dirs.make();
  target = path.join(dir, 'spring-breeze.sqlite');
});
afterEach(() => dirs.cleanup());

/** A file system whose temp-file handle writes `limit` bytes, then fails with `code`. */
function failingWrites(limit: number, code: string): WriteFs & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    async open(file, flags) {
      opened.push(file);
      const real = await nodeFs.open(file, flags);
      let written = 0;
      return new Proxy(real, {
        get(target, prop, receiver) {
          if (prop === 'write') {
            return async (buf: Uint8Array, offset = 0, length = buf.byteLength - offset) => {
              const room = limit - written;
              if (room <= 0) throw fsError(code, 'write');
              const n = Math.min(room, length);
              const result = await real.write(buf, offset, n);
              written += result.bytesWritten;
              return result;
            };
          }
          const value: unknown = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value;
        },
      }) as FileHandle;
    },
    rename: nodeFs.rename,
    unlink: nodeFs.unlink,
  };
}

function renamesFailing(codes: string[]): WriteFs & { attempts: number } {
  const fsLike = {
    attempts: 0,
    open: nodeFs.open,
    async rename(from: string, to: string) {
      const code = codes[fsLike.attempts++];
      if (code) throw fsError(code);
      return nodeFs.rename(from, to);
    },
    unlink: nodeFs.unlink,
  };
  return fsLike;
}

describe('writeFileDurably', () => {
  it('creates the file when none existed, leaving nothing else behind', async () => {
    await writeFileDurably(target, NEW);
    expect(fileDigest(target)).toBe(digest(NEW));
    expect(namesIn(dir)).toEqual(['spring-breeze.sqlite']);
  });

  it('replaces an existing file with the new bytes', async () => {
    fs.writeFileSync(target, OLD);
    await writeFileDurably(target, NEW);
    expect(fileDigest(target)).toBe(digest(NEW));
    expect(namesIn(dir)).toEqual(['spring-breeze.sqlite']);
  });

  it.each([
    ['the disk fills up half-way (ENOSPC)', 20_000, 'ENOSPC'],
    ['an I/O error before any byte is written', 0, 'EIO'],
  ])('keeps the previous file exactly when %s', async (_label, limit, code) => {
    fs.writeFileSync(target, OLD);
    const faulty = failingWrites(limit, code);
    await expect(writeFileDurably(target, NEW, { fs: faulty })).rejects.toMatchObject({ code });
    // The failure really happened in a temp file beside the target, not in the target itself.
    expect(faulty.opened).toHaveLength(1);
    expect(faulty.opened[0]).not.toBe(target);
    expect(path.dirname(faulty.opened[0]!)).toBe(dir);
    expect(fileDigest(target)).toBe(digest(OLD));
    expect(namesIn(dir)).toEqual(['spring-breeze.sqlite']);
  });

  it('creates no file at all when the first write to a new file fails', async () => {
    await expect(writeFileDurably(target, NEW, { fs: failingWrites(100, 'ENOSPC') })).rejects.toThrow();
    expect(namesIn(dir)).toEqual([]);
  });

  it.each(['EXDEV', 'EIO'])(
    'keeps the previous file and removes the temp file when rename fails with %s',
    async (code) => {
      fs.writeFileSync(target, OLD);
      const faulty = renamesFailing([code, code, code]);
      await expect(writeFileDurably(target, NEW, { fs: faulty, retryDelayMs: 1 })).rejects.toMatchObject({
        code,
      });
      expect(faulty.attempts).toBe(1); // not a transient error: no retry
      expect(fileDigest(target)).toBe(digest(OLD));
      expect(namesIn(dir)).toEqual(['spring-breeze.sqlite']);
    },
  );

  it('retries a rename that a scanner holds busy (EBUSY twice, then success)', async () => {
    fs.writeFileSync(target, OLD);
    const faulty = renamesFailing(['EBUSY', 'EBUSY']);
    await writeFileDurably(target, NEW, { fs: faulty, retryDelayMs: 1 });
    expect(faulty.attempts).toBe(3);
    expect(fileDigest(target)).toBe(digest(NEW));
    expect(namesIn(dir)).toEqual(['spring-breeze.sqlite']);
  });

  it('retries EPERM and EACCES too', async () => {
    fs.writeFileSync(target, OLD);
    const faulty = renamesFailing(['EPERM', 'EACCES']);
    await writeFileDurably(target, NEW, { fs: faulty, retryDelayMs: 1 });
    expect(faulty.attempts).toBe(3);
    expect(fileDigest(target)).toBe(digest(NEW));
  });

  it('gives up after the retries, keeping the previous file and no temp file', async () => {
    fs.writeFileSync(target, OLD);
    const faulty = renamesFailing(Array(10).fill('EBUSY'));
    await expect(
      writeFileDurably(target, NEW, { fs: faulty, retries: 3, retryDelayMs: 1 }),
    ).rejects.toMatchObject({
      code: 'EBUSY',
    });
    expect(faulty.attempts).toBe(4);
    expect(fileDigest(target)).toBe(digest(OLD));
    expect(namesIn(dir)).toEqual(['spring-breeze.sqlite']);
  });
});
