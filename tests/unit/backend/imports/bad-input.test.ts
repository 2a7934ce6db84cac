import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { fakeClock } from '../../support/clock';
import { call, errorOf } from '../../support/fixtures';
import { tempDirs } from '../../support/temp-dir';
import { utf8Csv } from './make-files';

/**
 * A corpus of bad files, generated once per run (the big ones are cheap to make: random bytes and
 * a CSV string). Each must give a clear message, never crash the backend, and import nothing.
 */
const dirs = tempDirs();
const clock = fakeClock('2022-03-01T08:00:00.000Z');
let backend: Backend;
const corpus = new Map<string, Uint8Array>();

async function emptySheetXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('空表');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function encryptedXlsx(): Buffer {
  // What Excel writes for a password-protected workbook: an OLE container holding the encrypted package.
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', randomBytes(4096));
  return XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer;
}

function millionRowCsv(): Buffer {
  const line = '某人,422823200301296461,13794571255\n';
  return Buffer.from(`姓名,身份证号码,联系电话\n${line.repeat(1_000_000)}`);
}

async function formulasWithoutValues(): Promise<Buffer> {
  // Formulas a tool wrote without calculating them: no value to import, and the page says so.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.addRow(['姓名', '身份证号码', '联系电话']);
  ws.addRow([{ formula: 'A3' }, { formula: 'B3' }, { formula: 'C3' }]);
  ws.mergeCells('A3:C3');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
  const good = XLSX.write(
    { SheetNames: ['S'], Sheets: { S: XLSX.utils.aoa_to_sheet([['姓名', '身份证号码', '联系电话']]) } },
    { bookType: 'xlsx', type: 'buffer' },
  ) as Buffer;
  corpus.set(
    'png.xlsx',
    Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(2048)]),
  );
  corpus.set('encrypted.xlsx', encryptedXlsx());
  corpus.set('truncated.xlsx', good.subarray(0, Math.floor(good.length / 2)));
  corpus.set('empty-sheet.xlsx', await emptySheetXlsx());
  corpus.set('empty.csv', new Uint8Array());
  corpus.set('garbage-50mb.xlsx', randomBytes(50 * 1024 * 1024));
  corpus.set('million-rows.csv', millionRowCsv());
  corpus.set('no-header.csv', Buffer.from('a,b,c\n1,2,3\n'));
  corpus.set('formulas-no-values.xlsx', await formulasWithoutValues());
}, 60_000);

afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

async function preview(name: string) {
  const staged = await backend.imports.staging.stageBytes(name, corpus.get(name)!);
  return backend.invoke('imports.preview', { fileId: staged.fileId, countyCode: '422823' });
}

describe('bad input', () => {
  it.each([
    ['png.xlsx', 'imports.read.not_spreadsheet'],
    ['encrypted.xlsx', 'imports.read.encrypted'],
    ['truncated.xlsx', 'imports.read.damaged'],
    ['empty-sheet.xlsx', 'imports.read.empty_sheet'],
    ['empty.csv', 'imports.read.empty_file'],
    ['garbage-50mb.xlsx', 'imports.read.not_spreadsheet'],
    ['million-rows.csv', 'imports.read.too_many_rows'],
    ['no-header.csv', 'imports.read.no_header'],
  ])('%s: %s, nothing imported', async (name, message) => {
    const error = errorOf(await preview(name));
    expect(error.message).toBe(message);
    expect(error.code).not.toBe('internal');
    expect((await call(backend, 'seekers.query', { limit: 1 })).total).toBe(0);
    expect(await call(backend, 'imports.batches', {})).toEqual([]);
  });

  it('formulas never calculated: the page says so, and their empty rows import nothing', async () => {
    const r = await preview('formulas-no-values.xlsx');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const p = r.data as { counts: { imported: number; skippedBlank: number }; banners: { code: string }[] };
    expect(p.banners.map((b) => b.code)).toContain('formulas');
    expect(p.counts).toMatchObject({ rows: 0, imported: 0, skippedBlank: 2 });
  });

  it('still works after all that', async () => {
    const staged = await backend.imports.staging.stageBytes('ok.csv', utf8Csv(true));
    const p = await call(backend, 'imports.preview', { fileId: staged.fileId });
    expect(p.counts.imported).toBe(2);
  });
});
