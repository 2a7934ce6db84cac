import { mkdirSync, writeFileSync } from 'node:fs';
import type { Locator, Page, TestInfo } from '@playwright/test';
import ExcelJS from 'exceljs';
import { openWithDemo } from './demo';
import { expect, test } from './fixtures';

const SHOTS = '/tmp/shots';
const RULE = '稳岗留工补贴';

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const bytes = await page.screenshot({ fullPage: true });
  writeFileSync(testInfo.outputPath(`${name}.png`), bytes);
  writeFileSync(`${SHOTS}/policies-${name}.png`, bytes);
}

/** The figures of one rule in the summary table, for the county chosen above it. */
const COLS = ['eligible', 'complete', 'claimed', 'paid', 'paidAmount', 'owed'] as const;

async function figures(page: Page, rule: string): Promise<Record<(typeof COLS)[number], number>> {
  const row = page.getByTestId('policy-summary').locator(`tr[data-rule="${rule}"]`);
  const out = { eligible: 0, complete: 0, claimed: 0, paid: 0, paidAmount: 0, owed: 0 };
  for (const col of COLS)
    out[col] = Number((await row.locator(`td[data-col="${col}"]`).innerText()).replace(/[^\d.]/g, ''));
  return out;
}

/** The grid rows of the beneficiaries list. */
const gridRows = (page: Page): Locator => page.getByTestId('standings-people').locator('.ag-row');

test('set a rule, see demo people eligible, complete evidence, batch, export the roster, pay, see the county change', async ({
  page,
  host,
}, testInfo) => {
  // Loads the demo, then a whole claim cycle: longer than one page's test.
  test.setTimeout(360_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openWithDemo(page, host.url, 'settings');

  // 1. Set a rule in Settings' catalogue. A percentage over 100 is refused at the field.
  const catalogue = page.getByRole('region', { name: '补贴规则目录' });
  await expect(catalogue.getByText('示例目录', { exact: false }).first()).toBeVisible();
  await catalogue.getByRole('button', { name: '+ 新增规则' }).click();
  const form = page.getByRole('dialog', { name: '新增补贴规则' });
  await form.getByLabel('名称').fill(RULE);
  await form.getByLabel('劳动合同 ≥（月）').fill('12');
  await form.getByLabel('金额', { exact: true }).selectOption({ label: '按基数比例' });
  await form.getByLabel('比例（%）').fill('120');
  await form.getByLabel('起始日期').fill('2022-01-01');
  await form.getByLabel('身份证').check();
  await form.getByLabel('劳动合同', { exact: true }).check();
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('比例须大于0且不超过100')).toBeVisible();
  await shot(page, testInfo, 'rule-refused');
  await form.getByLabel('金额', { exact: true }).selectOption({ label: '定额' });
  await form.getByLabel('金额（元）').fill('600');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await expect(catalogue.locator(`tr[data-rule="${RULE}"]`)).toContainText('600 元');

  // 2. The demo's people with a year's contract are eligible in Hefeng.
  await page.getByRole('link', { name: '政策兑现' }).click();
  await expect(page.getByRole('heading', { name: '政策兑现', level: 1 })).toBeVisible();
  // The first figures of a freshly loaded demo can take a while on a busy machine.
  await expect(page.getByRole('note').first()).toContainText('示例目录', { timeout: 60_000 });
  await page.getByLabel('县市', { exact: true }).selectOption({ label: '鹤峰县' });
  await expect(page.getByRole('heading', { name: /分项统计 · 鹤峰县/ })).toBeVisible();
  await expect.poll(async () => (await figures(page, RULE)).eligible).toBeGreaterThan(0);
  const before = await figures(page, RULE);
  expect(before.claimed).toBe(0);
  expect(before.owed).toBe(before.eligible * 600);
  await shot(page, testInfo, 'summary-before');

  // 3. Tick one person's evidence until it is complete.
  await page.getByLabel('补贴项目', { exact: true }).selectOption({ label: RULE });
  await page.getByLabel('状态', { exact: true }).selectOption({ label: '可能符合' });
  const row = gridRows(page).filter({ hasText: '起' }).filter({ hasNotText: '未填写' }).first();
  await expect(row).toBeVisible();
  const name = (await row.locator('[col-id="name"]').innerText()).trim();
  await page.getByRole('button', { name: `材料: ${name} · ${RULE}` }).click();
  const dialog = page.getByRole('dialog', { name: `材料：${name} · ${RULE}` });
  await dialog.getByLabel('收到日期', { exact: true }).fill('2022-03-09');
  for (const item of ['身份证', '劳动合同']) {
    const box = dialog.getByRole('checkbox', { name: item, exact: true });
    if (!(await box.isChecked())) {
      await box.check();
      await expect(box).toBeChecked();
    }
  }
  await shot(page, testInfo, 'evidence');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect.poll(async () => (await figures(page, RULE)).complete).toBe(before.complete + 1);
  await page.getByLabel('状态', { exact: true }).selectOption({ label: '材料齐全' });
  await expect(gridRows(page).filter({ hasText: name })).toContainText('材料齐全');

  // 4. Make the batch of this rule for Hefeng.
  await page.getByRole('tab', { name: '申报批次' }).click();
  const make = page.getByRole('form', { name: '新建申报批次' });
  await make.getByLabel('补贴项目', { exact: true }).selectOption({ label: RULE });
  await make.getByLabel('县市', { exact: true }).selectOption({ label: '鹤峰县' });
  await make.getByLabel('日期', { exact: true }).fill('2022-03-10');
  await make.getByRole('button', { name: '生成批次' }).click();
  const detail = page.getByTestId('batch-detail');
  await expect(
    detail.getByRole('heading', { name: /批次 422828-20220310-1 · 稳岗留工补贴 第1版 · 鹤峰县/ }),
  ).toBeVisible();
  const claims = detail.getByTestId('batch-claims').locator('tbody tr');
  const people = before.complete + 1;
  await expect(claims).toHaveCount(people);
  await expect(claims.filter({ hasText: name })).toContainText('已申报');

  // 5. Export its claim roster and read the .xlsx back: title, masked IDs, totals, signature lines.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    detail.getByRole('button', { name: '导出申报花名册（.xlsx）' }).click(),
  ]);
  const xlsx = testInfo.outputPath('roster.xlsx');
  await download.saveAs(xlsx);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  const values = (book.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));
  expect(values[0]![0]).toBe(`鹤峰县${RULE}申报花名册`);
  expect(values[2]).toEqual([
    '序号',
    '姓名',
    '性别',
    '身份证号',
    '就业单位',
    '入职日期',
    '劳动合同期限（月）',
    '银行账号',
    '申报金额（元）',
  ]);
  const body = values.slice(3, 3 + people);
  expect(body.map((r) => r[1])).toContain(name);
  for (const r of body) expect(String(r[3])).toMatch(/^422828\*{8}\d{3}[\dX]$/);
  expect(values[3 + people]).toEqual(expect.arrayContaining(['合计', `${people}人`, people * 600]));
  expect(values.flat()).toEqual(expect.arrayContaining(['经办人：', '审核人：', '（单位盖章）']));

  // 6. Record approval and listing for the batch, then payment: one person's amount over the rule's
  // limit is refused, a lower one with its reason is paid, then the rest of the batch.
  await detail.getByRole('button', { name: '登记审核通过' }).click();
  await expect(claims.first()).toContainText('审核通过');
  await detail.getByRole('button', { name: '登记公示' }).click();
  await expect(claims.first()).toContainText('已公示');
  await claims.filter({ hasText: name }).getByRole('checkbox').check();
  await detail.getByLabel('实拨金额（元）').fill('700');
  await detail.getByRole('button', { name: '登记拨付' }).click();
  await expect(page.getByText(`${name}：700 元超过规则上限（600 元）`)).toBeVisible();
  await detail.getByLabel('实拨金额（元）').fill('550');
  await detail.getByRole('button', { name: '登记拨付' }).click();
  await expect(page.getByText('实拨金额与测算金额不同，请说明原因')).toBeVisible();
  await detail.getByLabel('原因', { exact: true }).fill('合同期内请假扣减');
  await detail.getByRole('button', { name: '登记拨付' }).click();
  await expect(claims.filter({ hasText: name })).toContainText('已拨付');
  await expect(claims.filter({ hasText: name })).toContainText('合同期内请假扣减');
  await detail.getByRole('button', { name: '登记拨付' }).click();
  await expect(claims.filter({ hasText: '已拨付' })).toHaveCount(people);
  await shot(page, testInfo, 'batch-paid');

  // 7. The county's paid and owed have moved by what was paid.
  const after = await figures(page, RULE);
  const paid = (people - 1) * 600 + 550;
  expect(after).toMatchObject({
    eligible: before.eligible,
    claimed: people,
    paid: people,
    paidAmount: paid,
    owed: before.owed - people * 600,
  });
  await shot(page, testInfo, 'summary-after');

  // The county's missing-evidence list prints.
  await page.getByRole('link', { name: '打印缺材料名单' }).click();
  await expect(page.getByRole('heading', { name: '鹤峰县补贴缺材料名单' })).toBeVisible();
  await expect(page.locator('.missing-evidence tbody tr').first()).toBeVisible();
  await shot(page, testInfo, 'missing-print');
});

