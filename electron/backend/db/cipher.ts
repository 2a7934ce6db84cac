import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ApiError } from '../../../shared/contract/result';

/**
 * Encryption at rest (AES-256-GCM, Node's crypto) of the files in the data folder, under the
 * 32-byte data key the store is opened with. Two shapes:
 *
 * - a **sealed file** (the database file, backups, copies kept aside, staged uploads):
 *   `magic "SBVAULT" | version u8 | purpose u8 | key check 8 | nonce 12 | ciphertext | tag 16`;
 * - a **sealed journal record** (inside the journal's length + CRC-32 frame, so a torn append is
 *   still found by its CRC): `magic "SBVJ" | version u8 | key check 8 | gen length u8 | gen |
 *   seq f64 | nonce 12 | ciphertext | tag 16`.
 *
 * Everything before the ciphertext is authenticated as associated data (with the caller's context:
 * a staged upload's id and chunk number), so a sealed file cannot pose as another purpose, a chunk
 * cannot move, and a journal record cannot be moved to another generation or sequence number. The
 * key check (an HMAC of a fixed label under the key) tells a wrong key from a damaged or tampered
 * file: the first is refused and nothing is touched; the second never decrypts to anything.
 */

export type DataKey = Uint8Array;

export const SealedPurpose = { database: 1, upload: 2 } as const;
export type SealedPurpose = (typeof SealedPurpose)[keyof typeof SealedPurpose];

const FILE_MAGIC = Buffer.from('SBVAULT', 'latin1');
const RECORD_MAGIC = Buffer.from('SBVJ', 'latin1');
const VERSION = 1;
const CHECK = 8;
const NONCE = 12;
const TAG = 16;
const FILE_HEADER = FILE_MAGIC.length + 1 + 1 + CHECK + NONCE;

/** Raised when authentication fails under the right key: the bytes were damaged or changed. */
export class TamperedError extends Error {
  constructor(what: string) {
    super(`${what} failed authentication`);
    this.name = 'TamperedError';
  }
}

export const wrongKeyError = () => new ApiError('forbidden', 'e.vault_wrong_key');
export const keyNeededError = () => new ApiError('forbidden', 'e.vault_key_needed');
export const tamperedError = (file: string) =>
  new ApiError('conflict', 'e.vault_tampered', { params: { file } });

export function assertKey(key: DataKey): void {
  if (!(key instanceof Uint8Array) || key.byteLength !== 32) throw new Error('the data key must be 32 bytes');
}

/** Eight bytes that tell whether a file was sealed under this key (they reveal nothing of it). */
export function keyCheck(key: DataKey): Buffer {
  return createHmac('sha256', key).update('spring-breeze data key check v1').digest().subarray(0, CHECK);
}

/** True when the bytes are a sealed file (of any purpose, under any key). */
export function isSealedFile(bytes: Uint8Array): boolean {
  return (
    bytes.byteLength >= FILE_MAGIC.length &&
    Buffer.from(bytes.buffer, bytes.byteOffset, FILE_MAGIC.length).equals(FILE_MAGIC)
  );
}

export function sealFile(key: DataKey, purpose: SealedPurpose, plain: Uint8Array, context = ''): Buffer {
  return Buffer.concat([...sealFileChunks(key, purpose, plain, context)]);
}

/** Allocations openFile made with zero bytes after the plain bytes (the room it was asked for). */
const zeroedAfter = new WeakSet<ArrayBufferLike>();

/** How many zero bytes follow `bytes` in its own allocation, when openFile left room after them. */
export function zeroRoomAfter(bytes: Uint8Array): number {
  if (bytes.byteOffset !== 0 || !zeroedAfter.has(bytes.buffer)) return 0;
  return bytes.buffer.byteLength - bytes.byteLength;
}

/** Encrypted a piece at a time, so a large image is never copied whole a second time. */
const PIECE = 1 << 20;

/**
 * The same sealed file as a sequence of pieces (header, ciphertext, tag) for a writer to write one
 * after the other: a 250 MB database is not held twice in memory (allocating that much fresh memory
 * costs more than the encryption).
 */
export function* sealFileChunks(
  key: DataKey,
  purpose: SealedPurpose,
  plain: Uint8Array,
  context = '',
): Generator<Uint8Array> {
  const nonce = randomBytes(NONCE);
  const header = Buffer.concat([FILE_MAGIC, Buffer.from([VERSION, purpose]), keyCheck(key), nonce]);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.concat([header, Buffer.from(context, 'utf8')]));
  yield header;
  for (let at = 0; at < plain.byteLength; at += PIECE) {
    yield cipher.update(plain.subarray(at, Math.min(at + PIECE, plain.byteLength)));
  }
  const rest = cipher.final();
  yield rest.length ? Buffer.concat([rest, cipher.getAuthTag()]) : cipher.getAuthTag();
}

