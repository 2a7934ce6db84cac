import { randomUUID } from 'node:crypto';
import { open, readFile, rm, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { ApiError } from '../../../shared/contract/result';
import type { StagedFile } from '../../../shared/contract/imports';
import { openFile, SealedPurpose, sealFile, TamperedError, tamperedError, type DataKey } from '../db/cipher';
import { FILE_MODE, makeOwnerDir } from '../db/file-modes';
import { MAX_FILE_BYTES } from './read-workbook';

interface Entry {
  name: string;
  file: string;
  size: number;
  /** Chunks written (with a key, each is sealed on its own, bound to the file's id and its place). */
  chunks: number;
  complete: boolean;
}

/**
 * Files chosen for import, kept under the data folder's `imports/staging/` and known to the renderer
 * only by an opaque id. Electron main stages the path its own open dialog returned; browser mode
 * uploads the bytes in chunks. Nothing here trusts a path from the renderer.
 *
 * The files are the owner's only, encrypted when the store has a key (each chunk a sealed file,
 * framed by its length), and deleted when their import ends: committed, cancelled, or unreadable.
 * Only this session knows them, so whatever an earlier one left behind is removed at start.
 */
export class FileStaging {
  private readonly entries = new Map<string, Entry>();
  readonly dir: string;

  constructor(
    dataDir: string,
    private readonly key?: DataKey,
  ) {
    this.dir = path.join(dataDir, 'imports', 'staging');
  }

  /** Removes what earlier sessions left behind (no session but this one can read it). */
  async sweep(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }

  /** A copy of a file the user picked in main's dialog: later edits to the original do not change the import. */
  async stagePath(source: string): Promise<StagedFile> {
    const s = await stat(source).catch(() => null);
    if (!s?.isFile()) throw new ApiError('not_found', 'e.not_found');
    if (s.size > MAX_FILE_BYTES)
      throw new ApiError('invalid_input', 'imports.read.too_large', {
        params: { mb: MAX_FILE_BYTES / 1048576 },
      });
    return this.stageBytes(path.basename(source), await readFile(source));
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
      entry = {
        name: path.basename(input.name),
        file: await this.newFile(fileId),
        size: 0,
        chunks: 0,
        complete: false,
      };
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
    await this.write(fileId, entry, bytes);
    entry.complete = input.done;
    return { fileId, name: entry.name, size: entry.size, complete: entry.complete };
  }

  /** Stages bytes at once (the command line, tests). */
  async stageBytes(name: string, bytes: Uint8Array): Promise<StagedFile> {
    const fileId = randomUUID();
    const entry: Entry = {
      name: path.basename(name),
      file: await this.newFile(fileId),
      size: 0,
      chunks: 0,
      complete: true,
    };
    this.entries.set(fileId, entry);
    try {
      await this.write(fileId, entry, bytes);
    } catch (err) {
      await this.discard(fileId);
      throw err;
    }
    return { fileId, name: entry.name, size: entry.size };
  }

  get(fileId: string): { name: string; size: number } {
    const e = this.entries.get(fileId);
    if (!e?.complete) throw new ApiError('not_found', 'imports.read.file_gone');
    return { name: e.name, size: e.size };
  }

  async read(fileId: string): Promise<Uint8Array> {
    const e = this.entries.get(fileId);
    if (!e?.complete) throw new ApiError('not_found', 'imports.read.file_gone');
    const bytes = await readFile(e.file).catch(() => {
      throw new ApiError('not_found', 'imports.read.file_gone');
    });
    if (!this.key) return bytes;
    const plain: Buffer[] = [];
    let at = 0;
    try {
      while (at < bytes.length) {
        if (at + 4 > bytes.length) throw new TamperedError('staged file');
        const length = bytes.readUInt32LE(at);
        if (at + 4 + length > bytes.length) throw new TamperedError('staged file');
        plain.push(
          openFile(
            this.key,
            SealedPurpose.upload,
            bytes.subarray(at + 4, at + 4 + length),
            chunkContext(fileId, plain.length),
          ),
        );
        at += 4 + length;
      }
    } catch (err) {
      throw err instanceof TamperedError ? tamperedError(e.name) : err;
    }
    const whole = Buffer.concat(plain);
    if (plain.length !== e.chunks || whole.length !== e.size) throw tamperedError(e.name);
    return whole;
  }

  /** Deletes a staged file; false when this session did not know it (already gone). */
  async discard(fileId: string): Promise<boolean> {
    const e = this.entries.get(fileId);
    this.entries.delete(fileId);
    if (e) await rm(e.file, { force: true });
    return e !== undefined;
  }

  async discardAll(): Promise<void> {
    for (const id of [...this.entries.keys()]) await this.discard(id);
  }

  private async newFile(fileId: string): Promise<string> {
    await makeOwnerDir(this.dir);
    return path.join(this.dir, `${fileId}.upload`);
  }

  /** Appends one chunk: as it is, or sealed and framed by its length. */
  private async write(fileId: string, entry: Entry, bytes: Uint8Array): Promise<void> {
    let data: Uint8Array = bytes;
    if (this.key) {
      const sealed = sealFile(this.key, SealedPurpose.upload, bytes, chunkContext(fileId, entry.chunks));
      const length = Buffer.alloc(4);
      length.writeUInt32LE(sealed.length);
      data = Buffer.concat([length, sealed]);
    }
    const handle = await open(entry.file, 'a', FILE_MODE);
    try {
      await handle.write(data);
    } finally {
      await handle.close();
    }
    entry.size += bytes.length;
    entry.chunks++;
  }
}

function chunkContext(fileId: string, index: number): string {
  return `upload ${fileId} chunk ${index}`;
}
