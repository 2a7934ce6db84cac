import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { FILE_MODE } from './file-modes';

/** The file-system calls the durable write makes; tests replace them to inject faults. */
export interface WriteFs {
  /** `mode` applies when the file is created (the data folder's files are the owner's only). */
  open(file: string, flags: string, mode?: number): Promise<fs.FileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

export const nodeFs: WriteFs = {
  open: (file, flags, mode) => fs.open(file, flags, mode),
  rename: (from, to) => fs.rename(from, to),
  unlink: (file) => fs.unlink(file),
};

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

/**
 * Writes `data` to `file` so that after a crash the file holds either the old or the new bytes,
 * never a mix: write a temp file beside it, fsync it, rename over the target (retrying the
 * transient Windows errors a virus scanner or indexer causes), then fsync the folder. The file is
 * created readable by its owner only.
 */
export async function writeFileDurably(
  file: string,
  data: Uint8Array | Iterable<Uint8Array>,
  options: { fs?: WriteFs; retries?: number; retryDelayMs?: number } = {},
): Promise<void> {
  const ops = options.fs ?? nodeFs;
  const retries = options.retries ?? 8;
  const delay = options.retryDelayMs ?? 25;
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  let handle: fs.FileHandle | undefined;
  try {
    handle = await ops.open(tmp, 'w', FILE_MODE);
    // One buffer, or pieces written one after the other (an image encrypted as it is written).
    for (const piece of data instanceof Uint8Array ? [data] : data) {
      let offset = 0;
      while (offset < piece.byteLength) {
        const { bytesWritten } = await handle.write(piece, offset, piece.byteLength - offset);
        if (bytesWritten <= 0) throw new Error('write made no progress');
        offset += bytesWritten;
      }
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    for (let attempt = 0; ; attempt++) {
      try {
        await ops.rename(tmp, file);
        break;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? '';
        if (attempt >= retries || !RETRYABLE.has(code)) throw err;
        await new Promise((r) => setTimeout(r, delay * (attempt + 1)));
      }
    }
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await ops.unlink(tmp).catch(() => undefined);
    throw err;
  }
  await fsyncFolder(path.dirname(file));
}

export async function fsyncFolder(dir: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
