import { describe, expect, it } from 'vitest';
import { analyseBytes, plantedDefects, sample } from './samples';

/** planted-defects.txt's words → the problem codes the import must report. */
const CODE: Record<string, string | null> = {
  bad_check: 'id_checksum',
  bad_phone: 'phone_invalid',
  missing_name: 'name_missing',
  spaces: null,
};

/** The roster's 序号 is its spreadsheet row minus the title and header rows. */
const sheetRow = (seq: number) => seq + 2;

function expected(file: string): { row: number; code: string }[] {
  return plantedDefects(file)
    .map(({ seq, defect }) => {
      const code = defect.startsWith('dup_of_') ? 'duplicate_in_file' : CODE[defect];
      if (code === undefined) throw new Error(`unknown planted defect ${defect}`);
      return code === null ? null : { row: sheetRow(seq), code };
    })
    .filter((x): x is { row: number; code: string } => x !== null)
    .sort((a, b) => a.row - b.row);
}

describe('the shared samples', () => {
  it.each(['badong-signups.csv', 'badong-signups.xlsx'])(
    '%s: exactly the planted problems, at the sheet’s row numbers',
    async (file) => {
      const a = await analyseBytes(sample(file));
      const found = a.rows
        .flatMap((r) => r.problems.map((p) => ({ row: p.row, code: p.code })))
        .sort((x, y) => x.row - y.row);
      expect(found).toEqual(expected('badong-signups.csv'));
      expect(a.headerRow).toBe(2);
      expect(a.countyCode).toBe('422823');
      expect(a.counts).toMatchObject({
        rows: 320,
        imported: 312,
        rejected: 6,
        duplicates: 2,
        skippedTotals: 1,
      });
    },
  );

  it('names the first row of a duplicate and the column of each problem', async () => {
    const a = await analyseBytes(sample('badong-signups.xlsx'));
    const dup = a.rows.find((r) => r.row === sheetRow(274))!.problems[0]!;
    // `dup_of_61` counts data rows from 0: the first is 序号 62, which holds the same ID number.
    expect(dup).toMatchObject({
      code: 'duplicate_in_file',
      column: '身份证号码',
      params: { firstRow: sheetRow(62) },
    });
    expect(a.rows.find((r) => r.row === sheetRow(27))!.problems[0]!.column).toBe('联系电话');
  });

  it('silently tidies the rows with stray spaces', async () => {
    const a = await analyseBytes(sample('badong-signups.csv'));
    for (const seq of [93, 291, 294]) {
      const r = a.rows.find((x) => x.row === sheetRow(seq))!;
      expect(r.status).toBe('ok');
      expect(r.seeker!.name).not.toMatch(/\s/);
      expect(r.seeker!.phone).toMatch(/^\d{11}$/);
    }
    expect(a.normalisations.spaces).toBeGreaterThanOrEqual(3);
    expect(a.normalisations.phone_dashes).toBe(3);
  });

  it('reads Jianshi’s Excel serial dates without a title row', async () => {
    const a = await analyseBytes(sample('jianshi-signups.xlsx'));
    expect(a.headerRow).toBe(1);
    expect(a.countyCode).toBe('422822');
    expect(a.counts.rejected).toBe(0);
    expect(a.normalisations.excel_serial).toBe(a.counts.rows);
    expect(a.rows[0]!.seeker!.signedUpOn).toMatch(/^2022-0[12]-\d\d$/);
  });

  it('recognises the enterprise demand sheet', async () => {
    const a = await analyseBytes(sample('enterprise-demand-h1.xlsx'));
    expect(a.kind).toBe('demand');
    expect(a.counts).toMatchObject({ rows: 15, imported: 15 });
    const mothers = a.rows.find((r) => r.demand?.line.post === '宝妈线普工')!.demand!.line;
    expect(mothers).toMatchObject({
      shiftPattern: 'mothers',
      payMin: 4000,
      payMax: 5500,
      periodStart: '2022-01-01',
      periodEnd: '2022-06-30',
    });
  });
});
