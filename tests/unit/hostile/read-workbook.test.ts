import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../electron/backend/imports/read-workbook';
import { ROSTER } from '../backend/imports/make-files';
import { unzip, zip } from './support/corpus';

/** Damaged and crafted workbooks found by the hostile corpus, kept as plain regressions. */
const roster = (): Map<string, Buffer> => {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(ROSTER), '报名表');
  return unzip(XLSX.write(wb, { bookType: 'xlsx', type: 'buffer' }) as Buffer);
};
const SHEET = 'xl/worksheets/sheet1.xml';

describe('readWorkbook on crafted workbooks', () => {
  it('refuses as damaged a workbook whose only sheet part is missing (it crashed on it)', () => {
    const parts = roster();
    parts.delete(SHEET);
    expect(() => readWorkbook(zip(parts))).toThrow(
      expect.objectContaining({ message: 'imports.read.damaged' }),
    );
  });

  it('fills a merge over the whole sheet only as far as the data reaches', () => {
    const parts = roster();
    const xml = parts.get(SHEET)!.toString();
    parts.set(
      SHEET,
      Buffer.from(
        xml.replace('</sheetData>', '</sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
      ),
    );
    const sheet = readWorkbook(zip(parts)).sheets[0]!;
    expect(sheet.rows).toHaveLength(ROSTER.length);
    expect(Math.max(...sheet.rows.map((r) => r.length))).toBe(ROSTER[1]!.length);
    expect(sheet.rows[3]![0]).toBe(ROSTER[0]![0]);
  });
});
