import { execFileSync } from 'node:child_process';
import type { Page, TestInfo } from '@playwright/test';
import { idCheckChar } from '../../shared/domain/id-number';
import { openWithDemo, useLanguage } from './demo';
import { expect, test } from './fixtures';

const LICHUAN = '422802';
const ENTERPRISE = '立讯精密工业（恩施）有限公司';
const SURNAMES = ['向', '田', '谭', '覃', '冉', '牟'];
const GIVEN = ['春梅', '建国', '小燕', '志强', '丽娟', '海波', '桂兰', '文军', '晓红', '德胜'];

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

interface Person {
  name: string;
  idNumber: string;
  phone: string;
  gender: 'male' | 'female';
}

/** Distinct three-character names (none is part of another) with valid Lichuan ID numbers. */
function people(count: number): Person[] {
  return Array.from({ length: count }, (_, i) => {
    const first17 = `${LICHUAN}19${String(80 + (i % 20)).padStart(2, '0')}0${1 + (i % 9)}1${i % 10}${String(100 + i).slice(-3)}`;
    return {
      name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}`,
      idNumber: first17 + idCheckChar(first17),
      phone: `139${String(27_000_000 + i).padStart(8, '0')}`,
      gender: Number(first17[16]) % 2 === 1 ? 'male' : 'female',
    };
  });
}

/** An enterprise and verified people of Lichuan, through the API (the seeker pages have their own tests). */
async function seed(page: Page, list: Person[]): Promise<{ enterpriseId: string; ids: string[] }> {
  return page.evaluate(
    async ({ list, enterprise, signedUpOn, verifiedOn }) => {
      const api = window.api!;
      const e = await api['enterprises.save']({
        name: enterprise,
        shortName: '立讯',
        lines: [
          {
            post: '普工',
            headcount: 500,
            periodStart: '2026-01-01',
            periodEnd: '2026-12-31',
            shiftPattern: 'two_shift',
            payMin: null,
            payMax: null,
          },
        ],
      });
      if (!e.ok) throw new Error(JSON.stringify(e.error));
      const ids: string[] = [];
      for (const p of list) {
        const r = await api['seekers.register']({
          name: p.name,
          idNumber: p.idNumber,
          phone: p.phone,
          countyCode: '422802',
          town: '汪营镇',
          channel: 'point_to_point',
          signedUpOn,
        });
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        ids.push(r.data.seeker.id);
      }
      const v = await api['pipeline.record']({ seekerIds: ids, type: 'verified', date: verifiedOn });
      if (!v.ok || v.data.refused.length > 0) throw new Error('verify failed');
      return { enterpriseId: e.data.id, ids };
    },
    { list, enterprise: ENTERPRISE, signedUpOn: isoDay(-20), verifiedOn: isoDay(-15) },
  );
}

async function startEmpty(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: '从空数据库开始' }).click();
  await expect(page.getByRole('link', { name: '点对点输送' })).toBeVisible();
}

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

test('seat 45 people of one county, board 44 with a reason for the no-show, arrive, close: 44 person-trips', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  await startEmpty(page, host.url);
  const list = people(46);
  await seed(page, list);

  // 1. A new trip from the Transport page.
  await page.getByRole('link', { name: '点对点输送' }).click();
  await expect(page.getByRole('heading', { name: '点对点输送', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '+ 新建车次' }).click();
  const form = page.getByRole('dialog', { name: '新建车次' });
  await form.getByLabel('出发县市').selectOption(LICHUAN);
  await form.getByLabel('发车时间').fill('07:30');
  await form.getByRole('checkbox', { name: '立讯' }).check();
  await form.getByLabel('车牌号').fill('鄂Q·A1234');
  await form.getByLabel('司机', { exact: true }).fill('谭师傅');
  await form.getByLabel('司机电话').fill('13972712345');
  await form.getByRole('button', { name: '+ 添加护送人员' }).click();
  await form.getByLabel('姓名').fill('向明');
  await form.getByLabel('电话', { exact: true }).fill('13872710001');
  await form.getByRole('button', { name: '按座位每人一份' }).click();
  await shot(page, testInfo, 'trip-form-zh');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { name: /^车次 \d{8}-01$/ })).toBeVisible();

  // 2. 45 people from the county's filtered list: the bus is full.
  await page.getByRole('button', { name: '+ 添加乘车人员' }).click();
  const add = page.getByRole('dialog', { name: /添加乘车人员/ });
  await expect(add.getByText('显示 46 / 共 46 人')).toBeVisible();
  // Everyone shown is one too many: the dialog says so and will not add them.
  await add.getByRole('checkbox', { name: '全选当前列表' }).check();
  await expect(add.getByText('只剩 45 个空座。')).toBeVisible();
  await expect(add.getByRole('button', { name: '添加 46 人' })).toBeDisabled();
  await add.getByRole('button', { name: '按空座选前 45 人' }).click();
  await expect(add.getByText('已选 45 人，空余 45 座')).toBeVisible();
  await add.getByRole('button', { name: '添加 45 人' }).click();
  await expect(add).toBeHidden();
  await expect(page.getByText('已安排 45 人，45 座中空余 0 座')).toBeVisible();
  await expect(page.getByRole('button', { name: '+ 添加乘车人员' })).toBeDisabled();
  await shot(page, testInfo, 'trip-seated-zh');

  // 3. Boarding: everyone ticked, then one who did not come unticked with the reason.
  await page.getByRole('button', { name: '开始登车' }).click();
  await page.getByRole('button', { name: '全部勾选上车' }).click();
  const counts = page.getByRole('region', { name: '人数清点' });
  await expect(counts.getByRole('group', { name: '已上车' })).toContainText('45');
  const absent = list[44]!.name;
  await page.getByRole('checkbox', { name: `${absent} 已上车` }).uncheck();
  await expect(counts.getByRole('group', { name: '已上车' })).toContainText('44');
  await page.getByRole('combobox', { name: `${absent} 的差异原因` }).selectOption('no_show');
  await page.getByRole('button', { name: '发车', exact: true }).click();
  await expect(counts.getByText('人数相符：每个差异都已注明原因。')).toBeVisible();

  // 4. Arrival: closing says what is missing until the arrival count is taken.
  await page.getByRole('button', { name: '确认到达', exact: true }).click();
  await page.getByRole('button', { name: '结束车次' }).click();
  const closing = page.getByRole('dialog', { name: /结束车次/ });
  await expect(closing.getByText(/还没有勾选到达人员/)).toBeVisible();
  await closing.getByRole('button', { name: '返回补填' }).click();
  await page.getByRole('button', { name: '上车人员全部到达' }).click();
  await expect(counts.getByRole('group', { name: '已到达' })).toContainText('44');
  await page.getByRole('button', { name: '结束车次' }).click();
  await closing.getByRole('button', { name: '结束车次' }).click();
  await expect(counts.getByText('结束车次时已记录 44 人次。')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: `${list[0]!.name} 已上车` })).toBeDisabled();
  await shot(page, testInfo, 'trip-closed-zh');

  // 5. The person-trips are in the counts.
  await page.getByRole('link', { name: '求职人员' }).click();
  const trips = page
    .getByRole('region', { name: /统计/ })
    .getByRole('group', { name: '输送人次', exact: true });
  await expect(trips).toContainText('44');
});

test('the manifest as a PDF: everyone once, IDs masked, the header on page 2, totals that match', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  await startEmpty(page, host.url);
  const list = people(50);
  const { enterpriseId, ids } = await seed(page, list);
  const tripId = await page.evaluate(
    async ({ enterpriseId, ids, date }) => {
      const api = window.api!;
      const trip = await api['trips.save']({
        date,
        departureTime: '07:00',
        countyCode: '422802',
        destination: '恩施高新区',
        enterpriseIds: [enterpriseId],
        pickups: [{ town: '汪营镇', place: '劳动保障服务中心门前', time: '07:00' }],
        plate: '鄂QB5678',
        seats: 53,
        driverName: '田师傅',
        driverPhone: '13972700000',
        escorts: [{ name: '向明', phone: '13872710001' }],
      });
      if (!trip.ok) throw new Error(JSON.stringify(trip.error));
      const id = trip.data.id;
      const steps = [
        await api['trips.addPassengers']({ tripId: id, seekerIds: ids }),
        await api['trips.setStatus']({ id, status: 'boarding' }),
        await api['trips.updateSeats']({
          tripId: id,
          seats: ids.slice(1).map((seekerId) => ({ seekerId, boarded: true })),
        }),
        await api['trips.updateSeats']({ tripId: id, seats: [{ seekerId: ids[0]!, reason: 'no_show' }] }),
        await api['trips.setStatus']({ id, status: 'departed' }),
      ];
      const failed = steps.find((s) => !s.ok);
      if (failed) throw new Error(JSON.stringify(failed));
      return id;
    },
    { enterpriseId, ids, date: isoDay(0) },
  );

  await page.goto(`${host.url}#/print/manifest/${tripId}`);
  await expect(page.locator('.manifest[data-ready]')).toBeVisible();
  await shot(page, testInfo, 'manifest-preview-zh');
  const pdfPath = testInfo.outputPath('manifest.pdf');
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });

  const text = (args: string[]) =>
    execFileSync('pdftotext', ['-layout', ...args, pdfPath, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))![1]);
  expect(pages).toBeGreaterThanOrEqual(2);
  const all = text([]);
  const flat = all.replace(/\s+/g, '');

  // Every passenger exactly once.
  for (const p of list) expect(all.split(p.name).length - 1, p.name).toBe(1);
  // IDs and phones masked: no full number anywhere, one masked number per passenger.
  for (const p of list) {
    expect(all).not.toContain(p.idNumber);
    expect(all).not.toContain(p.phone);
  }
  expect(all.match(/422802\*{8}\d{3}[\dX]/g)).toHaveLength(50);
  // The table header and the page numbers on page 2.
  const page2 = text(['-f', '2', '-l', '2']).replace(/\s+/g, '');
  expect(page2).toContain('座位号姓名性别身份证号手机号乡镇前往企业上车到达本人签名');
  expect(page2).toContain(`第2页共${pages}页`);
  expect(text(['-f', '1', '-l', '1']).replace(/\s+/g, '')).toContain('恩施州“春风行动”点对点输送人员花名册');
  // Totals by gender and by enterprise add up to the passengers.
  const men = list.filter((p) => p.gender === 'male').length;
  expect(flat).toContain(`按性别统计：男${men}人，女${50 - men}人，合计50人`);
  expect(all).toMatch(new RegExp(`立讯\\s+50\\s+49\\s+${men}\\s+${50 - men}`));
  expect(all).toMatch(new RegExp(`合计\\s+50\\s+49\\s+${men}\\s+${50 - men}`));

  // One page as an image, to look at.
  execFileSync('pdftoppm', [
    '-f',
    '1',
    '-l',
    '1',
    '-r',
    '80',
    '-png',
    pdfPath,
    testInfo.outputPath('manifest-page'),
  ]);
});