test('a person’s subsidies on their panel, the bank account revealed on request, the enterprises’ subsidies', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await openWithDemo(page, host.url, 'seekers?stage=employed');
  await page.getByRole('gridcell', { name: '鹤峰县' }).first().click();
  const section = page.getByRole('region', { name: '政策享受' });
  await expect(section.locator('tr[data-rule]')).toHaveCount(8);
  await expect(section.locator('tr[data-rule="一次性交通补贴（自行求职）"]')).toContainText('乘坐点对点专车');
  // A new bank account is saved, shown masked, and in full only on request (audited).
  await section.getByLabel('新银行账号（不填则保留）').fill('6217 1111 2222 3333 444');
  await section.getByRole('button', { name: '保存' }).click();
  const account = section.getByTestId('bank-account');
  await expect(account).toHaveText('6217***********3444');
  await section.getByRole('button', { name: '显示完整银行账号（记入审计日志）' }).click();
  const why = page.getByRole('dialog', { name: '查看原因' });
  await why.getByLabel('原因').fill('核对拨付账户');
  await why.getByRole('button', { name: '继续' }).click();
  await expect(account).toHaveText('6217111122223333444');
  const audit = await page.evaluate(async () => {
    const r = await window.api['audit.list']({ limit: 1 });
    return r.ok ? r.data[0]?.action : null;
  });
  expect(audit).toBe('seekers.reveal');
  await section.scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'person-section');

  await page.getByRole('link', { name: '企业与用工需求' }).click();
  const enterprises = page.getByTestId('enterprise-policies');
  await expect(enterprises.locator('tbody tr').first()).toBeVisible();
  await expect(enterprises).toContainText('一次性吸纳就业补贴');
  await enterprises.scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'enterprise-section');
});
