import type { Page, TestInfo } from '@playwright/test';
import { idCheckChar } from '../../shared/domain/id-number';
import { expect, test } from './fixtures';

/** A local calendar date `days` from today (nothing may be dated in the future). */
function isoDay(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function validId(region: string, birth: string, seq: string): string {
  const first17 = `${region}${birth}${seq}`;
  return first17 + idCheckChar(first17);
}

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

/** An empty database, through the welcome screen, as a new office starts. */
async function startEmpty(page: Page, url: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(url);
  await page.getByRole('button', { name: '从空数据库开始' }).click();
  await expect(page.getByRole('link', { name: '招聘走访' })).toBeVisible();
}

/** Registers a person from Changliang the way the county's register would. */
async function register(
  page: Page,
  person: { name: string; idNumber: string; phone: string },
): Promise<void> {
  const ok = await page.evaluate(
    async (p) =>
      (
        await window.api['seekers.register']({
          ...p,
          countyCode: '422822',
          town: '长梁镇',
          village: '长梁村',
          channel: 'point_to_point',
          signedUpOn: p.signedUpOn,
        })
      ).ok,
    { ...person, signedUpOn: isoDay(-2) },
  );
  expect(ok).toBe(true);
}

const GAO = { name: '高登琼', idNumber: validId('422822', '19880808', '222'), phone: '13700000002' };
const XIANG = { name: '向涛', idNumber: validId('422822', '19910101', '311'), phone: '13712340000' };

test('log a field visit with two sign-ups: on both people’s timelines and in the daily report', async ({
  page,
  host,
}, testInfo) => {
  test.slow();
  await startEmpty(page, host.url);
  await register(page, GAO);
  await register(page, XIANG);

  // The class first: a visit names the class that made it.
  await page.getByRole('link', { name: '招聘走访' }).click();
  await expect(page.getByRole('heading', { name: '招聘走访', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '招聘专班…' }).click();
  const classes = page.getByRole('dialog', { name: '招聘专班' });
  await classes.getByRole('button', { name: '+ 新建专班' }).click();
  await classes.getByLabel('名称').fill('第三招聘专班');
  await classes.getByLabel('负责人').fill('田德胜');
  await classes.getByRole('checkbox', { name: '建始县' }).check();
  await classes.getByRole('button', { name: '保存' }).click();
  await expect(classes.getByRole('row', { name: /第三招聘专班\s*建始县\s*田德胜/ })).toBeVisible();
  await classes.getByRole('button', { name: '关闭' }).click();

  // The village meeting: the class fills in the county, two people are named by name and ID tail.
  await page.getByRole('button', { name: '+ 记录走访' }).click();
  const form = page.getByRole('dialog', { name: '记录走访' });
  await expect(form.getByLabel('方式')).toHaveValue('village_meeting');
  await form.getByLabel('日期').fill(isoDay(-2));
  await form.getByLabel('招聘专班').selectOption({ label: '第三招聘专班（建始县）' });
  await expect(form.getByLabel('县市')).toHaveValue('422822');
  await form.getByLabel('乡镇').fill('长梁镇');
  await form.getByLabel('村（社区）').fill('长梁村');
  await form.getByLabel('接触人数').fill('60');
  await form.getByRole('searchbox', { name: '报名人员名单' }).fill('高登琼');
  await form.getByRole('button', { name: /高登琼/ }).click();
  await form.getByRole('searchbox', { name: '报名人员名单' }).fill(XIANG.idNumber.slice(-4));
  await form.getByRole('button', { name: /向涛/ }).click();
  await expect(form.getByTestId('people-count')).toHaveText('已关联 2 人 / 报名 2 人');

  // Fewer signed up than the people named is refused on the field, and nothing is saved.
  await form.getByLabel('报名人数').fill('1');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('少于下方已关联的报名人员数')).toBeVisible();
  await shot(page, testInfo, 'fieldwork-visit-refused-zh');
  await form.getByLabel('报名人数').fill('12');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();

  const grid = page.getByTestId('visit-grid');
  const row = grid.getByRole('row', { name: /建始县长梁镇长梁村/ });
  await expect(row).toContainText('第三招聘专班');
  await expect(row).toContainText('院坝会');
  await expect(row.getByRole('gridcell', { name: '60', exact: true })).toBeVisible();
  await expect(row.getByRole('gridcell', { name: '12', exact: true })).toBeVisible();
  await expect(row.getByRole('gridcell', { name: '2', exact: true })).toBeVisible();
  await expect(page.getByTestId('visit-totals')).toHaveText(
    '走访 1 场 · 接触 60 人 · 报名 12 人（已关联 2 人）',
  );
  await shot(page, testInfo, 'fieldwork-visits-zh');

  // Each person's timeline says where they signed up.
  await page.getByRole('link', { name: '求职人员' }).click();
  for (const person of [GAO, XIANG]) {
    await page.getByRole('gridcell', { name: person.name, exact: true }).click();
    const detail = page.getByRole('complementary', { name: person.name });
    const visit = detail.getByTestId('timeline-visit');
    await expect(visit).toContainText('在院坝会上报名');
    await expect(visit).toContainText('建始县长梁镇长梁村 · 第三招聘专班');
    if (person === GAO) await shot(page, testInfo, 'fieldwork-timeline-zh');
    await detail.getByRole('button', { name: '关闭详情' }).click();
  }

  // The daily report of that day counts the visit and its sign-ups for Jianshi.
  await page.getByRole('link', { name: '报表' }).click();
  await page.getByLabel('日报日期').fill(isoDay(-2));
  await page.getByRole('button', { name: '生成日报' }).click();
  const report = page.getByTestId('report-counties');
  await expect(report.getByRole('columnheader', { name: '走访场次' })).toBeVisible();
  await expect(report.getByRole('columnheader', { name: '走访报名' })).toBeVisible();
  const jianshi = page.getByTestId('report-county-422822');
  // Task, then visits (that day, total) and sign-ups at visits (that day, total).
  await expect(jianshi.getByRole('cell')).toHaveText(
    ['—', '1', '1', '12', '12', '2', '2', '0', '0', '0', '0', '0', '0', '0', '—'].map((s) => s),
  );
  await page.getByTestId('report-counties').scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'fieldwork-report-zh');
});