/** A trip of the demo's county to 立讯 only, on the day after the demo's last, through the API; its id. */
async function demoTrip(page: Page, countyCode: string): Promise<string> {
  return page.evaluate(async (county) => {
    const api = window.api!;
    const enterprises = await api['enterprises.list']({});
    if (!enterprises.ok) throw new Error(enterprises.error.message);
    const lux = enterprises.data.find((e) => e.shortName === '立讯')!;
    const trip = await api['trips.save']({
      date: '2022-03-11',
      departureTime: '07:00',
      countyCode: county,
      destination: '恩施高新区',
      enterpriseIds: [lux.id],
      pickups: [{ town: '', place: '县人社局门前', time: '07:00' }],
      plate: '鄂QB5678',
      seats: 45,
      driverName: '田师傅',
      driverPhone: '13972700000',
      escorts: [{ name: '向明', phone: '13872710001' }],
    });
    if (!trip.ok) throw new Error(JSON.stringify(trip.error));
    return trip.data.id;
  }, countyCode);
}

test('the seating list offers the people waiting for a bus; the others behind a switch; a second ride asks first', async ({
  page,
  host,
}, testInfo) => {
  test.slow();
  await openWithDemo(page, host.url, 'transport');
  const tripId = await demoTrip(page, '422823');
  await page.goto(`${host.url}#/transport/trip/${tripId}`);
  await page.getByRole('button', { name: '+ 添加乘车人员' }).click();
  const add = page.getByRole('dialog', { name: /添加乘车人员/ });
  await expect(add.getByText(/^显示 [\d,]+ \/ 共 [\d,]+ 人$/)).toBeVisible();
  const column = (n: number) => add.locator(`tbody tr td:nth-child(${n})`).allTextContents();

  // By default: verified or with an interview arranged, going to 立讯 or to any enterprise.
  const stages = await column(8);
  expect(stages.length).toBeGreaterThan(10);
  for (const stage of stages) expect(['已核实', '已安排面试']).toContain(stage);
  for (const goingTo of await column(7)) expect(goingTo).toMatch(/^(立讯|服从安排)/);
  await page.screenshot({ path: testInfo.outputPath('seating-default-zh.png') });

  // The switch adds the others who may ride, their stage shown.
  await add.getByRole('checkbox', { name: /也显示其他可乘车人员/ }).check();
  await expect.poll(async () => new Set(await column(8)).size).toBeGreaterThan(2);
  const withOthers = await column(8);
  expect(withOthers).toContain('已输送');
  expect(withOthers).toContain('面试未通过');
  expect(withOthers.length).toBeGreaterThan(stages.length);

  // Someone who already rode and has no result yet: asked first, with the reason.
  const rode = add.locator('tbody tr').filter({ hasText: '已输送' }).filter({ hasNotText: '♥' }).first();
  const name = (await rode.locator('td').nth(1).textContent())!.trim();
  await rode.getByRole('checkbox').check();
  await add.getByRole('button', { name: '添加 1 人' }).click();
  const ask = page.getByRole('alertdialog');
  await expect(ask).toContainText(name);
  await expect(ask).toContainText('已乘车输送，尚未记录面试结果');
  await page.screenshot({ path: testInfo.outputPath('seating-ask-zh.png') });
  await ask.getByRole('button', { name: '取消' }).click();
  await expect(add).toBeVisible();
  await add.getByRole('button', { name: '添加 1 人' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '仍然安排' }).click();
  await expect(add).toBeHidden();
  await expect(page.getByText('已安排 1 人，45 座中空余 44 座')).toBeVisible();
});

