import { randomFillSync } from 'node:crypto';

/**
 * Event ids are UUIDs stored as 16 bytes: at a million events the text form would cost some 40 MB
 * more, in the table and again in its unique index.
 */
export function uuidToBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

export function bytesToUuid(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

let pool = new Uint8Array(0);
let used = 0;

/**
 * A new random (version 4) UUID as bytes, without its text form. Random bytes are drawn 4 KiB at a
 * time: bulk inserts make tens of thousands of ids, and one system call each was most of their cost.
 */
export function newUuidBytes(): Uint8Array {
  if (used + 16 > pool.length) {
    pool = randomFillSync(new Uint8Array(4096));
    used = 0;
  }
  const b = pool.slice(used, (used += 16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  return b;
}
