import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from '@playwright/test';
import { demandTotal, openWithDemo } from './demo';
import { expect, test } from './fixtures';

/** The shared sample rosters beside the checkout (found upwards, wherever the checkout sits). */
function rostersDir(): string {
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared/data/rosters');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`no shared/data/rosters above ${__dirname}`);
}
const ROSTERS = rostersDir();

/** planted-defects.txt for badong-signups, as the sheet's own row numbers (序号 + title and header rows). */
const PLANTED = [
  { row: 29, column: '联系电话', text: '***9384' },
  { row: 141, column: '姓名', text: '缺少姓名' },
  { row: 227, column: '身份证号码', text: '校验位不正确' },
  { row: 255, column: '身份证号码', text: '与本文件第 37 行是同一人' },
  { row: 276, column: '身份证号码', text: '与本文件第 64 行是同一人' },
  { row: 304, column: '身份证号码', text: '校验位不正确' },
  { row: 315, column: '身份证号码', text: '校验位不正确' },
  { row: 318, column: '联系电话', text: '***9050' },
];

async function chooseFile(page: Page, name: string): Promise<void> {
  await page.getByTestId('import-file-input').setInputFiles(path.join(ROSTERS, name));
  await expect(page.getByTestId('import-counts')).toBeVisible({ timeout: 30_000 });
}

/** The whole page: the page area scrolls inside the window, so make the window tall for the picture. */
async function shoot(page: Page, file: string): Promise<void> {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width, height: 1500 });
  await page.screenshot({ path: file });
  await page.setViewportSize(size);
}

async function seekerTotal(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const r = await window.api['seekers.query']({ limit: 1 });
    return r.ok ? r.data.total : -1;
  });
}

test('import a county roster through the page: exactly the planted problems, problem rows file, undo', async ({
  page,
  host,
}, testInfo) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '从空数据库开始' }).click();
  await page.getByRole('link', { name: '导入' }).click();
  await expect(page.getByRole('heading', { name: '导入', exact: true })).toBeVisible();

  // The enterprises the roster names come from their demand sheet, imported the same way.
  await chooseFile(page, 'enterprise-demand-h1.xlsx');
  await expect(page.getByTestId('import-counts')).toHaveText(/共 15 行：可导入 15 行/);
  await page.getByRole('button', { name: '导入 15 行' }).click();
  await expect(page.getByTestId('import-batches')).toContainText('enterprise-demand-h1.xlsx');

  // 1. The roster: the header found below the title, Badong from the title.
  await chooseFile(page, 'badong-signups.xlsx');
  await expect(page.getByTestId('import-counts')).toHaveText(
    '共 320 行：可导入 312 行，有错误 6 行，重复 2 行，有提醒 0 行。',
  );
  await expect(page.getByText('已根据文件判断县市为：巴东县')).toBeVisible();
  await expect(page.getByLabel('县市', { exact: true })).toHaveValue('422823');

  // 2. Exactly the planted problems, each on its own row number and column.
  await page.getByLabel('显示').selectOption('problems');
  const grid = page.locator('.import-grid');
  const shownRows = async () =>
    [
      ...new Set(
        await grid
          .locator('[role="row"][row-id]')
          .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('row-id')))),
      ),
    ].sort((a, b) => a - b);
  await expect.poll(shownRows).toEqual(PLANTED.map((p) => p.row));
  for (const p of PLANTED) {
    const problems = grid.locator(`[role="row"][row-id="${p.row}"] [col-id="problems"]`);
    await expect(problems).toContainText(`${p.column}: `);
    await expect(problems).toContainText(p.text);
  }
  await shoot(page, testInfo.outputPath('imports-preview-zh.png'));

  // 3. The problem rows, downloaded: the file's columns, a problem column, nothing else.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载问题行' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('badong-signups-problem-rows.xlsx');
  const saved = testInfo.outputPath('problem-rows.xlsx');
  await download.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  const ws = wb.worksheets[0]!;
  const header = (ws.getRow(1).values as unknown[]).slice(1);
  expect(header.slice(0, 5)).toEqual(['序号', '姓名', '性别', '身份证号码', '联系电话']);
  expect(header).toContain('问题');
  expect(ws.rowCount).toBe(1 + PLANTED.length);
  const problemCol = header.indexOf('问题') + 1;
  const rowCol = header.indexOf('原行号') + 1;
  const fileRows = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    fileRows.push({
      row: Number(ws.getRow(r).getCell(rowCol).value),
      problem: String(ws.getRow(r).getCell(problemCol).value),
    });
  }
  expect(fileRows.map((r) => r.row)).toEqual(PLANTED.map((p) => p.row));
  for (const [i, p] of PLANTED.entries()) expect(fileRows[i]!.problem).toContain(p.text);
  // Masked by default, like every screen.
  expect(ws.getRow(4).getCell(4).value).toBe('422823********2996');

  // Unmasked only with a reason, which the audit log keeps; the ID numbers stay text, every digit kept.
  await page.getByRole('button', { name: '下载未脱敏文件…' }).click();
  const unmaskDialog = page.getByRole('dialog', { name: '含完整身份证号和手机号的问题行' });
  await expect(unmaskDialog.getByRole('button', { name: '下载' })).toBeDisabled();
  await unmaskDialog.getByLabel('理由').fill('退回巴东县核对身份证号');
  await page.screenshot({ path: '/tmp/shots/masks-unmasked-reason.png' });
  const [unmasked] = await Promise.all([
    page.waitForEvent('download'),
    unmaskDialog.getByRole('button', { name: '下载' }).click(),
  ]);
  expect(unmasked.suggestedFilename()).toBe('badong-signups-problem-rows-unmasked.xlsx');
  const savedFull = testInfo.outputPath('problem-rows-unmasked.xlsx');
  await unmasked.saveAs(savedFull);
  const full = new ExcelJS.Workbook();
  await full.xlsx.readFile(savedFull);
  expect(full.worksheets[0]!.getRow(4).getCell(4).value).toBe('422823199711012996');
  const audited = await page.evaluate(async () => {
    const r = await window.api['audit.list']({ limit: 1 });
    return r.ok ? r.data[0]!.summary : null;
  });
  // The summary is a message with its data: the reason is one of its values.
  expect(JSON.stringify(audited)).toContain('退回巴东县核对身份证号');

  // Commit: 312 people, one batch.
  await page.getByRole('button', { name: '导入 312 行' }).click();
  await expect(page.getByText('已从 badong-signups.xlsx 导入 312 行')).toBeVisible();
  expect(await seekerTotal(page)).toBe(312);
  const batchRow = page
    .getByTestId('import-batches')
    .getByRole('row')
    .filter({ hasText: 'badong-signups.xlsx' });
  await expect(batchRow).toContainText('巴东县');
  await expect(batchRow).toContainText('312');
  await shoot(page, testInfo.outputPath('imports-batches-zh.png'));

  // The job-seeker grid exports what it shows: the 312 people, its columns, IDs masked.
  await page.getByRole('link', { name: '求职人员' }).click();
  await page.getByRole('button', { name: '导出' }).click();
  const exportDialog = page.getByRole('dialog', { name: '导出表格当前显示的内容' });
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    exportDialog.getByRole('button', { name: '导出' }).click(),
  ]);
  expect(exported.suggestedFilename()).toMatch(/^求职人员.*\.xlsx$/);
  const exportedFile = testInfo.outputPath('seekers.xlsx');
  await exported.saveAs(exportedFile);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(exportedFile);
  const sheet = book.worksheets[0]!;
  expect(sheet.rowCount).toBe(313);
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  expect(headers.slice(0, 2)).toEqual(['姓名', '性别']);
  const idColumn = headers.indexOf('身份证号') + 1;
  expect(idColumn).toBeGreaterThan(0);
  expect(String(sheet.getRow(2).getCell(idColumn).value)).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
  await page.getByRole('link', { name: '导入' }).click();

  // 4. Undo the batch: everyone it registered is gone, the batch stays listed as undone.
  await batchRow.getByRole('button', { name: '撤销' }).click();
  await page
    .getByRole('alertdialog', { name: '撤销导入：badong-signups.xlsx' })
    .getByRole('button', { name: '撤销这批导入' })
    .click();
  await expect(batchRow).toContainText('已撤销');
  expect(await seekerTotal(page)).toBe(0);
});