test('closing a trip checks first and names who lacks a reason; the buttons say what they do', async ({
  page,
  host,
}, testInfo) => {
  test.slow();
  await openWithDemo(page, host.url, 'transport');
  const trips = await page.evaluate(async () => {
    const r = await window.api['trips.list']({ from: '2022-03-11', to: '2022-03-11' });
    if (!r.ok) throw new Error(r.error.message);
    return r.data.filter((t) => t.status === 'planned' && t.booked > 1).map((t) => t.id);
  });
  expect(trips.length).toBeGreaterThanOrEqual(2);
  await page.goto(`${host.url}#/transport/trip/${trips[0]}`);
  await page.getByRole('button', { name: '开始登车' }).click();
  await page.getByRole('button', { name: '全部勾选上车' }).click();
  await page.getByRole('button', { name: '发车', exact: true }).click();
  await page.getByRole('button', { name: '确认到达', exact: true }).click();
  const counts = page.getByRole('region', { name: '人数清点' });
  const booked = Number(
    (await counts.getByRole('group', { name: '已上车' }).textContent())!.replace(/\D/g, ''),
  );
  // One arrival ticked; everyone else is neither ticked nor explained.
  await page
    .getByRole('checkbox', { name: / 已到达$/ })
    .first()
    .check();
  await expect(counts.getByRole('group', { name: '已到达' })).toContainText('1');

  await page.getByRole('button', { name: '结束车次' }).click();
  const dialog = page.getByRole('dialog', { name: /结束车次/ });
  await expect(dialog).toContainText(`${booked - 1} 人上车后未到达，也未注明原因`);
  const missing = page.getByRole('checkbox', { name: / 已到达$/ }).nth(1);
  const missingName = ((await missing.getAttribute('aria-label')) ?? '').replace(/ 已到达$/, '');
  await expect(dialog).toContainText(missingName);
  await expect(dialog.getByRole('button', { name: '结束车次' })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('close-check-zh.png') });
  await dialog.getByRole('button', { name: '返回补填' }).click();
  await expect(dialog).toBeHidden();

  // Everyone arrived: now the dialog asks, and closing records the person-trips.
  await page.getByRole('button', { name: '上车人员全部到达' }).click();
  await page.getByRole('button', { name: '结束车次' }).click();
  await expect(dialog).toContainText(`到达 ${booked} 人`);
  await dialog.getByRole('button', { name: '结束车次' }).click();
  await expect(counts.getByText(`结束车次时已记录 ${booked} 人次。`)).toBeVisible();

  // In English the steps are actions too.
  await useLanguage(page, 'en');
  await page.goto(`${host.url}#/transport/trip/${trips[1]}`);
  await page.getByRole('button', { name: 'Start boarding' }).click();
  await page.getByRole('button', { name: 'Tick everyone on board' }).click();
  await page.getByRole('button', { name: 'Depart', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Confirm arrival', exact: true })).toBeVisible();
});
