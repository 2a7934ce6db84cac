import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { ApiError } from '../../../shared/contract/result';
import type { StagedFile } from '../../../shared/contract/imports';
import { MAX_FILE_BYTES } from './read-workbook';

/** Staged files older than this are removed when the backend starts. */
const MAX_AGE_MS = 24 * 60 * 60_000;

interface Entry {
  name: string;
  file: string;
  size: number;
  complete: boolean;
}

/**
 * Files chosen for import, kept under the data folder's `imports/staging/` and known to the renderer
 * only by an opaque id. Electron main stages the path its own open dialog returned; browser mode
 * uploads the bytes in chunks. Nothing here trusts a path from the renderer.
 */
export class FileStaging {
  private readonly entries = new Map<string, Entry>();
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'imports', 'staging');
  }

  /** Removes what earlier sessions left behind. */
  async sweep(now = Date.now()): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    for (const n of names) {
      const full = path.join(this.dir, n);
      const s = await stat(full).catch(() => null);
      if (s && now - s.mtimeMs > MAX_AGE_MS) await rm(full, { force: true });
    }
  }

  /** A copy of a file the user picked in main's dialog: later edits to the original do not change the import. */
  async stagePath(source: string): Promise<StagedFile> {
    const s = await stat(source).catch(() => null);
    if (!s?.isFile()) throw new ApiError('not_found', 'e.not_found');
    if (s.size > MAX_FILE_BYTES)
      throw new ApiError('invalid_input', 'imports.read.too_large', {
        params: { mb: MAX_FILE_BYTES / 1048576 },
      });
    const fileId = randomUUID();
    const file = await this.newFile(fileId);
    await copyFile(source, file);
    this.entries.set(fileId, { name: path.basename(source), file, size: s.size, complete: true });
    return { fileId, name: path.basename(source), size: s.size };
  }

  /** One chunk of an upload, in order; the first (fileId null) creates the staged file. */
  async append(input: {
    fileId: string | null;
    name: string;
    offset: number;
    data: string;
    done: boolean;
  }): Promise<StagedFile & { complete: boolean }> {
    let fileId = input.fileId;
    let entry: Entry | undefined;
    if (fileId === null) {
      if (input.offset !== 0) throw new ApiError('invalid_input', 'e.invalid_input');
      fileId = randomUUID();
      entry = { name: path.basename(input.name), file: await this.newFile(fileId), size: 0, complete: false };
      this.entries.set(fileId, entry);
    } else {
      entry = this.entries.get(fileId);
      if (!entry || entry.complete) throw new ApiError('not_found', 'e.not_found');
      if (input.offset !== entry.size) throw new ApiError('conflict', 'e.conflict');
    }
    const bytes = Buffer.from(input.data, 'base64');
    if (entry.size + bytes.length > MAX_FILE_BYTES) {
      await this.discard(fileId);
      throw new ApiError('invalid_input', 'imports.read.too_large', {
        params: { mb: MAX_FILE_BYTES / 1048576 },
      });
    }
    const handle = await open(entry.file, 'a');
    try {
      await handle.write(bytes);
    } finally {
      await handle.close();
    }
    entry.size += bytes.length;
    entry.complete = input.done;
    return { fileId, name: entry.name, size: entry.size, complete: entry.complete };
  }

  /** Stages bytes at once (the command line, tests). */
  async stageBytes(name: string, bytes: Uint8Array): Promise<StagedFile> {
    const fileId = randomUUID();
    const file = await this.newFile(fileId);
    const handle = await open(file, 'w');
    try {
      await handle.write(bytes);
    } finally {
      await handle.close();
    }
    this.entries.set(fileId, { name: path.basename(name), file, size: bytes.length, complete: true });
    return { fileId, name: path.basename(name), size: bytes.length };
  }

  get(fileId: string): { name: string; size: number } {
    const e = this.entries.get(fileId);
    if (!e?.complete) throw new ApiError('not_found', 'imports.read.file_gone');
    return { name: e.name, size: e.size };
  }

  async read(fileId: string): Promise<Uint8Array> {
    const e = this.entries.get(fileId);
    if (!e?.complete) throw new ApiError('not_found', 'imports.read.file_gone');
    return readFile(e.file);
  }

  async discard(fileId: string): Promise<void> {
    const e = this.entries.get(fileId);
    this.entries.delete(fileId);
    if (e) await rm(e.file, { force: true });
  }

  async discardAll(): Promise<void> {
    for (const id of [...this.entries.keys()]) await this.discard(id);
  }

  private async newFile(fileId: string): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    return path.join(this.dir, `${fileId}.upload`);
  }
}
