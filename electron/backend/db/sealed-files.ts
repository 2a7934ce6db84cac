import { open, readdir, readFile, stat, unlink } from 'node:fs/promises';
import * as path from 'node:path';
import {
  isSealedFile,
  keyNeededError,
  openFile,
  SealedPurpose,
  sealFileChunks,
  TamperedError,
  type DataKey,
} from './cipher';
import { fsyncFolder, writeFileDurably } from './durable-write';

/**
 * A database image as it goes to disk: sealed under the key (pieces for one write: call again for
 * another file), or as it is without one.
 */
export function sealImage(key: DataKey | undefined, image: Uint8Array): Uint8Array | Iterable<Uint8Array> {
  return key ? sealFileChunks(key, SealedPurpose.database, image) : image;
}

/**
 * The database image a file holds, or null when it cannot be one: a sealed file that does not
 * authenticate (damaged or changed), or plain bytes where only sealed ones are accepted. A file
 * sealed under another key is refused (wrongKeyError), as is a sealed file without a key
 * (keyNeededError): neither is damage, and neither may be replaced by a backup.
 */
export function openImage(
  bytes: Uint8Array,
  key: DataKey | undefined,
  acceptPlain: boolean,
  /** Free room to leave after a decrypted image, in the same allocation (see Store's headroom). */
  room = 0,
): Uint8Array | null {
  if (!isSealedFile(bytes)) return acceptPlain ? bytes : null;
  if (!key) throw keyNeededError();
  try {
    return openFile(key, SealedPurpose.database, bytes, '', room);
  } catch (err) {
    if (err instanceof TamperedError) return null;
    throw err;
  }
}

/** The files of a data folder that hold (or once held) database content, besides the live file and journal. */
async function keptFiles(dataDir: string): Promise<string[]> {
  const inFolder = await readdir(dataDir).catch(() => [] as string[]);
  const inBackups = await readdir(path.join(dataDir, 'backups')).catch(() => [] as string[]);
  return [
    ...inFolder
      .filter((n) => /^spring-breeze\..+\.(sqlite|journal)$/.test(n))
      .map((n) => path.join(dataDir, n)),
    ...inBackups.filter((n) => n.endsWith('.sqlite')).map((n) => path.join(dataDir, 'backups', n)),
  ];
}

/** True when any backup or copy kept aside is sealed: the folder has been encrypted before. */
export async function folderWasSealed(dataDir: string): Promise<boolean> {
  for (const file of await keptFiles(dataDir)) if (await startsSealed(file)) return true;
  return false;
}

/** Reads only a file's first bytes (backups of a large database are large). */
async function startsSealed(file: string): Promise<boolean> {
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const head = Buffer.alloc(16);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return isSealedFile(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/**
 * While a plain folder is being encrypted, this marker lies beside the database: a crash half-way
 * leaves it, and the next open with the key carries on. Only then are plain backups sealed: in a
 * folder already encrypted, a plain file is never sealed (that would make a planted file trusted).
 */
const MARKER = 'spring-breeze.encrypting';

export async function encryptionUnderWay(dataDir: string): Promise<boolean> {
  return (await stat(path.join(dataDir, MARKER)).catch(() => null)) !== null;
}

export async function startEncryption(dataDir: string): Promise<void> {
  await writeFileDurably(path.join(dataDir, MARKER), new Uint8Array());
}

/**
 * Encrypts in place every backup and copy kept aside that is still plain, each replaced whole and
 * durably, then removes the marker.
 */
export async function finishEncryption(dataDir: string, key: DataKey): Promise<void> {
  for (const file of await keptFiles(dataDir)) {
    if (await startsSealed(file)) continue;
    const bytes = await readFile(file).catch(() => null);
    if (!bytes || bytes.byteLength === 0) continue;
    await writeFileDurably(file, sealImage(key, bytes));
  }
  await unlink(path.join(dataDir, MARKER)).catch(() => undefined);
  await fsyncFolder(dataDir);
}
