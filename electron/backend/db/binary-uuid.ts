import { v7 as uuidv7 } from 'uuid';

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

/**
 * A new UUID as bytes, without its text form. Time-ordered (version 7): new ids go to the end of
 * the id index instead of anywhere in it, which keeps a large import's inserts local.
 */
export function newUuidBytes(): Uint8Array {
  return uuidv7(undefined, new Uint8Array(16));
}
