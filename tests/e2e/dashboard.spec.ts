import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { idCheckChar } from '../../shared/domain/id-number';
import { expect, test } from './fixtures';

/** Loads the demo through the bridge (the welcome page's button does the same) and opens a route. */
async function openWithDemo(page: Page, url: string, route: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const loaded = await page.evaluate(async () => (await window.api['demo.load']({})).ok);
  expect(loaded).toBe(true);
  await page.goto(`${url}#/${route}`);
  await page.reload();
  // The first figures of a freshly loaded demo can take a while on a busy machine.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
}

async function useLanguage(page: Page, language: 'zh-CN' | 'en'): Promise<void> {
  const ok = await page.evaluate(
    async (l) => (await window.api['settings.update']({ language: l })).ok,
    language,
  );
  expect(ok).toBe(true);
  await page.reload();
}

/** Renders the page as print does (A4 from the CSS), and returns the PDF's text and the first page as PNG. */
async function printToText(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const pdf = testInfo.outputPath(`${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, testInfo.outputPath(name)]);
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

function validId(region: string, birth: string, seq: string): string {
  const first17 = `${region}${birth}${seq}`;
  return first17 + idCheckChar(first17);
}

const headline = (page: Page, id: string) => page.getByTestId(`headline-${id}`);

/** The whole dashboard: the page area scrolls inside the window, so the window is made tall enough. */
async function dashboardShot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1366, height: 2300 });
  await expect(page.getByTestId('forecast-table')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  if (size) await page.setViewportSize(size);
}

test('the dashboard on the demo: headline figures, in Chinese and English', async ({
  page,
  host,
}, testInfo) => {
  test.slow();
  await openWithDemo(page, host.url, 'dashboard');
  await expect(page.getByRole('heading', { name: '总览', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: '总览' })).toHaveAttribute('aria-current', 'page');

  // The article's funnel: 6,913 person-trips, 2,788 employed, 1,087 stable; demand 6,800 in the first half.
  await expect(headline(page, 'trips')).toContainText('6,913');
  await expect(headline(page, 'employed')).toContainText('2,788');
  await expect(headline(page, 'stable')).toContainText('1,087');
  await expect(headline(page, 'target')).toContainText('6,800');
  await expect(headline(page, 'gap')).toContainText('4,172');
  await expect(page.getByTestId('funnel')).toContainText('6,400');
  await expect(page.getByTestId('county-tasks')).toContainText('鹤峰县');
  await expect(page.getByTestId('forecast-table')).toContainText('立讯');
  await dashboardShot(page, testInfo, 'dashboard-zh');
  // Printed as shown: the figures without the navigation.
  const printed = await printToText(page, testInfo, 'dashboard-zh-print');
  for (const figure of ['6,913', '2,788', '1,087', '各企业缺口', '按当前速度预测'])
    expect(printed).toContain(figure);
  expect(printed).not.toContain('求职人员');

  // The prefecture raises Hefeng's task; a county's drill-down makes its task the target.
  await page.getByRole('button', { name: '设置县市任务' }).click();
  const tasks = page.getByRole('dialog', { name: /县市任务/ });
  await tasks.getByRole('spinbutton', { name: '鹤峰县 任务（人）' }).fill('600');
  await tasks.getByRole('button', { name: '保存' }).click();
  await expect(tasks).toBeHidden();
  await page.getByTestId('county-tasks').getByRole('button', { name: '鹤峰县' }).click();
  await expect(headline(page, 'target')).toContainText('县市任务');
  await expect(headline(page, 'target')).toContainText('600');

  await useLanguage(page, 'en');
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(headline(page, 'employed')).toContainText('2,788');
  await dashboardShot(page, testInfo, 'dashboard-en');
});

test('a bar of the gap chart opens the job-seeker list filtered to that enterprise and stage', async ({
  page,
  host,
}) => {
  test.slow();
  await openWithDemo(page, host.url, 'dashboard');
  const row = page.getByTestId('gap-table').getByRole('row', { name: /立讯/ });
  await expect(row).toBeVisible();
  // Luxshare (the most demand, first bar): its "on the job" segment.
  const employedNow = await page.evaluate(async () => {
    const r = await window.api['dashboard.summary']({});
    if (!r.ok) throw new Error(r.error.message);
    const lux = r.data.enterprises.find((e) => e.shortName === '立讯');
    return lux?.employedNow ?? -1;
  });
  await page.locator('.gap-chart .recharts-bar').nth(1).locator('.recharts-bar-rectangle').first().click();
  await expect(page.getByRole('heading', { name: '求职人员', level: 1 })).toBeVisible();
  await expect(page.getByText(`符合条件：${employedNow.toLocaleString('en-US')} 人`)).toBeVisible();
  await expect(page.getByLabel('环节', { exact: true })).toHaveValue('employed');
});

test('a daily report: generated, frozen, printed to PDF with the silent counties flagged', async ({
  page,
  host,
}, testInfo) => {
  test.slow();
  await openWithDemo(page, host.url, 'reports');
  await expect(page.getByRole('heading', { name: '工作日报', level: 1 })).toBeVisible();

  // The drive's last day: every county reported.
  await page.getByLabel('日报日期').fill('2022-03-10');
  await page.getByRole('button', { name: '生成日报' }).click();
  const report = page.getByTestId('daily-report');
  await expect(report).toContainText('恩施州“春风行动”工作日报');
  await expect(page.getByTestId('report-silent')).toHaveText('各县市当天均有记录');
  const badong = page.getByTestId('report-county-422823').locator('th, td');
  const badongAsGenerated = await badong.allTextContents();
  const text = await printToText(page, testInfo, 'report-2022-03-10');
  for (const figure of [
    '6,913',
    '2,628',
    '1,087',
    '7,150',
    '恩施市',
    '鹤峰县',
    '立讯精密工业（恩施）有限公司',
  ])
    expect(text).toContain(figure);
  expect(text).not.toContain('总览');
  // Stabilisation's notable service cases of the day follow the tables.
  expect(text).toContain('重点服务事项');

  // Early in the drive five counties recorded nothing: they are flagged.
  await page.getByRole('link', { name: /全部日报/ }).click();
  await page.getByLabel('日报日期').fill('2022-01-28');
  await page.getByRole('button', { name: '生成日报' }).click();
  await expect(page.getByTestId('report-silent')).toContainText('5 个县市当天没有任何记录');
  const early = await printToText(page, testInfo, 'report-2022-01-28');
  expect(early.match(/当天无记录/g)?.length).toBe(5);

  // A later change: one more person signs up in Badong on the report's day. The counts take it in…
  const signedUpInBadong = () =>
    page.evaluate(async () => {
      const r = await window.api['counts.summary']({ asOf: '2022-03-10' });
      if (!r.ok) throw new Error(r.error.message);
      return r.data.byCounty.find((c) => c.code === '422823')!.signedUp;
    });
  const signedUpBefore = await signedUpInBadong();
  const registered = await page.evaluate(
    async (idNumber) => {
      const counties = await window.api['counties.list']({});
      if (!counties.ok) throw new Error(counties.error.message);
      const town = counties.data.find((c) => c.code === '422823')!.towns[0]!.name;
      const r = await window.api['seekers.register']({
        name: '向晚报',
        idNumber,
        phone: '13872799001',
        countyCode: '422823',
        town,
        channel: 'point_to_point',
        signedUpOn: '2022-03-10',
      });
      return r.ok ? 'ok' : JSON.stringify(r.error);
    },
    validId('422823', '19990101', '731'),
  );
  expect(registered).toBe('ok');
  expect(await signedUpInBadong()).toBe(signedUpBefore + 1);

  // …but the saved reports do not: both are listed by date, newest first, and the day's report
  // opens with Badong's line as it was generated.
  await page.getByRole('link', { name: /全部日报/ }).click();
  const list = page.getByTestId('report-list');
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list.getByRole('row').nth(1)).toContainText(/2022.03.10/);
  await expect(list.getByRole('row').nth(2)).toContainText(/2022.01.28/);
  await list.getByRole('row').nth(1).getByRole('button', { name: '打开' }).click();
  await expect(badong).toHaveText(badongAsGenerated);
  await page.getByRole('link', { name: /全部日报/ }).click();

  await useLanguage(page, 'en');
  await list.getByRole('button', { name: 'Open' }).first().click();
  await expect(page.getByTestId('daily-report')).toContainText('Spring Breeze drive');
  await printToText(page, testInfo, 'report-en');
});
