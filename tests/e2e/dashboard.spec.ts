import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { idCheckChar } from '../../shared/domain/id-number';
import { openWithDemo, useLanguage } from './demo';
import { expect, test } from './fixtures';

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

/** Walks one of the demo's planned trips through boarding and arrival, then closes it: its person-trips. */
async function closeDemoTrip(page: Page, tripNo: string): Promise<number> {
  return page.evaluate(async (tripNo) => {
    const api = window.api;
    const must = <T>(r: { ok: true; data: T } | { ok: false; error: { message: string } }): T => {
      if (!r.ok) throw new Error(`${tripNo}: ${r.error.message}`);
      return r.data;
    };
    const trips = must(await api['trips.list']({}));
    const trip = trips.find((t) => t.tripNo === tripNo);
    if (!trip) throw new Error(`no trip ${tripNo}`);
    const id = trip.id;
    const seated = must(await api['trips.get']({ id })).passengers.map((p) => p.seekerId);
    must(await api['trips.setStatus']({ id, status: 'boarding' }));
    must(
      await api['trips.updateSeats']({
        tripId: id,
        seats: seated.map((seekerId) => ({ seekerId, boarded: true })),
      }),
    );
    must(await api['trips.setStatus']({ id, status: 'departed' }));
    must(await api['trips.setStatus']({ id, status: 'arrived' }));
    must(
      await api['trips.updateSeats']({
        tripId: id,
        seats: seated.map((seekerId) => ({ seekerId, arrived: true })),
      }),
    );
    return must(await api['trips.close']({ id })).transported;
  }, tripNo);
}

/**
 * The daily report's total line: person-trips to date, on the job, stable. Its cells after the name:
 * task, four of field visits, then signed up, verified and trips (day, total), hired today, on the job, stable.
 */
async function reportTotals(page: Page): Promise<{ trips: string; employedNow: string; stable: string }> {
  const cells = page.getByTestId('report-counties').locator('tfoot td');
  return {
    trips: (await cells.nth(10).innerText()).trim(),
    employedNow: (await cells.nth(12).innerText()).trim(),
    stable: (await cells.nth(13).innerText()).trim(),
  };
}

test('the dashboard counts only what is dated by its as-of date, and agrees with that day’s report', async ({
  page,
  host,
}, testInfo) => {
  test.slow();
  await openWithDemo(page, host.url, 'dashboard');
  await expect(page.getByText('截至 2022/03/10')).toBeVisible();
  await expect(headline(page, 'trips')).toContainText('6,913');

  // A trip of 3/11, the day after the as-of date, is closed: its person-trips are dated 3/11.
  const transported = await closeDemoTrip(page, '20220311-01');
  expect(transported).toBeGreaterThan(0);
  await page.reload();
  await expect(headline(page, 'trips')).toContainText('6,913');
  await expect(headline(page, 'employed')).toContainText('2,788');
  await expect(page.getByTestId('after-as-of')).toContainText(`${transported} 人次`);
  await dashboardShot(page, testInfo, 'dashboard-after-as-of-zh');
  const value = async (id: string) =>
    (await headline(page, id).locator('.headline-value').innerText()).trim();
  const shown = {
    trips: await value('trips'),
    stable: await value('stable'),
    employedNow: /目前在岗\s*([\d,]+)/.exec(await headline(page, 'employed').innerText())?.[1] ?? '',
  };

  // The report of the as-of date, generated now, says the same.
  await page.goto(`${host.url}#/reports`);
  await page.getByLabel('日报日期').fill('2022-03-10');
  await page.getByRole('button', { name: '生成日报' }).click();
  await expect(page.getByTestId('daily-report')).toBeVisible();
  expect(await reportTotals(page)).toEqual(shown);
});

