import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../../electron/backend/imports/read-workbook';
import { parseCsv } from '../../../../electron/backend/imports/csv';
import { analyseBytes, sample } from './samples';
import { formulasAndMerges, gbkCsv, precisionLostXlsx, utf8Csv, xlsFile } from './make-files';

describe('readWorkbook', () => {
  it.each([
    ['UTF-8 CSV with a BOM', () => utf8Csv(true), 'utf-8'],
    ['UTF-8 CSV without a BOM', () => utf8Csv(false), 'utf-8'],
    ['GBK CSV (Chinese Excel)', gbkCsv, 'gbk'],
  ])('decodes a %s', (_label, make, encoding) => {
    const wb = readWorkbook(make());
    expect(wb.format).toBe('csv');
    expect(wb.encoding).toBe(encoding);
    expect(wb.sheets[0]!.rows[2]!.slice(1, 5)).toEqual(['易玲波', '女', '422823200301296461', '13794571255']);
  });

  it('reads an .xls', () => {
    const wb = readWorkbook(xlsFile());
    expect(wb.format).toBe('xls');
    expect(wb.sheets.map((s) => s.name)).toEqual(['报名表']);
    expect(wb.sheets[0]!.rows[2]![3]).toBe('422823200301296461');
  });

  it('reads the shared samples', () => {
    for (const name of [
      'badong-signups.xlsx',
      'jianshi-signups.xlsx',
      'enterprise-demand-h1.xlsx',
      'badong-signups.csv',
    ]) {
      expect(readWorkbook(sample(name)).sheets[0]!.rows.length).toBeGreaterThan(10);
    }
  });

  it('uses formulas’ values and fills merged cells', async () => {
    const wb = readWorkbook(await formulasAndMerges());
    const s = wb.sheets[0]!;
    expect(s.formulas).toBe(3);
    expect(s.rows[2]![0]).toBe('易玲波');
    // A formula that failed reads as the error Excel shows.
    expect(s.rows[3]![5]).toBe('#N/A');
    expect(s.rows[3]![3]).toBe('东瀼口镇');
    expect(s.rows[4]![3]).toBe('东瀼口镇');
  });
});

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, line breaks in quotes and CR LF', () => {
    expect(parseCsv('a,"b,1","say ""hi""","x\ny"\r\n1,2,3,4\n', 10)).toEqual([
      ['a', 'b,1', 'say "hi"', 'x\ny'],
      ['1', '2', '3', '4'],
    ]);
  });
  it('takes tabs as the delimiter when they dominate', () => {
    expect(parseCsv('姓名\t身份证号码\n易辉\t422823199506014944', 10)).toEqual([
      ['姓名', '身份证号码'],
      ['易辉', '422823199506014944'],
    ]);
  });
});

describe('analysis of generated files', () => {
  it('finds the same rows in CSV (any encoding) and .xls, skips the totals row', async () => {
    for (const bytes of [utf8Csv(true), utf8Csv(false), gbkCsv(), xlsFile()]) {
      const a = await analyseBytes(bytes);
      expect(a.counts).toMatchObject({ rows: 3, imported: 2, rejected: 1, skippedTotals: 1 });
      expect(a.rows.find((r) => r.row === 5)!.problems.map((p) => p.code)).toEqual(['phone_invalid']);
    }
  });

  it('imports formula values and merged towns, and says so', async () => {
    const a = await analyseBytes(await formulasAndMerges());
    expect(a.counts).toMatchObject({ rows: 3, imported: 3, rejected: 0 });
    expect(a.rows.map((r) => r.seeker?.town)).toEqual(['东瀼口镇', '东瀼口镇', '东瀼口镇']);
    expect(a.rows[0]!.seeker).toMatchObject({ name: '易玲波', signedUpOn: '2022-02-16' });
    expect(a.banners.map((b) => b.code)).toEqual(expect.arrayContaining(['formulas', 'merged_cells']));
  });

  it('refuses IDs that Excel turned into numbers, with one banner when most of the column is affected', async () => {
    const a = await analyseBytes(await precisionLostXlsx(), { countyCode: '422823' });
    expect(a.rows.map((r) => r.problems.map((p) => p.code))).toEqual([
      ['id_precision_lost'],
      ['id_precision_lost'],
      [],
    ]);
    expect(a.banners.filter((b) => b.code === 'id_precision_lost_most')).toHaveLength(1);
  });
});
