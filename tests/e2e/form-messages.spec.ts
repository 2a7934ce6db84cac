import type { Locator, Page } from '@playwright/test';
import { idCheckChar } from '../../shared/domain/id-number';
import { zhCN } from '../../shared/i18n/zh-CN';
import { expect, test } from './fixtures';

/**
 * Every form, saved with its required fields left empty, as a hurried user does: what it then says
 * under its fields must be a sentence in Chinese, never a schema code, a catalogue key, zod's own
 * English or a generic "invalid" that does not say what to do.
 */

const KEY_LIKE = /^[a-z][a-zA-Z]*(\.[a-zA-Z_]+)+$/;
const GENERIC = new Set([zhCN.v.id, zhCN.v.invalid, zhCN.e.invalid_input]);

function validId(region: string, birth: string, seq: string): string {
  const first17 = `${region}${birth}${seq}`;
  return first17 + idCheckChar(first17);
}

async function openWithDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const loaded = await page.evaluate(async () => (await window.api['demo.load']({})).ok);
  expect(loaded).toBe(true);
}

async function go(page: Page, route: string, heading: string): Promise<void> {
  await page.evaluate((r) => (window.location.hash = `#/${r}`), route);
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible({ timeout: 30_000 });
}

/** Saves the open dialog as it is and returns what it says, after checking that each is readable. */
async function saveAndRead(dialog: Locator, expected: number): Promise<string[]> {
  await dialog.locator('button[type=submit]').last().click();
  const messages = dialog.locator('.field-error, .form-error');
  await expect(messages).toHaveCount(expected);
  const texts = (await messages.allInnerTexts()).map((t) => t.trim());
  for (const text of texts) {
    expect(text, 'a code or key').not.toMatch(KEY_LIKE);
    expect(GENERIC.has(text), `generic “${text}”`).toBe(false);
    expect(text, 'not Chinese').toMatch(/[\u4e00-\u9fff]/);
  }
  return texts;
}

async function close(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('every form, saved empty, says in Chinese what is missing', async ({ page, host }) => {
  test.slow();
  await page.setViewportSize({ width: 1366, height: 768 });
  await openWithDemo(page, host.url);

  await go(page, 'seekers', '求职人员');
  await page.getByRole('button', { name: '+ 登记报名' }).click();
  let dialog = page.getByRole('dialog');
  expect(await saveAndRead(dialog, 4)).toEqual(['必填', '必填', '必填', '请选择八个县市之一']);
  // A valid ID fills the home county in: its message goes with it.
  await dialog.getByLabel('身份证号').fill(validId('422823', '19900115', '124'));
  await expect(dialog.getByLabel('户籍县市')).toHaveValue('422823');
  await expect(dialog.locator('.field-error')).toHaveText(['必填', '必填']);
  await close(page, dialog);

  await page
    .getByRole('checkbox', { name: /^选择 / })
    .first()
    .check();
  await page.getByRole('group', { name: '批量操作' }).getByRole('button', { name: '办理入职' }).click();
  dialog = page.getByRole('dialog');
  expect(await saveAndRead(dialog, 2)).toEqual(['请选择企业', '请填写岗位或产线']);
  await close(page, dialog);

  await go(page, 'enterprises', '企业与用工需求');
  await page.getByRole('button', { name: '+ 新增企业' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: /新增岗位或产线/ }).click();
  const enterprise = await saveAndRead(dialog, 3);
  expect(enterprise.filter((m) => m === '必填')).toHaveLength(2);
  await close(page, dialog);

  await go(page, 'transport', '点对点输送');
  await page.getByRole('button', { name: '+ 新建车次' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '+ 添加上车地点' }).click();
  await dialog.getByRole('button', { name: '+ 添加护送人员' }).click();
  expect(await saveAndRead(dialog, 4)).toEqual(['请选择八个县市之一', '必填', '必填', '必填']);
  await close(page, dialog);

  await go(page, 'stabilisation', '稳岗服务');
  await page.getByRole('button', { name: '+ 新建服务事项' }).click();
  dialog = page.getByRole('dialog');
  expect(await saveAndRead(dialog, 3)).toEqual(['请选择务工人员', '请从选项中选择', '必填']);
  await close(page, dialog);

  await page.getByRole('button', { name: '调岗…' }).click();
  dialog = page.getByRole('dialog');
  expect(await saveAndRead(dialog, 4)).toEqual(['请选择务工人员', '请选择企业', '必填', '必填']);
  await close(page, dialog);

  await page.getByRole('button', { name: '请假…' }).click();
  dialog = page.getByRole('dialog');
  expect(await saveAndRead(dialog, 2)).toEqual(['请选择务工人员', '必填']);
  await close(page, dialog);

  await page.getByRole('button', { name: '查看' }).first().click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '追加记录' }).click();
  expect(await saveAndRead(dialog, 1)).toEqual(['必填']);
  await close(page, dialog);

  await page.getByRole('tab', { name: '企业与专班' }).click();
  await page.getByRole('button', { name: '编辑专班' }).first().click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').first().fill('');
  expect(await saveAndRead(dialog, 1)).toEqual(['必填']);
  await close(page, dialog);

  await page.getByRole('tab', { name: '回访' }).click();
  await page
    .getByRole('button', { name: /^登记对.*的回访$/ })
    .first()
    .click({ timeout: 30_000 });
  dialog = page.getByRole('dialog');
  expect(await saveAndRead(dialog, 2)).toEqual(['请从选项中选择', '请从选项中选择']);
  await close(page, dialog);
});
