import type { Page } from '@playwright/test';
import { demandTotal, openWithDemo } from './demo';
import { expect, test } from './fixtures';

const DEMO_NAMES = [
  '立讯精密工业（恩施）有限公司',
  '恩施华鑫科技有限公司',
  '恩施大象科技有限公司',
  '恩施硒谷电子有限公司',
  '湖北清江光电科技有限公司',
  '恩施武陵智能制造有限公司',
  '恩施土苗纺织服饰有限公司',
  '恩施精工模具有限公司',
];
const NEW_NAME = '恩施春晖电子有限公司';

async function enterpriseCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const r = await window.api['enterprises.list']({});
    return r.ok ? r.data.length : -1;
  });
}

test('first run, demo, a quota form that refuses bad input, and data that survives a restart', async ({
  page,
  host,
  restartHost,
}) => {
  await page.goto(host.url);

  // 1. First run: an empty database greets the user with the demo offer.
  await expect(page.getByRole('heading', { name: '欢迎使用春风行动平台' })).toBeVisible();
  await page.getByRole('button', { name: '加载演示数据' }).click();
  // Loading ends on the dashboard (the default page once there is data); the quotas are a click away.
  await expect(page.getByRole('heading', { name: '总览', level: 1 })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: '企业与用工需求' }).click();

  // 2. The grid shows the 8 enterprises; the chart totals the first half's 6,800.
  for (const name of DEMO_NAMES) {
    await expect(page.getByRole('gridcell', { name, exact: true })).toBeVisible();
  }
  const chart = page.getByRole('img', { name: /各企业用工需求/ });
  await expect(chart).toHaveAccessibleName(/6,800/);

  // 3. A new enterprise with an invalid headcount: the error shows at the field and nothing is saved.
  await page.getByRole('button', { name: '新增企业' }).click();
  const dialog = page.getByRole('dialog', { name: '新增企业' });
  await dialog.getByLabel('企业名称').fill(NEW_NAME);
  await dialog.getByLabel('简称').fill('春晖');
  await dialog.getByRole('button', { name: /新增岗位或产线/ }).click();
  await dialog.getByRole('textbox', { name: '岗位/产线' }).fill('普工');
  await dialog.getByRole('spinbutton', { name: '需求人数' }).fill('1.5');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('需求人数必须是整数')).toBeVisible();
  await expect(dialog.getByRole('spinbutton', { name: '需求人数' })).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toBeVisible();
  expect(await enterpriseCount(page)).toBe(8);

  // 4. Fixed, it is saved: it appears in the grid and in the chart, whose total grows.
  await dialog.getByRole('spinbutton', { name: '需求人数' }).fill('120');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('gridcell', { name: NEW_NAME, exact: true })).toBeVisible();
  await expect(chart).toHaveAccessibleName(/6,920/);
  await expect(chart.getByText('春晖', { exact: true })).toBeVisible();
  expect(await enterpriseCount(page)).toBe(9);

  // 5. After a restart of the host it is still there.
  const restarted = await restartHost();
  await page.goto(restarted.url);
  await page.getByRole('link', { name: '企业与用工需求' }).click();
  await expect(page.getByRole('gridcell', { name: NEW_NAME, exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: /各企业用工需求/ })).toHaveAccessibleName(/6,920/);
});

test('the quota form asks before saving a line that overlaps another line of the same post', async ({
  page,
  host,
}, testInfo) => {
  test.slow();
  await openWithDemo(page, host.url, 'enterprises');
  await page
    .getByRole('row')
    .filter({ hasText: DEMO_NAMES[0] })
    .getByRole('button', { name: '编辑', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: '编辑企业' });
  await dialog.getByRole('button', { name: /新增岗位或产线/ }).click();
  // Luxshare already has 普工（组装） as 1,200 in Q1 (line 1) and 900 in Q2 (line 4).
  const line = dialog.getByRole('group', { name: '第 7 条' });
  await line.getByRole('textbox', { name: '岗位/产线' }).fill('普工（组装）');
  await line.getByRole('spinbutton', { name: '需求人数' }).fill('1200');
  await line.getByLabel('开始日期').fill('2022-01-01');
  await line.getByLabel('截止日期').fill('2022-06-30');
  await dialog.getByRole('button', { name: '保存' }).click();

  const ask = page.getByRole('alertdialog');
  await expect(ask).toContainText('第 7 条“普工（组装）”与第 1、4 条时段重叠');
  await expect(ask).toContainText('合计 3,300 人');
  await page.screenshot({ path: testInfo.outputPath('enterprise-overlap-ask-zh.png') });
  await ask.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeVisible();
  await expect(line).toContainText('与第 1、4 条时段重叠');
  expect(await demandTotal(page)).toBe(6800);

  // Asked again, the user keeps both: the demand counts both.
  await dialog.getByRole('button', { name: '保存' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '仍然保存' }).click();
  await expect(dialog).toBeHidden();
  expect(await demandTotal(page)).toBe(8000);
});
