import { readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { SqlValue } from 'sql.js';
import * as path from 'node:path';
import { fsyncFolder, nodeFs, type WriteFs } from './durable-write';
import type { CapturedStatement } from './database';
import {
  isSealedRecord,
  keyNeededError,
  openRecord,
  sealRecord,
  TamperedError,
  tamperedError,
  type DataKey,
} from './cipher';
import { FILE_MODE } from './file-modes';

/** One SQL statement of a committed transaction, as it was run. */
export type JournalStatement = CapturedStatement;

/** Every statement of one group of committed transactions, applied again in order on replay. */
export interface JournalRecord {
  /** The database generation this record continues; a restore or recovery starts a new one. */
  gen: string;
  seq: number;
  statements: JournalStatement[];
}

/** A record as read back: `sealed` tells whether it was encrypted (a plain one in an encrypted store is suspect). */
export interface ReadRecord extends JournalRecord {
  sealed: boolean;
}

const HEADER = 8; // u32 length + u32 crc32, little-endian

/**
 * The write-ahead journal beside the database file. Saving the whole database after every change
 * costs seconds once it holds 100k people, so each committed change is appended here (and fsynced)
 * instead, and the full file is rewritten only at checkpoints. Each record is framed with its
 * length and CRC-32: a record torn by a crash mid-append is detected and ignored (it was never
 * acknowledged); everything before it is intact. With a data key the payload is a sealed record
 * (db/cipher.ts) inside the same frame: the CRC still finds a torn append, and the authentication
 * tag finds a changed one.
 */
export function encodeRecord(record: JournalRecord, key?: DataKey): Buffer {
  const json = Buffer.from(JSON.stringify(record, blobReplacer), 'utf8');
  const payload = key ? sealRecord(key, record.gen, record.seq, json) : json;
  const frame = Buffer.alloc(HEADER + payload.length);
  frame.writeUInt32LE(payload.length, 0);
  frame.writeUInt32LE(crc32(payload), 4);
  payload.copy(frame, HEADER);
  return frame;
}

export interface ReadJournal {
  records: ReadRecord[];
  /** Bytes after the last whole record: a torn append (harmless) or damage (worth a notice). */
  trailingBytes: number;
}

/**
 * The whole records of a journal. A sealed record needs the key (refused without it, or under
 * another key); one whose CRC is right but which does not authenticate was changed on purpose and
 * refuses the open (skipping it would drop acknowledged changes at the next checkpoint).
 */
export function decodeJournal(bytes: Uint8Array, key?: DataKey, file = 'spring-breeze.journal'): ReadJournal {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: ReadRecord[] = [];
  let at = 0;
  while (at + HEADER <= buf.length) {
    const length = buf.readUInt32LE(at);
    const sum = buf.readUInt32LE(at + 4);
    const end = at + HEADER + length;
    if (end > buf.length) break;
    const payload = buf.subarray(at + HEADER, end);
    if (crc32(payload) !== sum) break;
    const sealed = isSealedRecord(payload);
    let json: Buffer = payload;
    let clear: { gen: string; seq: number } | null = null;
    if (sealed) {
      if (!key) throw keyNeededError();
      try {
        const opened = openRecord(key, payload);
        json = opened.plain;
        clear = opened;
      } catch (err) {
        throw err instanceof TamperedError ? tamperedError(path.basename(file)) : err;
      }
    }
    let record: JournalRecord;
    try {
      record = JSON.parse(json.toString('utf8'), blobReviver) as JournalRecord;
    } catch {
      if (sealed) throw tamperedError(path.basename(file));
      break;
    }
    if (typeof record.gen !== 'string' || !Number.isInteger(record.seq) || !Array.isArray(record.statements))
      break;
    if (clear && (clear.gen !== record.gen || clear.seq !== record.seq))
      throw tamperedError(path.basename(file));
    records.push({ ...record, sealed });
    at = end;
  }
  return { records, trailingBytes: buf.length - at };
}

export async function readJournal(file: string, key?: DataKey): Promise<ReadJournal> {
  const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return new Uint8Array();
    throw err;
  });
  return decodeJournal(bytes, key, file);
}

/** Appends records and waits until they are on disk. */
export async function appendToJournal(
  file: string,
  records: JournalRecord[],
  fs: WriteFs = nodeFs,
  key?: DataKey,
): Promise<number> {
  const data = Buffer.concat(records.map((r) => encodeRecord(r, key)));
  const handle = await fs.open(file, 'a', FILE_MODE);
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
