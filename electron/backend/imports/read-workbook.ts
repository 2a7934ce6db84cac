import type * as SheetJS from '@e965/xlsx';
import * as zlib from 'node:zlib';
import { ApiError } from '../../../shared/contract/result';
import type { CellValue } from '../../../shared/imports/cells';
import { parseCsv, TooManyRows } from './csv';
import { binaryShare, decodeText } from './decode-text';

/**
 * SheetJS inflates the parts of an .xlsx with its own JavaScript inflater unless given Node's zlib,
 * and that inflater loops forever on some damaged data (a few flipped bytes are enough); zlib
 * refuses such data with an error, and is faster. A part may inflate to at most MAX_PART_BYTES, so a
 * small crafted file cannot fill the memory. SheetJS reads `bytesRead`, which Node deprecates as
 * another name for `bytesWritten`: it gets the same figure here without the warning.
 */
const MAX_PART_BYTES = 384 * 1024 * 1024;
const NodeInflateRaw = (
  zlib as unknown as { InflateRaw: new (options: zlib.ZlibOptions) => { bytesWritten: number } }
).InflateRaw;
class InflateRaw extends NodeInflateRaw {
  constructor() {
    super({ maxOutputLength: MAX_PART_BYTES });
  }
  get bytesRead(): number {
    return this.bytesWritten;
  }
}

let sheetjsModule: typeof SheetJS | null = null;

/**
 * SheetJS and its code pages take ~0.4 s to load: they load on the first spreadsheet read, not
 * when the backend starts. Old .xls files written by Chinese Excel (BIFF5 and earlier) store text in
 * code page 936, hence the code pages.
 */
function sheetjs(): typeof SheetJS {
  if (sheetjsModule) return sheetjsModule;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const XLSX = require('@e965/xlsx') as typeof SheetJS;
  XLSX.set_cptable(require('@e965/xlsx/dist/cpexcel') as Parameters<typeof XLSX.set_cptable>[0]);
  /* eslint-enable @typescript-eslint/no-require-imports */
  (XLSX.CFB as { utils: { use_zlib(z: unknown): void } }).utils.use_zlib({
    InflateRaw,
    deflateRawSync: zlib.deflateRawSync,
  });
  sheetjsModule = XLSX;
  return XLSX;
}

export type FileFormat = 'xlsx' | 'xls' | 'ods' | 'csv';

export interface Sheet {
  name: string;
  rows: CellValue[][];
  /** Cells that held a formula: their last calculated value is used. */
  formulas: number;
  /** Cells filled from a merged range (the value is written in its first cell only). */
  mergedFilled: number;
}

export interface Workbook {
  format: FileFormat;
  encoding: string | null;
  sheets: Sheet[];
}

/** An import takes at most this many rows from a sheet (a county roster has hundreds, a prefecture's 100k). */
export const MAX_ROWS = 200_000;
/** Larger files are refused before they are read. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

const readError = (key: string, params: Record<string, string | number> = {}) =>
  new ApiError('invalid_input', `imports.read.${key}`, { params });

function sniff(bytes: Uint8Array): 'zip' | 'cfb' | 'text' | 'binary' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'cfb';
  return binaryShare(bytes) > 0.01 ? 'binary' : 'text';
}

/**
 * Reads a roster file (xlsx, xls, ods, csv) into rows of raw cell values. The kind is taken from the
 * bytes, not the name. Every failure is an ApiError with an `imports.read.*` message that says what
 * is wrong with the file; nothing here ever writes.
 */
export function readWorkbook(bytes: Uint8Array): Workbook {
  if (bytes.length === 0) throw readError('empty_file');
  if (bytes.length > MAX_FILE_BYTES)
    throw readError('too_large', { mb: Math.round(MAX_FILE_BYTES / 1048576) });
  const kind = sniff(bytes);
  if (kind === 'binary') throw readError('not_spreadsheet');
  if (kind === 'text') return readCsv(bytes);
  return readSpreadsheet(bytes, kind);
}