test('a demand sheet whose lines overlap the quotas already kept: nothing is counted twice unless the user chooses', async ({
  page,
  host,
}, testInfo) => {
  test.slow();
  await openWithDemo(page, host.url, 'imports');
  expect(await demandTotal(page)).toBe(6800);

  // Luxshare's three first-half lines overlap its Q1 and Q2 lines of the same posts; the other 12 are already there.
  await chooseFile(page, 'enterprise-demand-h1.xlsx');
  await expect(page.getByTestId('import-counts')).toHaveText(
    '共 15 行：可导入 0 行，有错误 0 行，重复 12 行，有提醒 0 行。',
  );
  const overlaps = page.getByTestId('import-overlaps');
  await expect(overlaps).toContainText('3 行与已有的用工需求时段重叠');
  // Each conflicting line beside the lines it overlaps, with what each choice would make of the demand.
  const assembly = overlaps.getByRole('row').filter({ hasText: '普工（组装）' });
  await expect(assembly).toContainText('2022/01/01 – 2022/06/30');
  await expect(assembly).toContainText('2022/01/01 – 2022/03/31');
  await expect(assembly).toContainText('2022/04/01 – 2022/06/30');
  await expect(assembly.getByRole('radio', { name: '跳过此行' })).toBeChecked();
  await expect(assembly.getByRole('radio', { name: '都保留（合计 3,300 人）' })).toBeVisible();
  const screens = overlaps.getByRole('row').filter({ hasText: '屏幕刷测员' });
  await expect(screens.getByRole('radio', { name: '都保留（合计 800 人）' })).toBeVisible();
  await expect(page.getByRole('button', { name: '没有可导入的行' })).toBeDisabled();
  await shoot(page, testInfo.outputPath('imports-overlaps-zh.png'));
  expect(await demandTotal(page)).toBe(6800);

  // Replace the assembly lines (2,100 in Q1 and Q2 become 1,200 for the half), keep both screen-test lines
  // (400 more), skip the mothers' line.
  await assembly.getByRole('radio', { name: /替换已有的/ }).check();
  await screens.getByRole('radio', { name: /都保留/ }).check();
  await page.getByRole('button', { name: '导入 2 行' }).click();
  await expect(page.getByText('已从 enterprise-demand-h1.xlsx 导入 2 行')).toBeVisible();
  expect(await demandTotal(page)).toBe(6800 - 2100 + 1200 + 400);

  // Undone, the replaced lines count again and the new ones are gone.
  const batchRow = page
    .getByTestId('import-batches')
    .getByRole('row')
    .filter({ hasText: 'enterprise-demand-h1.xlsx' });
  await batchRow.getByRole('button', { name: '撤销' }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: /^撤销(这批导入)?$/ })
    .click();
  await expect(batchRow).toContainText('已撤销');
  expect(await demandTotal(page)).toBe(6800);
});