/**
 * The plain bytes of a sealed file. Throws `wrongKeyError` when it was sealed under another key
 * (or by a newer version), and `TamperedError` when it does not authenticate (damage or tampering).
 */
export function openFile(
  key: DataKey,
  purpose: SealedPurpose,
  sealed: Uint8Array,
  context = '',
  /** Zero bytes to leave after the plain bytes, in the same allocation (the database's headroom). */
  room = 0,
): Buffer {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (!isSealedFile(bytes) || bytes.length < FILE_HEADER + TAG) throw new TamperedError('sealed file');
  const at = FILE_MAGIC.length;
  if (bytes[at] !== VERSION) throw wrongKeyError();
  if (bytes[at + 1] !== purpose) throw new TamperedError('sealed file');
  if (!sameCheck(bytes.subarray(at + 2, at + 2 + CHECK), key)) throw wrongKeyError();
  const header = bytes.subarray(0, FILE_HEADER);
  const decipher = createDecipheriv('aes-256-gcm', key, header.subarray(FILE_HEADER - NONCE));
  decipher.setAAD(Buffer.concat([header, Buffer.from(context, 'utf8')]));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG));
  // Decrypted a piece at a time into one buffer: a large database is not allocated twice.
  const length = bytes.length - TAG - FILE_HEADER;
  const out = Buffer.allocUnsafe(length + room);
  let written = 0;
  try {
    for (let at = FILE_HEADER; at < bytes.length - TAG; at += PIECE) {
      written += decipher
        .update(bytes.subarray(at, Math.min(at + PIECE, bytes.length - TAG)))
        .copy(out, written);
    }
    written += decipher.final().copy(out, written);
  } catch {
    throw new TamperedError('sealed file');
  }
  out.fill(0, written);
  if (room > 0) zeroedAfter.add(out.buffer);
  return out.subarray(0, written);
}

/** True when a journal payload is a sealed record (a plain one is JSON and starts with `{`). */
export function isSealedRecord(payload: Uint8Array): boolean {
  return (
    payload.byteLength >= RECORD_MAGIC.length &&
    Buffer.from(payload.buffer, payload.byteOffset, RECORD_MAGIC.length).equals(RECORD_MAGIC)
  );
}

export function sealRecord(key: DataKey, gen: string, seq: number, plain: Uint8Array): Buffer {
  const genBytes = Buffer.from(gen, 'utf8');
  if (genBytes.length > 255) throw new Error('generation id too long');
  const seqBytes = Buffer.alloc(8);
  seqBytes.writeDoubleLE(seq);
  const nonce = randomBytes(NONCE);
  const header = Buffer.concat([
    RECORD_MAGIC,
    Buffer.from([VERSION]),
    keyCheck(key),
    Buffer.from([genBytes.length]),
    genBytes,
    seqBytes,
    nonce,
  ]);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(header);
  return Buffer.concat([header, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

/** A sealed journal record's generation, sequence number and plain bytes (same errors as openFile). */
export function openRecord(key: DataKey, payload: Uint8Array): { gen: string; seq: number; plain: Buffer } {
  const bytes = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  let at = RECORD_MAGIC.length;
  if (!isSealedRecord(bytes) || bytes.length < at + 1 + CHECK + 1) throw new TamperedError('journal record');
  if (bytes[at] !== VERSION) throw wrongKeyError();
  if (!sameCheck(bytes.subarray(at + 1, at + 1 + CHECK), key)) throw wrongKeyError();
  at += 1 + CHECK;
  const genLength = bytes[at]!;
  const headerEnd = at + 1 + genLength + 8 + NONCE;
  if (bytes.length < headerEnd + TAG) throw new TamperedError('journal record');
  const gen = bytes.subarray(at + 1, at + 1 + genLength).toString('utf8');
  const seq = bytes.readDoubleLE(at + 1 + genLength);
  const header = bytes.subarray(0, headerEnd);
  const decipher = createDecipheriv('aes-256-gcm', key, header.subarray(headerEnd - NONCE));
  decipher.setAAD(header);
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG));
  try {
    const plain = Buffer.concat([
      decipher.update(bytes.subarray(headerEnd, bytes.length - TAG)),
      decipher.final(),
    ]);
    return { gen, seq, plain };
  } catch {
    throw new TamperedError('journal record');
  }
}

function sameCheck(check: Buffer, key: DataKey): boolean {
  return check.length === CHECK && timingSafeEqual(check, keyCheck(key));
}