function readCsv(bytes: Uint8Array): Workbook {
  const { text, encoding } = decodeText(bytes);
  if (/^\s*<(!doctype|html|table|\?xml)/i.test(text)) return readSpreadsheet(bytes, 'text');
  let rows: string[][];
  try {
    rows = parseCsv(text, MAX_ROWS);
  } catch (err) {
    if (err instanceof TooManyRows) throw readError('too_many_rows', { max: MAX_ROWS });
    throw err;
  }
  return { format: 'csv', encoding, sheets: [{ name: 'CSV', rows, formulas: 0, mergedFilled: 0 }] };
}

function readSpreadsheet(bytes: Uint8Array, kind: 'zip' | 'cfb' | 'text'): Workbook {
  let wb: SheetJS.WorkBook;
  try {
    wb = sheetjs().read(bytes, {
      type: 'buffer',
      dense: true,
      cellDates: false,
      cellHTML: false,
      cellStyles: false,
      // No formatted text per cell (most of the reading time): values are taken as stored.
      cellText: false,
      // Keeps formula cells that were never calculated, so they are counted and reported.
      sheetStubs: true,
      // One row more than allowed, to tell "too many" from "exactly the limit".
      sheetRows: MAX_ROWS + 1,
      WTF: false,
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/password|encrypt/i.test(message)) throw readError('encrypted');
    if (kind === 'zip') throw readError('damaged', { detail: message.slice(0, 120) });
    if (kind === 'cfb') throw readError('damaged', { detail: message.slice(0, 120) });
    throw readError('not_spreadsheet');
  }
  const format: FileFormat =
    wb.bookType === 'ods' ? 'ods' : wb.bookType === 'xls' || kind === 'cfb' ? 'xls' : 'xlsx';
  if (kind === 'zip' && wb.SheetNames.length === 0) throw readError('not_spreadsheet');
  // A damaged file can list a sheet whose part is missing or unreadable: such sheets are left out.
  const names = wb.SheetNames.filter((name) => Object.hasOwn(wb.Sheets, name));
  if (names.length === 0 && wb.SheetNames.length > 0)
    throw readError('damaged', { detail: 'no readable sheet' });
  const sheets = names.map((name) => toSheet(name, wb.Sheets[name]!));
  for (const s of sheets) if (s.rows.length > MAX_ROWS) throw readError('too_many_rows', { max: MAX_ROWS });
  return { format, encoding: null, sheets };
}

function toSheet(name: string, ws: SheetJS.WorkSheet): Sheet {
  const dense = (ws['!data'] ?? []) as (SheetJS.CellObject | undefined)[][];
  let formulas = 0;
  const rows: CellValue[][] = [];
  for (let r = 0; r < dense.length; r++) {
    const src = dense[r];
    const out: CellValue[] = [];
    if (src) {
      for (let c = 0; c < src.length; c++) {
        const cell = src[c];
        if (!cell) {
          out.push(null);
          continue;
        }
        if (cell.f) formulas++;
        out.push(cellValue(cell));
      }
    }
    rows.push(out);
  }
  let mergedFilled = 0;
  // A merge is filled only as far as the data reaches: a crafted range (A1:XFD1048576) would otherwise
  // make billions of cells.
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (const m of ws['!merges'] ?? []) {
    const value = rows[m.s.r]?.[m.s.c] ?? null;
    if (value === null) continue;
    for (let r = m.s.r; r <= m.e.r && r < rows.length; r++) {
      const row = rows[r]!;
      for (let c = m.s.c; c <= m.e.c && c < width; c++) {
        if (r === m.s.r && c === m.s.c) continue;
        while (row.length <= c) row.push(null);
        row[c] = value;
        mergedFilled++;
      }
    }
  }
  return { name, rows, formulas, mergedFilled };
}

/** Excel's error codes (as SheetJS stores them without formatted text) → the text Excel shows. */
const ERROR_TEXT: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

function cellValue(cell: SheetJS.CellObject): CellValue {
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'n':
      return typeof cell.v === 'number' ? cell.v : null;
    case 'b':
      return typeof cell.v === 'boolean' ? cell.v : null;
    case 'd':
      return cell.v instanceof Date ? cell.v : null;
    case 'e':
      // #N/A, #REF!: the formula's shown error text.
      return cell.w ?? (typeof cell.v === 'number' ? (ERROR_TEXT[cell.v] ?? null) : null);
    default:
      return null;
  }
}
