import type { Locator, Page, TestInfo } from '@playwright/test';
import { idCheckChar } from '../../shared/domain/id-number';
import { expect, test } from './fixtures';

/** A valid resident ID number of Badong County (422823) with the right check digit. */
function validId(birth: string, seq: string): string {
  const first17 = `422823${birth}${seq}`;
  return first17 + idCheckChar(first17);
}

/** The same number with a wrong last character: what a mistyped digit looks like. */
function withWrongCheckDigit(id: string): string {
  const wrong = id.endsWith('1') ? '2' : '1';
  return id.slice(0, 17) + wrong;
}

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

/** Opens the job-seeker page on an empty database, through the welcome screen and the navigation. */
async function openSeekersEmpty(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: '从空数据库开始' }).click();
  await page.getByRole('link', { name: '求职人员' }).click();
  await expect(page.getByRole('heading', { name: '求职人员', level: 1 })).toBeVisible();
}

async function createEnterprise(page: Page, name: string): Promise<void> {
  const ok = await page.evaluate(async (enterpriseName) => {
    const r = await window.api['enterprises.save']({
      name: enterpriseName,
      shortName: '',
      contactName: '',
      contactPhone: '',
      address: '',
      notes: '',
      lines: [
        {
          post: 'SMT 产线普工',
          headcount: 50,
          periodStart: '2020-01-01',
          periodEnd: '2099-12-31',
          shiftPattern: 'two_shift',
          payMin: null,
          payMax: null,
          boardLodging: '',
          contactName: '',
          contactPhone: '',
          archived: false,
        },
      ],
    });
    return r.ok;
  }, name);
  expect(ok).toBe(true);
}

async function registerViaApi(page: Page, name: string, idNumber: string, phone: string): Promise<void> {
  const ok = await page.evaluate(
    async (p) => {
      const r = await window.api['seekers.register']({
        name: p.name,
        idNumber: p.idNumber,
        phone: p.phone,
        countyCode: '422823',
        channel: 'point_to_point',
        signedUpOn: '2026-02-10',
      });
      return r.ok;
    },
    { name, idNumber, phone },
  );
  expect(ok).toBe(true);
}

function figure(page: Page, label: string): Locator {
  return page.getByRole('region', { name: /统计/ }).getByRole('group', { name: label, exact: true });
}

async function seekerTotal(page: Page): Promise<number> {
  const text = (await page.getByText(/^符合条件：[\d,]+ 人$/).textContent()) ?? '';
  return Number(text.replace(/[^\d]/g, ''));
}