test('a daily report generated twice for one date: the second time asks, and a new version is marked', async ({
  page,
  host,
}, testInfo) => {
  test.slow();
  await openWithDemo(page, host.url, 'reports');
  const generate = async () => {
    await page.getByLabel('日报日期').fill('2022-03-10');
    await page.getByRole('button', { name: '生成日报' }).click();
  };
  await generate();
  await expect(page.getByTestId('daily-report')).toBeVisible();
  await expect(page.getByTestId('daily-report')).not.toContainText('第 2 版');
  const first = page.url();
  await page.getByRole('link', { name: /全部日报/ }).click();
  const list = page.getByTestId('report-list');
  // The column says what its values are about ("各县市当天均有记录" does not sit under "当天无记录").
  await expect(list.getByRole('columnheader', { name: '当天记录情况' })).toBeVisible();
  await expect(list).toContainText('各县市当天均有记录');

  // Again for the same date: the user is told, and opens the one there is.
  await generate();
  const ask = page.getByRole('dialog', { name: '这一天的日报已经生成过' });
  await expect(ask).toContainText('2022/03/10');
  await page.screenshot({ path: testInfo.outputPath('report-exists-ask-zh.png') });
  await ask.getByRole('button', { name: '打开已有日报' }).click();
  await expect(page.getByTestId('daily-report')).toBeVisible();
  expect(page.url()).toBe(first);
  await page.getByRole('link', { name: /全部日报/ }).click();
  await expect(list.getByRole('row')).toHaveCount(2);

  // Or makes a new version, marked as such in the report and in the list.
  await generate();
  await page
    .getByRole('dialog', { name: '这一天的日报已经生成过' })
    .getByRole('button', { name: '生成新版本（第 2 版）' })
    .click();
  await expect(page.getByTestId('daily-report')).toContainText('第 2 版');
  expect(page.url()).not.toBe(first);
  await page.screenshot({ path: testInfo.outputPath('report-version-2-zh.png') });
  await page.getByRole('link', { name: /全部日报/ }).click();
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list.getByRole('row').nth(1)).toContainText('第 2 版');
  await expect(list.getByRole('row').nth(2)).toContainText('第 1 版');
  await page.screenshot({ path: testInfo.outputPath('report-list-versions-zh.png') });
});

test('drill-down: a stage segment and the 在途 number open exactly those people; an enterprise lists its people on the way first', async ({
  page,
  host,
}, testInfo) => {
  test.slow();
  await openWithDemo(page, host.url, 'dashboard');
  const lux = await page.evaluate(async () => {
    const r = await window.api['dashboard.summary']({});
    if (!r.ok) throw new Error(r.error.message);
    const e = r.data.enterprises.find((x) => x.shortName === '立讯')!;
    return { id: e.enterpriseId, inPipeline: e.inPipeline, transported: e.pipeline.transported };
  });
  const total = (n: number) => page.getByText(`符合条件：${n.toLocaleString('en-US')} 人`);
  const filters = page.getByRole('search', { name: '筛选' });
  const backToDashboard = async () => {
    await page.getByRole('link', { name: '总览' }).click();
    await expect(page.getByTestId('gap-table')).toBeVisible();
  };

  // The 在途 number of 立讯's row: exactly the people on their way to 立讯.
  const row = page.getByTestId('gap-table').getByRole('row', { name: /立讯/ });
  await row.getByRole('button', { name: `立讯 在途 ${lux.inPipeline.toLocaleString('en-US')} 人` }).click();
  await expect(page.getByRole('heading', { name: '求职人员', level: 1 })).toBeVisible();
  await expect(total(lux.inPipeline)).toBeVisible();
  await expect(filters.getByLabel('环节', { exact: true })).toHaveValue('on_the_way');
  await expect(filters.getByLabel('企业', { exact: true })).toHaveValue(lux.id);
  await page.screenshot({ path: testInfo.outputPath('drill-on-the-way-zh.png') });

  // A stage segment of the chart (立讯 is the first bar): the people at that stage.
  await backToDashboard();
  // Bars: demand, on the job, then one per pipeline stage (verified, interview arranged, transported …).
  await page.locator('.gap-chart .recharts-bar').nth(4).locator('.recharts-bar-rectangle').first().click();
  await expect(total(lux.transported)).toBeVisible();
  await expect(filters.getByLabel('环节', { exact: true })).toHaveValue('transported');

  // The enterprise as a whole: people on their way and on the job come first, withdrawn last.
  await backToDashboard();
  await row.getByRole('button', { name: '立讯', exact: true }).click();
  await expect(filters.getByLabel('环节', { exact: true })).toHaveValue('');
  const firstStages = page.locator('.seekers-grid .ag-row [col-id="stage"]');
  await expect(firstStages.first()).toBeVisible();
  const onTheWayOrOnTheJob = [
    '已核实',
    '已安排面试',
    '已输送',
    '面试通过',
    '体检合格',
    '岗前培训完成',
    '已入职',
    '稳岗',
  ];
  const shown = await firstStages.allTextContents();
  expect(shown.length).toBeGreaterThan(10);
  for (const stage of shown) expect(onTheWayOrOnTheJob).toContain(stage);
  await page.screenshot({ path: testInfo.outputPath('drill-enterprise-zh.png') });
});
