import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';

const SHOTS = '/tmp/shots';
const PROBLEM = '李家河镇点对点输送报名台账未建立，输送人次无法与花名册核对';

/** A screenshot in the test's output and in the shared shots folder, to be looked at. */
async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const bytes = await page.screenshot();
  writeFileSync(testInfo.outputPath(`${name}.png`), bytes);
  writeFileSync(`${SHOTS}/supervision-${name}.png`, bytes);
}

/** The Xuan'en column of the per-county summary, row by row. */
async function xuanenSummary(page: Page): Promise<string[]> {
  return page.locator('.summary-table td[data-county="422825"]').allInnerTexts();
}

test('record a finding for Xuanen, see it overdue, close it and print the county list', async ({
  page,
  host,
}, testInfo) => {
  test.slow();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  // The demo sets Settings' as-of date to 10 March 2022: overdue is counted as of that day.
  await page.getByRole('button', { name: '加载演示数据' }).click();
  // Once loaded, the welcome page moves on to the dashboard.
  await expect(page.getByRole('heading', { name: '总览', level: 1 })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('link', { name: '督导问题' }).click();
  await expect(page.getByRole('heading', { name: '督导问题清单', level: 1 })).toBeVisible();
  await expect(page.getByText('统计截至 2022/03/10')).toBeVisible();
  // The demo's Xuan'en: two open, one of them overdue, one closed this month.
  await expect.poll(() => xuanenSummary(page)).toEqual(['2', '1', '1']);
  await shot(page, testInfo, 'page-zh');

  // 1. Record a finding for Xuan'en. A deadline before the finding's date is refused at the field.
  await page.getByRole('button', { name: '+ 记录问题' }).click();
  const form = page.getByRole('dialog', { name: '记录督导发现问题' });
  await form.getByLabel('督导专班').selectOption({ label: '第二督导专班' });
  await form.getByLabel('发现日期').fill('2022-03-02');
  await form.getByLabel('县市').selectOption({ label: '宣恩县' });
  await form.getByLabel('乡镇（可选）').fill('李家河镇');
  await form.getByLabel('类别').selectOption({ label: '数据质量' });
  await form.getByLabel('存在问题').fill(PROBLEM);
  await form.getByLabel('整改要求').fill('3月7日前建立输送台账，逐车登记并与花名册核对');
  await form.getByLabel('责任单位').fill('李家河镇人民政府');
  await form.getByLabel('责任人').fill('张建国');
  await form.getByLabel('整改时限').fill('2022-03-01');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('整改时限不能早于问题发现日期')).toBeVisible();
  await expect(form.getByLabel('整改时限')).toHaveAttribute('aria-invalid', 'true');
  await shot(page, testInfo, 'form-refused-zh');
  await form.getByLabel('整改时限').fill('2022-03-07');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();

  // 2. It is overdue as of 10 March: three days, it stands out, and Xuan'en now has two overdue.
  await page.getByRole('button', { name: '宣恩县', exact: true }).click();
  await expect.poll(() => xuanenSummary(page)).toEqual(['3', '2', '1']);
  const row = page.getByRole('row', { name: new RegExp(PROBLEM) });
  await expect(row.getByRole('gridcell', { name: '已交办 · 逾期3天' })).toBeVisible();
  const overdueRows = () =>
    page.evaluate(
      () =>
        new Set(
          [...document.querySelectorAll('.findings-grid .ag-row.row-overdue')].map((r) =>
            r.getAttribute('row-id'),
          ),
        ).size,
    );
  await expect.poll(overdueRows).toBe(2);
  await shot(page, testInfo, 'overdue-zh');

  // 3. Ask to close it (not without saying what was done), then the check.
  await page.getByRole('button', { name: `打开问题：${PROBLEM}` }).click();
  const dialog = page.getByRole('dialog', { name: '宣恩县：数据质量' });
  await expect(dialog.getByText('已逾期3天（时限 2022/03/07）')).toBeVisible();
  await dialog.getByRole('radio', { name: '申请销号' }).check();
  await dialog.getByLabel('日期').fill('2022-03-08');
  await dialog.getByRole('button', { name: '申请销号' }).click();
  await expect(dialog.getByText('申请销号前须写明整改措施及成效')).toBeVisible();
  await dialog.getByLabel('整改措施及成效').fill('已建立输送台账，3月8日起逐车登记，与花名册核对一致');
  await dialog.getByRole('button', { name: '申请销号' }).click();
  await expect(dialog.locator('.finding-facts .finding-badge').first()).toHaveText('申请销号');
  await expect(dialog.getByText(/已逾期/)).toBeHidden();

  // Closing what was never checked is refused by the backend too, not only hidden by the dialog.
  const id = await page.evaluate(async (problem) => {
    const r = await window.api['findings.list']({ search: problem.slice(0, 20) });
    return r.ok ? r.data.rows[0]!.id : '';
  }, PROBLEM);
  const refused = await page.evaluate(
    async (findingId) => window.api['findings.step']({ id: findingId, step: 'close', date: '2022-03-09' }),
    id,
  );
  expect(refused).toMatchObject({ ok: false, error: { message: 'v.finding_step_not_allowed' } });

  await dialog.getByRole('radio', { name: '复核' }).check();
  await dialog.getByLabel('日期').fill('2022-03-09');
  await dialog.getByLabel('复核人').fill('覃明');
  await dialog.getByLabel('复核意见（可选）').fill('抽查3月8日、9日台账');
  await dialog.getByRole('button', { name: '复核' }).click();
  await expect(dialog.locator('.finding-facts .finding-badge').first()).toHaveText('已复核');

  // 4. Close it: it leaves the open and overdue counts and is closed this month.
  await dialog.getByRole('radio', { name: '销号' }).check();
  await dialog.getByLabel('日期').fill('2022-03-10');
  await dialog.getByRole('button', { name: '销号' }).click();
  await expect(dialog.locator('.finding-facts .finding-badge').first()).toHaveText('已销号');
  await expect(dialog.getByRole('listitem')).toHaveText([
    /交办.*李家河镇人民政府（张建国）：3月7日前建立输送台账/,
    /申请销号.*已建立输送台账/,
    /复核通过.*抽查.*覃明/,
    /销号/,
  ]);
  await shot(page, testInfo, 'dialog-closed-zh');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect.poll(() => xuanenSummary(page)).toEqual(['2', '1', '2']);
  await expect(row.getByRole('gridcell', { name: '已销号' })).toBeVisible();
  await expect.poll(overdueRows).toBe(1);

  // The county's list as .xlsx.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出整改清单（.xlsx）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('宣恩县整改清单-2022-03-10.xlsx');
  const xlsx = testInfo.outputPath('xuanen.xlsx');
  await download.saveAs(xlsx);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  const sheet = book.worksheets[0]!;
  const rows = (sheet.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));
  expect(rows[0]).toContain('整改措施及成效');
  // The date closed is written as a date Excel sorts and filters.
  expect(rows).toContainEqual(
    expect.arrayContaining([PROBLEM, '已销号', '覃明', new Date('2022-03-10T00:00:00Z')]),
  );

  // 5. Print the county's rectification list to PDF and read it back.
  await page.getByRole('link', { name: '打印整改清单' }).click();
  await expect(page.locator('.rectification-list')).toBeVisible();
  await expect(page.getByRole('cell', { name: PROBLEM })).toBeVisible();
  await shot(page, testInfo, 'print-preview-zh');
  const pdf = testInfo.outputPath('xuanen-rectification-list.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, `${SHOTS}/supervision-print-pdf`]);
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  // A4 landscape: 842 x 595 points.
  expect(info).toMatch(/Page size:\s+84[12](\.\d+)? x 59[45](\.\d+)? pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('宣恩县督导发现问题整改清单');
  expect(text).toContain('截至2022/03/10');
  // Cells wrap inside their columns: short pieces of them are read back.
  expect(text).toContain('李家河镇点对点输送报名台账');
  expect(text).toContain('张建国');
  expect(text).toContain('已销号');
  expect(text).toContain('复核人：覃明');
  // The demo's overdue finding is marked; the signature lines close the list.
  expect(text).toContain('逾期6天');
  for (const line of ['整改责任单位（盖章）', '负责人签字', '督导专班复核人', '日期'])
    expect(text).toContain(line);
});
