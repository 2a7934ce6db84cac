import { readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { SqlValue } from 'sql.js';
import * as path from 'node:path';
import { fsyncFolder, nodeFs, type WriteFs } from './durable-write';
import type { CapturedStatement } from './database';

/** One SQL statement of a committed transaction, as it was run. */
export type JournalStatement = CapturedStatement;

/** Every statement of one group of committed transactions, applied again in order on replay. */
export interface JournalRecord {
  /** The database generation this record continues; a restore or recovery starts a new one. */
  gen: string;
  seq: number;
  statements: JournalStatement[];
}

const HEADER = 8; // u32 length + u32 crc32, little-endian

/**
 * The write-ahead journal beside the database file. Saving the whole database after every change
 * costs seconds once it holds 100k people, so each committed change is appended here (and fsynced)
 * instead, and the full file is rewritten only at checkpoints. Each record is framed with its
 * length and CRC-32: a record torn by a crash mid-append is detected and ignored (it was never
 * acknowledged); everything before it is intact.
 */
export function encodeRecord(record: JournalRecord): Buffer {
  const payload = Buffer.from(JSON.stringify(record, blobReplacer), 'utf8');
  const frame = Buffer.alloc(HEADER + payload.length);
  frame.writeUInt32LE(payload.length, 0);
  frame.writeUInt32LE(crc32(payload), 4);
  payload.copy(frame, HEADER);
  return frame;
}

export interface ReadJournal {
  records: JournalRecord[];
  /** Bytes after the last whole record: a torn append (harmless) or damage (worth a notice). */
  trailingBytes: number;
}

export function decodeJournal(bytes: Uint8Array): ReadJournal {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: JournalRecord[] = [];
  let at = 0;
  while (at + HEADER <= buf.length) {
    const length = buf.readUInt32LE(at);
    const sum = buf.readUInt32LE(at + 4);
    const end = at + HEADER + length;
    if (end > buf.length) break;
    const payload = buf.subarray(at + HEADER, end);
    if (crc32(payload) !== sum) break;
    let record: JournalRecord;
    try {
      record = JSON.parse(payload.toString('utf8'), blobReviver) as JournalRecord;
    } catch {
      break;
    }
    if (typeof record.gen !== 'string' || !Number.isInteger(record.seq) || !Array.isArray(record.statements))
      break;
    records.push(record);
    at = end;
  }
  return { records, trailingBytes: buf.length - at };
}

export async function readJournal(file: string): Promise<ReadJournal> {
  const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return new Uint8Array();
    throw err;
  });
  return decodeJournal(bytes);
}

/** Appends records and waits until they are on disk. */
export async function appendToJournal(
  file: string,
  records: JournalRecord[],
  fs: WriteFs = nodeFs,
): Promise<number> {
  const data = Buffer.concat(records.map(encodeRecord));
  const handle = await fs.open(file, 'a');
  try {
    let offset = 0;
    while (offset < data.length) {
      const { bytesWritten } = await handle.write(data, offset, data.length - offset);
      if (bytesWritten <= 0) throw new Error('journal write made no progress');
      offset += bytesWritten;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  return data.length;
}

/** Removes the journal after a checkpoint has written everything it held into the database file. */
export async function resetJournal(file: string, fs: WriteFs = nodeFs): Promise<void> {
  try {
    await fs.unlink(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    return;
  }
  await fsyncFolder(path.dirname(file));
}

function blobReplacer(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? { $blob: Buffer.from(value).toString('base64') } : value;
}

function blobReviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && '$blob' in value) {
    return new Uint8Array(Buffer.from(String((value as { $blob: unknown }).$blob), 'base64')) as SqlValue;
  }
  return value;
}
