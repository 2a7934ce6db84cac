import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../electron/backend/backend';
import { safeSheetName } from '../../../electron/backend/exports/xlsx-writer';
import { call } from '../support/fixtures';
import { tempDirs } from '../support/temp-dir';

/**
 * Found by the hostile-input tests: a page title or an imported file's name holding a character
 * Excel forbids in a sheet name (`[`, `*`, `:`…) made the .xlsx export fail with an internal error.
 */
const dirs = tempDirs();
let backend: Backend;

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make() });
});
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

const sheetNameOf = (base64: string) => XLSX.read(Buffer.from(base64, 'base64')).SheetNames[0];

describe('sheet names of exports', () => {
  it.each([
    ['名单[1]*?:/\\', '名单_1______'],
    ['History', 'History_'],
    ["'quoted'", 'quoted'],
    ['   ', 'Sheet1'],
    ['x'.repeat(40), 'x'.repeat(31)],
    [`${'a'.repeat(30)}𠀀`, 'a'.repeat(30)],
    ['\uD800lone', '_lone'],
  ])('%j becomes %j', (name, expected) => {
    expect(safeSheetName(name)).toBe(expected);
  });

  it('exports a grid whose title holds forbidden characters', async () => {
    const file = await call(backend, 'exports.table', {
      format: 'xlsx',
      fileBase: '报名[2022]: 巴东/建始?',
      columns: [{ header: '姓名' }],
      rows: [['易玲波']],
    });
    expect(file.fileName).toBe('报名[2022]_ 巴东_建始_.xlsx');
    expect(sheetNameOf(file.base64)).toBe('报名_2022__ 巴东_建始_');
  });

  it('gives the problem rows of a file whose name holds brackets', async () => {
    const roster = Buffer.from('姓名,身份证号码,联系电话\n易玲波,422823200301296460,13794571255\n');
    const staged = await backend.imports.staging.stageBytes('花名册[1].csv', roster);
    const preview = await call(backend, 'imports.preview', { fileId: staged.fileId, countyCode: '422823' });
    const file = await call(backend, 'imports.problemRows', { previewId: preview.previewId });
    expect(sheetNameOf(file.base64)).toBe('花名册_1_');
  });
});