/** Records the next step from the detail panel's buttons, confirming the dialog's defaults. */
async function recordStep(
  page: Page,
  panel: Locator,
  action: string,
  fill?: (dialog: Locator) => Promise<void>,
): Promise<void> {
  await panel
    .getByRole('group', { name: '记录下一环节' })
    .getByRole('button', { name: action, exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: /^记录“/ });
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: '记录', exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('a bad ID is refused at the field; a good one goes through the pipeline to employed', async ({
  page,
  host,
}, testInfo) => {
  const enterprise = '恩施春晖电子有限公司';
  const id = validId('19920315', '446');
  await openSeekersEmpty(page, host.url);
  await createEnterprise(page, enterprise);
  await page.reload();
  await expect(figure(page, '报名人数')).toContainText('0');

  // 1. A mistyped ID number: the check-digit message at the field, and nothing saved.
  await page.getByRole('button', { name: '登记报名' }).click();
  const form = page.getByRole('dialog', { name: '求职人员登记报名' });
  await form.getByLabel('姓名').fill('向小梅');
  await form.getByLabel('身份证号').fill(withWrongCheckDigit(id));
  await form.getByLabel('手机号').fill('137 1234 5678');
  await form.getByRole('button', { name: '登记报名' }).click();
  await expect(form.getByText('校验位（最后一位）不符，可能有数字录错')).toBeVisible();
  await expect(form.getByLabel('身份证号')).toHaveAttribute('aria-invalid', 'true');
  await shot(page, testInfo, 'register-error-zh');
  await expect(form).toBeVisible();
  expect(await seekerTotal(page)).toBe(0);

  // 2. Corrected: gender, age and county come from the ID; saved, the detail opens, the counts move.
  await form.getByLabel('身份证号').fill(id);
  await expect(form.getByText(/出生日期 1992\/03\/15 · 女/)).toBeVisible();
  await expect(form.getByLabel('户籍县市')).toHaveValue('422823');
  await form.getByRole('button', { name: '登记报名' }).click();
  await expect(form).toBeHidden();
  const panel = page.getByRole('complementary', { name: '向小梅' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('422823********' + id.slice(-4))).toBeVisible();
  await expect(figure(page, '报名人数')).toContainText('1');
  await expect(page.getByRole('gridcell', { name: '向小梅', exact: true })).toBeVisible();

  // Editing shows the phone masked and keeps it when left blank: no reveal just to fix a village.
  await panel.getByRole('button', { name: '编辑资料' }).click();
  const edit = page.getByRole('dialog', { name: '编辑 向小梅' });
  await expect(edit.getByLabel('手机号')).toHaveAttribute('placeholder', '137****5678（留空则不变）');
  await edit.getByLabel('村（社区）').fill('青树村');
  await shot(page, testInfo, 'edit-zh');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  await expect(panel.getByText('137****5678')).toBeVisible();
  const actions = await page.evaluate(async () => {
    const r = await window.api['audit.list']({});
    return r.ok ? r.data.map((e) => e.action) : [];
  });
  expect(actions).toContain('seekers.update');
  expect(actions).not.toContain('seekers.reveal');

  // 3. Step by step, from the detail panel's allowed next steps.
  await recordStep(page, panel, '核实');
  await recordStep(page, panel, '安排面试', async (dialog) => {
    await dialog.getByLabel('企业').selectOption({ label: enterprise });
  });
  await expect(figure(page, '输送人次')).toContainText('0');
  await recordStep(page, panel, '乘车输送');
  await expect(figure(page, '输送人次')).toContainText('1');
  await expect(figure(page, '输送人数')).toContainText('1');
  await recordStep(page, panel, '面试通过');
  await expect(panel.getByRole('listitem').filter({ hasText: '面试通过' })).toBeVisible();

  // 4. Employed straight after the interview: refused, naming the exam and the training.
  await page.getByRole('checkbox', { name: '选择 向小梅' }).check();
  await expect(page.getByText('已选 1 人')).toBeVisible();
  await page.getByRole('group', { name: '批量操作' }).getByRole('button', { name: '办理入职' }).click();
  const bulk = page.getByRole('dialog', { name: /记录“已入职”/ });
  await bulk.getByLabel('企业').selectOption({ label: enterprise });
  await bulk.getByLabel('岗位/产线').fill('SMT 产线普工');
  await bulk.getByRole('button', { name: '记录', exact: true }).click();
  const refusal = bulk.getByRole('alert');
  await expect(refusal).toContainText('1 人中有 1 人现在不能进行此环节');
  await expect(refusal).toContainText('须先登记：体检合格和岗前培训完成');
  await expect(bulk.getByRole('button', { name: /为符合条件的/ })).toHaveCount(0);
  await shot(page, testInfo, 'detail-refusal-zh');
  await bulk.getByRole('button', { name: '取消' }).click();
  await expect(figure(page, '入职人数')).toContainText('0');

  // 5. The missing steps, then employed: the grid and the counts show it.
  await recordStep(page, panel, '体检合格');
  await recordStep(page, panel, '完成培训');
  await recordStep(page, panel, '办理入职', async (dialog) => {
    await expect(dialog.getByLabel('企业')).toHaveValue(/.+/);
    await dialog.getByLabel('岗位/产线').fill('SMT 产线普工');
  });
  await expect(figure(page, '入职人数')).toContainText('1');
  await expect(panel.getByText('已入职', { exact: true }).first()).toBeVisible();
  const timeline = panel.getByRole('region', { name: '经历' });
  for (const step of [
    '已报名',
    '已核实',
    '已安排面试',
    '已输送',
    '面试通过',
    '体检合格',
    '岗前培训完成',
    '已入职',
  ]) {
    await expect(timeline.getByText(step, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('gridcell', { name: '已入职' })).toBeVisible();
  await timeline.scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'detail-timeline-zh');
});

test('a couple stays linked: both details and the grid show the partner', async ({ page, host }) => {
  await openSeekersEmpty(page, host.url);
  await registerViaApi(page, '田大山', validId('19880502', '113'), '13911112222');
  await registerViaApi(page, '覃秀英', validId('19900817', '224'), '13933334444');
  await page.reload();

  await page.getByRole('gridcell', { name: '田大山', exact: true }).click();
  const husband = page.getByRole('complementary', { name: '田大山' });
  await husband.getByRole('button', { name: '关联配偶' }).click();
  await husband.getByRole('searchbox', { name: /查找配偶/ }).fill('覃秀英');
  await husband.getByRole('button', { name: '与 覃秀英 关联' }).click();
  await expect(husband.getByText('配偶：')).toBeVisible();
  await expect(husband.getByRole('button', { name: '覃秀英' })).toBeVisible();

  // The partner's own detail names him back.
  await husband.getByRole('button', { name: '覃秀英' }).click();
  const wife = page.getByRole('complementary', { name: '覃秀英' });
  await expect(wife.getByRole('button', { name: '田大山' })).toBeVisible();
  await wife.getByRole('button', { name: '关闭详情' }).click();

  // The grid: each row's partner column, and the couple tag.
  await expect(page.getByRole('gridcell', { name: '田大山', exact: true })).toHaveCount(2);
  await expect(page.getByRole('gridcell', { name: '覃秀英', exact: true })).toHaveCount(2);
  await expect(
    page.getByRole('treegrid').or(page.getByRole('grid')).getByText('夫妻档', { exact: true }),
  ).toHaveCount(2);

  // After a reload, found by the quick search, she is still linked.
  await page.reload();
  await page.getByRole('searchbox', { name: '快速搜索' }).fill('覃秀英');
  await expect(page.getByRole('gridcell', { name: '覃秀英', exact: true })).toHaveCount(1);
  await page.getByRole('gridcell', { name: '覃秀英', exact: true }).click();
  await expect(
    page.getByRole('complementary', { name: '覃秀英' }).getByRole('button', { name: '田大山' }),
  ).toBeVisible();
});

test('on the demo, county and stage filters change the total, and an ID tail finds the person', async ({
  page,
  host,
}, testInfo) => {
  // Loading thousands of demo people takes a while on a busy machine.
  test.slow();
  await page.goto(host.url);
  await page.getByRole('button', { name: '加载演示数据' }).click();
  // Loading ends on the dashboard; only then is the navigation ours.
  await expect(page.getByRole('heading', { name: '总览', level: 1 })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('link', { name: '求职人员' }).click();
  await expect(page.getByText(/^符合条件：[\d,]+ 人$/)).toBeVisible();
  const all = await seekerTotal(page);
  expect(all).toBeGreaterThan(1000);
  await shot(page, testInfo, 'grid-demo-zh');

  const filters = page.getByRole('search', { name: '筛选' });
  await filters.getByLabel('县市').selectOption({ label: '鹤峰县' });
  await expect.poll(() => seekerTotal(page)).toBeLessThan(all);
  const county = await seekerTotal(page);
  expect(county).toBeGreaterThan(0);
  await expect(page.getByRole('region', { name: /统计/ })).toContainText('鹤峰县');

  await filters.getByLabel('环节').selectOption({ label: '已入职' });
  await expect.poll(() => seekerTotal(page)).toBeLessThan(county);
  await expect(page.getByRole('gridcell', { name: '已入职' }).first()).toBeVisible();

  // Back to everyone; the first row's visible ID tail finds that person.
  await filters.getByRole('button', { name: '清除筛选' }).click();
  await expect.poll(() => seekerTotal(page)).toBe(all);
  const firstId = page.getByRole('gridcell', { name: /^4228\d{2}\*{8}[\dX]{4}$/ }).first();
  const masked = (await firstId.textContent()) ?? '';
  const tail = masked.slice(-4);
  expect(tail).toMatch(/^\d{3}[\dX]$/);
  await filters.getByRole('searchbox', { name: '快速搜索' }).fill(tail);
  await expect.poll(() => seekerTotal(page)).toBeLessThan(all);
  await expect(page.getByRole('gridcell', { name: masked, exact: true }).first()).toBeVisible();

  // The stable rule lives in Settings: 15 days in the demo; at 30 days fewer people count as stable.
  await filters.getByRole('button', { name: '清除筛选' }).click();
  await expect(figure(page, '稳岗人数')).toContainText('1,087');
  await page.getByRole('link', { name: '设置' }).click();
  const counting = page.getByRole('region', { name: '统计口径' });
  await expect(counting.getByLabel('在岗满多少天计为稳岗')).toHaveValue('15');
  await expect(counting.getByLabel('统计截至日期（留空为今天）')).toHaveValue('2022-03-10');
  await counting.getByLabel('在岗满多少天计为稳岗').fill('400');
  await counting.getByRole('button', { name: '保存' }).click();
  await expect(counting.getByText('请填写 1 到 365 天')).toBeVisible();
  await counting.getByLabel('在岗满多少天计为稳岗').fill('30');
  await counting.getByRole('button', { name: '保存' }).click();
  await expect(counting.getByText('请填写 1 到 365 天')).toBeHidden();
  await shot(page, testInfo, 'settings-counting-zh');
  await page.getByRole('link', { name: '求职人员' }).click();
  await expect(figure(page, '稳岗人数')).not.toContainText('1,087');
  const stable = await page.evaluate(async () => {
    const r = await window.api['counts.summary']({});
    return r.ok ? r.data.totals.stable : -1;
  });
  expect(stable).toBeGreaterThanOrEqual(0);
  expect(stable).toBeLessThan(1087);
});

test('registering a known ID again shows what differs and keeps the values the user chooses', async ({
  page,
  host,
}, testInfo) => {
  const id = validId('19870921', '335');
  await openSeekersEmpty(page, host.url);
  await registerViaApi(page, '谭桂花', id, '13712341255');
  await page.reload();

  // The same person at a job fair: a new phone and a village; the name typed with another character.
  await page.getByRole('button', { name: '登记报名' }).click();
  const form = page.getByRole('dialog', { name: '求职人员登记报名' });
  await form.getByLabel('姓名').fill('谭桂华');
  await form.getByLabel('身份证号').fill(id);
  await form.getByLabel('手机号').fill('13988886666');
  await form.getByLabel('村（社区）').fill('青树村');
  await form.getByRole('button', { name: '登记报名' }).click();

  const compare = form.getByRole('group', { name: /已登记过/ });
  await expect(compare).toBeVisible();
  await expect(compare).toContainText('谭桂花');
  const phone = compare.getByRole('radiogroup', { name: '手机号' });
  await expect(phone.getByRole('radio', { name: /137\*\*\*\*1255/ })).toBeVisible();
  await expect(phone.getByRole('radio', { name: /139\*\*\*\*6666/ })).toBeVisible();
  await expect(compare.getByRole('radiogroup', { name: '姓名' })).toBeVisible();
  await expect(compare.getByRole('radiogroup', { name: '村（社区）' })).toBeVisible();
  // Nothing is saved until every difference has a choice.
  await phone.getByRole('radio', { name: /139\*\*\*\*6666/ }).check();
  await compare
    .getByRole('radiogroup', { name: '姓名' })
    .getByRole('radio', { name: /谭桂花/ })
    .check();
  await expect(form.getByRole('button', { name: '保存本次报名' })).toBeDisabled();
  await compare
    .getByRole('radiogroup', { name: '村（社区）' })
    .getByRole('radio', { name: /青树村/ })
    .check();
  await shot(page, testInfo, 'register-again-compare-zh');
  await form.getByRole('button', { name: '保存本次报名' }).click();
  await expect(form).toBeHidden();

  const panel = page.getByRole('complementary', { name: '谭桂花' });
  await expect(panel.getByText('139****6666')).toBeVisible();
  await expect(panel.getByText('青树村')).toBeVisible();
  await expect(panel.getByRole('status')).toContainText('此人已登记过');
  const audit = await page.evaluate(async () => {
    const r = await window.api['audit.list']({});
    return r.ok
      ? r.data.filter((e) => e.action === 'seekers.registerAgain').map((e) => JSON.stringify(e.summary))
      : [];
  });
  // The entry is a message with its data (each operator reads it in their own language): the phone
  // taken, masked on both sides, and the name kept over the one offered.
  expect(audit).toHaveLength(1);
  expect(audit[0]).toContain('"field":"seeker.phone","from":"137****1255","to":"139****6666"');
  expect(audit[0]).toContain('"key":"kept"');
  expect(audit[0]).toContain('谭桂华');
  expect(audit[0]).not.toContain('13988886666');
});

test('masks: the panel shows the age, not the birth date; the ID tail finds the person, its middle digits nobody', async ({
  page,
  host,
}, testInfo) => {
  await openSeekersEmpty(page, host.url);
  // The one-time code that opened the console is gone from its address (and so from its history).
  expect(page.url()).not.toContain('code=');
  const id = validId('19880412', '031');
  await registerViaApi(page, '邓春燕', id, '13912345678');
  await registerViaApi(page, '邓秋菊', validId('19900101', '052'), '13887654321');
  await page.reload();
  const search = page.getByRole('search', { name: '筛选' }).getByRole('searchbox', { name: '快速搜索' });

  // The visible tail finds her.
  await search.fill(id.slice(-4));
  await expect.poll(() => seekerTotal(page)).toBe(1);
  await page.getByRole('gridcell', { name: '邓春燕', exact: true }).click();
  const panel = page.getByRole('complementary', { name: '邓春燕' });
  await expect(panel.getByText(`422823********${id.slice(-4)}`)).toBeVisible();
  await expect(panel.getByText(/^男 · \d+ 岁$/)).toBeVisible();
  // No birth date in any form: it is the masked middle of her ID number.
  await expect(panel).not.toContainText('1988');
  await expect(panel).not.toContainText('出生');
  await page.screenshot({ path: '/tmp/shots/masks-panel-age.png' });
  await shot(page, testInfo, 'masks-panel-age');

  // The middle digits of her ID number, a longer tail, or the middle of her phone: nobody.
  for (const digits of [id.slice(6, 14), id.slice(-6), '1234567', '2345']) {
    await search.fill(digits);
    await expect.poll(() => seekerTotal(page), { message: digits }).toBe(0);
  }

  // Her whole ID number finds her through the lookup, which the audit log records.
  await search.fill(id);
  await expect.poll(() => seekerTotal(page)).toBe(1);
  await expect(page.getByRole('gridcell', { name: '邓春燕', exact: true })).toBeVisible();
  const lastAction = await page.evaluate(async () => {
    const r = await window.api['audit.list']({ limit: 1 });
    return r.ok ? [r.data[0]!.action, r.data[0]!.summary] : null;
  });
  expect(lastAction).toEqual([
    'seekers.lookup',
    { key: 'lookup_idNumber', params: { masked: `422823********${id.slice(-4)}`, count: 1 }, parts: [] },
  ]);
});
