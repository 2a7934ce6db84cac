import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { expect, test } from './fixtures';

/** The sample rosters beside the project (its checkout may sit one folder deeper, as a worktree does). */
const ROSTERS = ['../../..', '../../../..']
  .map((up) => path.resolve(__dirname, up, 'shared/data/rosters'))
  .find((dir) => existsSync(dir))!;

test('the import preview shows dates as they will be stored, the file’s own on hover; problem rows keep dates as dates', async ({
  page,
  host,
}, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await page.getByRole('button', { name: '从空数据库开始' }).click();
  await page.getByRole('link', { name: '导入' }).click();
  await page.getByTestId('import-file-input').setInputFiles(path.join(ROSTERS, 'badong-signups.xlsx'));
  await expect(page.getByTestId('import-counts')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/表中显示整理后将保存的值/)).toBeVisible();

  // The sign-up dates (报名日期, the ninth column) of rows 5, 7 and 8 are written 2022.2.7, 44601 (9 February) and 2月6日.
  const grid = page.locator('.import-grid');
  const date = (row: number) => grid.locator(`[role="row"][row-id="${row}"] [col-id="c8"]`);
  await expect(date(5)).toHaveText('2022-02-07');
  await expect(date(7)).toHaveText('2022-02-09');
  await expect(date(8)).toHaveText('2022-02-06');
  for (const row of [5, 7, 8]) await expect(date(row)).toHaveClass(/cell-tidied/);
  // A cell written as it is stored carries no mark: the name of row 7.
  await expect(grid.locator('[role="row"][row-id="7"] [col-id="c1"]')).toHaveText('杨霞云');
  await expect(grid.locator('[role="row"][row-id="7"] [col-id="c1"]')).not.toHaveClass(/cell-tidied/);

  await date(7).scrollIntoViewIfNeeded();
  await date(7).hover();
  await expect(page.locator('.ag-tooltip')).toHaveText('原文：44601');
  await page.screenshot({ path: testInfo.outputPath('import-preview-zh.png') });
  await page.screenshot({ path: '/tmp/shots/fix-words-import-preview-zh.png' });

  // The problem rows: row 141 wrote its date as 44610 (18 February), row 255 as 2月14日; the file has real dates.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载问题行' }).click(),
  ]);
  const saved = testInfo.outputPath('problem-rows.xlsx');
  await download.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  const ws = wb.worksheets[0]!;
  const header = (ws.getRow(1).values as unknown[]).slice(1);
  const dateCol = header.indexOf('报名日期') + 1;
  const rowCol = header.indexOf('原行号') + 1;
  const dates = new Map<number, unknown>();
  for (let r = 2; r <= ws.rowCount; r++)
    dates.set(Number(ws.getRow(r).getCell(rowCol).value), ws.getRow(r).getCell(dateCol).value);
  expect(dates.get(141)).toEqual(new Date('2022-02-18T00:00:00Z'));
  expect(dates.get(255)).toEqual(new Date('2022-02-14T00:00:00Z'));
  expect(dates.get(29)).toEqual(new Date('2022-02-02T00:00:00Z'));
  expect(ws.getColumn(dateCol).numFmt).toBe('yyyy-mm-dd');
});
