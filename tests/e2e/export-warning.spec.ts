import { openWithDemo } from './demo';
import { expect, test } from './fixtures';

test('an export with full ID numbers warns that the file leaves the console’s protection', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  await openWithDemo(page, host.url, 'seekers');
  await expect(page.getByRole('checkbox', { name: /^选择 / }).first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: '导出' }).click();
  const dialog = page.getByRole('dialog', { name: '导出表格当前显示的内容' });
  await expect(dialog).toContainText('身份证号码和手机号码将打码显示。');
  await expect(dialog.getByRole('alert')).toHaveCount(0);

  await dialog.getByRole('checkbox', { name: /导出完整身份证号码和手机号码/ }).check();
  const warning = dialog.getByRole('alert');
  await expect(warning).toContainText('脱离本平台的保护');
  await expect(warning).toContainText('不加密');
  await page.screenshot({ path: '/tmp/shots/vault-export-warning-zh.png' });

  await dialog.getByRole('checkbox', { name: /导出完整身份证号码和手机号码/ }).uncheck();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
});
