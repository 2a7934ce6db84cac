import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { auditText } from '../../support/audit-text';
import { fakeClock } from '../../support/clock';
import { call, errorOf } from '../../support/fixtures';
import { tempDirs } from '../../support/temp-dir';

/** One good row, one whose ID number has a wrong check digit, one whose phone is too short. */
const ROSTER = Buffer.from(
  '姓名,身份证号码,联系电话\n' +
    '易玲波,422823200301296461,13794571255\n' +
    '易玲芳,422823200301296462,13794571256\n' +
    '田静平,422823199001158212,1339384\n',
);

async function cells(base64: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const out: string[] = [];
  book.worksheets[0]!.eachRow((row) => row.eachCell((cell) => void out.push(String(cell.text))));
  return out;
}

describe('import problem rows', () => {
  const dirs = tempDirs();

  it('are stored and downloaded masked, unmasked only with a reason on record, and kept 30 days', async () => {
    const dataDir = dirs.make();
    const clock = fakeClock('2022-03-01T08:00:00.000Z');
    let backend = await Backend.open({ dataDir, clock: clock.now });
    try {
      const staged = await backend.imports.staging.stageBytes('roster.csv', ROSTER);
      const preview = await call(backend, 'imports.preview', { fileId: staged.fileId, countyCode: '422823' });
      expect(JSON.stringify(preview)).not.toMatch(/\d{17}[\dX]|1\d{10}|1339384/);
      const { batch } = await call(backend, 'imports.commit', { previewId: preview.previewId });
      expect(batch!.problemRows).toBe(2);

      // Stored masked: the database holds the full values only for the unmasked download, for 30 days.
      const stored = backend.store.db.get<{ problem_file: string }>(
        'SELECT problem_file FROM import_batches WHERE id = ?',
        [batch!.id],
      )!.problem_file;
      const file = JSON.parse(stored) as { rows: { cells: string[] }[] };
      expect(file.rows.map((r) => r.cells)).toEqual([
        ['易玲芳', '422823********6462', '137****1256'],
        ['田静平', '422823********8212', '***9384'],
      ]);

      const masked = await cells((await call(backend, 'imports.problemRows', { batchId: batch!.id })).base64);
      expect(masked).toContain('422823********6462');
      expect(masked.join(' ')).not.toMatch(/422823200301296462|13794571256|1339384/);

      // Unmasked: a reason is required, and the download is in the audit log with it.
      expect(
        errorOf(await backend.invoke('imports.problemRowsUnmasked', { batchId: batch!.id, reason: ' ' }))
          .issues,
      ).toEqual([{ path: ['reason'], message: 'v.required' }]);
      const full = await call(backend, 'imports.problemRowsUnmasked', {
        batchId: batch!.id,
        reason: '退回乡镇核对身份证号',
      });
      expect(full.fileName).toBe('roster-problem-rows-unmasked.xlsx');
      expect(await cells(full.base64)).toEqual(
        expect.arrayContaining(['422823200301296462', '13794571256', '1339384']),
      );
      const [entry] = await call(backend, 'audit.list', { limit: 1 });
      expect(entry).toMatchObject({ action: 'imports.problemRowsUnmasked', entityId: batch!.id });
      expect(auditText(entry!.summary)).toContain('退回乡镇核对身份证号');
    } finally {
      await backend.close();
    }

    // Opened 31 days later, the console has removed them; the batch and its figures stay.
    clock.advance(31 * 86_400_000);
    backend = await Backend.open({ dataDir, clock: clock.now });
    try {
      const [batch] = await call(backend, 'imports.batches', {});
      expect(batch!.problemRows).toBe(2);
      const gone = errorOf(await backend.invoke('imports.problemRows', { batchId: batch!.id }));
      expect(gone).toMatchObject({
        code: 'not_found',
        message: 'imports.problemRowsGone',
        params: { days: 30 },
      });
      const row = backend.store.db.get<{ problem_file: string | null }>(
        'SELECT problem_file FROM import_batches WHERE id = ?',
        [batch!.id],
      );
      expect(row!.problem_file).toBeNull();
    } finally {
      await backend.close();
      dirs.cleanup();
    }
  });
});
