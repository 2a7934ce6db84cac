import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../electron/backend/backend';
import { readWorkbook } from '../../../electron/backend/imports/read-workbook';
import { tempDirs } from '../support/temp-dir';
import { prototypePollutionPoc } from './support/corpus';
import { rowsDigest } from './support/db-digest';
import { prototypeChanges, prototypeSnapshot } from './support/prototypes';

/**
 * The public proof of concept of the SheetJS prototype-pollution advisory (CVE-2023-30533,
 * GHSA-4r6h-8v6p-xvw6): a workbook whose comments (and threaded comments, and their persons) name
 * `__proto__` as their cell. SheetJS up to 0.19.2 then sets `Object.prototype.c` (checked by hand
 * against xlsx 0.18.5 when this test was written); @e965/xlsx 0.20.x and the import must not.
 */
const dirs = tempDirs();
const poc = prototypePollutionPoc();
let backend: Backend;

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make() });
});
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

describe('the SheetJS prototype-pollution proof of concept', () => {
  it('is a well-formed workbook whose comments SheetJS reads', () => {
    const wb = XLSX.read(poc[0]!.bytes, { type: 'buffer' });
    const a1 = wb.Sheets[wb.SheetNames[0]!]!['A1'] as XLSX.CellObject;
    expect(a1.c?.map((c) => c.t)).toEqual(['polluted']);
  });

  it.each(poc.map((f) => [f.name, f.bytes] as const))(
    '%s leaves the prototypes alone in the library, sparse and dense',
    (_name, bytes) => {
      const before = prototypeSnapshot();
      for (const dense of [false, true]) XLSX.read(bytes, { type: 'buffer', dense, sheetStubs: true });
      expect(prototypeChanges(before)).toEqual([]);
      expect(({} as Record<string, unknown>)['c']).toBeUndefined();
    },
  );

  it.each(poc.map((f) => [f.name, f.bytes] as const))(
    '%s goes through the import without polluting or writing',
    async (name, bytes) => {
      const before = prototypeSnapshot();
      const rows = rowsDigest(backend.store.db);
      expect(readWorkbook(bytes).sheets.length).toBeGreaterThan(0);
      const staged = await backend.imports.staging.stageBytes(name, bytes);
      const inspected = await backend.invoke('imports.inspect', { fileId: staged.fileId });
      expect(inspected.ok).toBe(true);
      const preview = await backend.invoke('imports.preview', {
        fileId: staged.fileId,
        countyCode: '422823',
      });
      if (!preview.ok) expect(preview.error.code).not.toBe('internal');
      expect(prototypeChanges(before)).toEqual([]);
      expect(({} as Record<string, unknown>)['c']).toBeUndefined();
      expect(rowsDigest(backend.store.db)).toBe(rows);
    },
  );
});