test('record an enterprise request: open on the enterprise page and the dashboard, then solved', async ({
  page,
  host,
}, testInfo) => {
  test.slow();
  await startEmpty(page, host.url);
  // Demand in the half-year the dashboard opens on.
  const year = new Date().getFullYear();
  const firstHalf = new Date().getMonth() < 6;
  const period = firstHalf ? [`${year}-01-01`, `${year}-06-30`] : [`${year}-07-01`, `${year}-12-31`];
  const created = await page.evaluate(async ([periodStart, periodEnd]) => {
    const r = await window.api['enterprises.save']({
      name: '立讯精密工业（恩施）有限公司',
      shortName: '立讯',
      lines: [
        {
          post: '普工（组装）',
          headcount: 2100,
          periodStart: periodStart!,
          periodEnd: periodEnd!,
          shiftPattern: 'long_day',
          payMin: null,
          payMax: null,
        },
      ],
    });
    return r.ok;
  }, period);
  expect(created).toBe(true);

  await page.getByRole('link', { name: '企业与用工需求' }).click();
  const service = page.getByTestId('enterprise-service');
  await expect(service.getByRole('heading', { name: '一对一服务' })).toBeVisible();

  // The commissioner: a member of staff, with phone (a phone is required).
  await service.getByRole('button', { name: '指定立讯的服务专员' }).click();
  const commissioner = page.getByRole('dialog', { name: '立讯的服务专员' });
  await commissioner.getByLabel('工作人员').fill('谭晓红');
  await commissioner.getByRole('button', { name: '保存' }).click();
  await expect(commissioner.getByText('必填')).toBeVisible();
  await commissioner.getByLabel('电话').fill('0718-8226201');
  await commissioner.getByRole('button', { name: '保存' }).click();
  await expect(commissioner).toBeHidden();
  const overview = service.getByTestId('service-overview');
  await expect(overview.getByRole('row', { name: /立讯/ })).toContainText('谭晓红 0718-8226201');

  // The request: Luxshare's gap on the assembly line.
  await service.getByRole('button', { name: '登记立讯的诉求' }).click();
  const request = page.getByRole('dialog', { name: '登记立讯的诉求' });
  await request.getByLabel('类别').selectOption('shortage');
  await request.getByLabel('产线/岗位').fill('普工（组装）');
  await request.getByLabel('诉求内容').fill('一季度缺口500余人，请求加大输送力度');
  await request.getByRole('button', { name: '保存' }).click();
  await expect(request).toBeHidden();
  await expect(overview.getByRole('row', { name: /立讯/ }).getByRole('cell').nth(1)).toHaveText('1');
  const requests = service.getByTestId('service-requests');
  await expect(requests.getByRole('row', { name: /一季度缺口500余人/ })).toContainText('待办');
  await service.scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'fieldwork-request-open-zh');

  // The dashboard's enterprise table counts it.
  await page.getByRole('link', { name: '总览' }).click();
  const gapTable = page.getByTestId('gap-table');
  await expect(gapTable.getByRole('columnheader', { name: '待办诉求' })).toBeVisible();
  await expect(gapTable.getByRole('row', { name: /立讯/ }).getByRole('cell').last()).toHaveText('1');

  // Solved: refused without what was done, then closed with it.
  await page.getByRole('link', { name: '企业与用工需求' }).click();
  await requests.getByRole('button', { name: /办结诉求/ }).click();
  const solve = page.getByRole('dialog', { name: '办结立讯的诉求' });
  await expect(solve.getByLabel('办理人')).toHaveValue('谭晓红');
  await solve.getByRole('button', { name: '保存' }).click();
  await expect(solve.getByText('标记为已解决前，请填写办理情况')).toBeVisible();
  await solve.getByLabel('办理情况').fill('八县市专场招聘会推送岗位，点对点专车每日到厂');
  await solve.getByRole('button', { name: '保存' }).click();
  await expect(solve).toBeHidden();
  await expect(service.getByText('暂无诉求。')).toBeVisible();
  await expect(overview.getByRole('row', { name: /立讯/ }).getByRole('cell').nth(1)).toHaveText('0');
  await service.getByRole('button', { name: '已解决' }).click();
  await expect(requests.getByRole('row', { name: /一季度缺口500余人/ })).toContainText('谭晓红');
  await requests.scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'fieldwork-request-solved-zh');

  await page.getByRole('link', { name: '总览' }).click();
  await expect(
    page.getByTestId('gap-table').getByRole('row', { name: /立讯/ }).getByRole('cell').last(),
  ).toHaveText('0');
});
