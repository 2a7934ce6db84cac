import type { Page } from '@playwright/test';
import { idCheckChar } from '../../shared/domain/id-number';
import { expect, test } from './fixtures';

/** Every test here starts where a new console does: no accounts, the first-run screen. */
test.use({ signedIn: false });

const ADMIN = { name: '周主任', password: 'zhou-admin-pass' };
const STAFF = { name: '李干事', password: 'li-staff-pass' };
const SUPERVISOR = { name: '州督导', password: 'zhou-super-pass' };
const PERSON = { name: '田大山', idNumber: validId('19880502', '113'), phone: '13911112222' };

function validId(birth: string, seq: string): string {
  const first17 = `422823${birth}${seq}`;
  return first17 + idCheckChar(first17);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/shots/accounts-${name}.png` });
}

async function signIn(page: Page, who: { name: string; password: string }): Promise<void> {
  await expect(page.getByRole('heading', { name: '登录', level: 1 })).toBeVisible();
  await page.getByLabel('账号名').fill(who.name);
  await page.getByLabel('密码').fill(who.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByTestId('signed-in-account')).toHaveText(who.name);
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('heading', { name: '登录', level: 1 })).toBeVisible();
}

async function createAdmin(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: '初始化春风行动控制台', level: 1 })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('所有管理员密码都丢失，数据也将无法找回');
  await page.getByLabel('管理员名称').fill(ADMIN.name);
  await page.getByLabel('密码（至少 8 位）').fill(ADMIN.password);
  await page.getByLabel('再次输入密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '创建管理员' }).click();
  await expect(page.getByRole('heading', { name: '恢复密钥', level: 1 })).toBeVisible();
  await expect(page.getByTestId('recovery-key')).toHaveText(/^([A-Z2-9]{4}-){12}[A-Z2-9]{4}$/);
  await expect(page.getByRole('button', { name: '打印' })).toBeVisible();
  await shot(page, 'recovery-key');
  const go = page.getByRole('button', { name: '继续' });
  await expect(go).toBeDisabled();
  await page.getByLabel('我已打印或抄下恢复密钥').check();
  await go.click();
  await expect(page.getByTestId('signed-in-account')).toHaveText(ADMIN.name);
}

async function addAccount(page: Page, who: { name: string; password: string }, role: string): Promise<void> {
  const form = page.getByRole('form', { name: '添加账号' });
  await form.getByLabel('名称').fill(who.name);
  await form.getByLabel('角色').selectOption({ label: role });
  await form.getByLabel('密码').fill(who.password);
  await form.getByRole('button', { name: '添加账号' }).click();
  await expect(page.getByText(`已添加账号“${who.name}”。`)).toBeVisible();
}

async function openPerson(page: Page, url: string) {
  await page.goto(`${url}#/seekers`);
  await page.getByRole('gridcell', { name: PERSON.name, exact: true }).click();
  return page.getByRole('complementary', { name: PERSON.name });
}

test('first run creates an admin, who adds staff; staff cannot reveal, a supervisor cannot edit; the admin reveals, named in the audit', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await createAdmin(page, host.url);
  await page.getByRole('button', { name: '从空数据库开始' }).click();
  const registered = await page.evaluate(
    async (p) =>
      (
        await window.api['seekers.register']({
          ...p,
          countyCode: '422823',
          channel: 'point_to_point',
          signedUpOn: '2026-02-10',
        })
      ).ok,
    PERSON,
  );
  expect(registered).toBe(true);

  // The admin adds a staff account and a supervisor in Settings.
  await page.goto(`${host.url}#/settings`);
  await addAccount(page, STAFF, '工作人员');
  await addAccount(page, SUPERVISOR, '督导（只读）');
  const accounts = page.getByRole('table').filter({ hasText: '可查看和导出完整号码' });
  await expect(accounts.getByRole('row')).toHaveCount(4);
  await shot(page, 'settings-accounts');
  await signOut(page);

  // Staff: a wrong password is refused with the tries left; then signed in, no reveal anywhere.
  await page.getByLabel('账号名').fill(STAFF.name);
  await page.getByLabel('密码').fill('not-the-password');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('账号名或密码错误。');
  await expect(page.getByText('再输错 4 次，该账号需等待 15 分钟。')).toBeVisible();
  await shot(page, 'sign-in-wrong');
  await signIn(page, STAFF);
  const staffPanel = await openPerson(page, host.url);
  await expect(staffPanel.getByText('422823********' + PERSON.idNumber.slice(-4))).toBeVisible();
  await expect(staffPanel.getByRole('button', { name: /显示完整/ })).toHaveCount(0);
  const staffReveal = await page.evaluate(
    async (id) => await window.api['seekers.reveal']({ id, field: 'idNumber', reason: '想看看' }),
    await personId(page),
  );
  expect(staffReveal).toMatchObject({
    ok: false,
    error: { code: 'forbidden', message: 'e.permission_reveal' },
  });
  await signOut(page);

  // Supervisor: reads the list, but a change is refused with a clear message.
  await signIn(page, SUPERVISOR);
  const superPanel = await openPerson(page, host.url);
  await superPanel.getByRole('button', { name: '编辑资料' }).click();
  const dialog = page.getByRole('dialog', { name: `编辑 ${PERSON.name}` });
  await dialog.getByLabel('村（社区）').fill('青树村');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('您的账号只能查看，不能修改数据（督导）。')).toBeVisible();
  await shot(page, 'supervisor-refused');
  await dialog.getByRole('button', { name: '取消' }).click();
  await signOut(page);

  // The admin reveals with a reason; the audit log names the admin and the reason.
  await signIn(page, ADMIN);
  const adminPanel = await openPerson(page, host.url);
  await adminPanel.getByRole('button', { name: '显示完整身份证号' }).click();
  const why = page.getByRole('dialog', { name: '查看原因' });
  await why.getByRole('button', { name: '继续' }).click();
  await expect(why.getByText('请说明原因（至少两个字）')).toBeVisible();
  await why.getByLabel('原因').fill('核对体检名单');
  await why.getByRole('button', { name: '继续' }).click();
  await expect(adminPanel.getByText(PERSON.idNumber)).toBeVisible();
  await page.goto(`${host.url}#/settings`);
  const audit = page.getByRole('table', { name: '操作日志' });
  const reveal = audit.getByRole('row').filter({ hasText: '核对体检名单' });
  await expect(reveal).toHaveCount(1);
  await expect(reveal.getByRole('cell').nth(1)).toHaveText(ADMIN.name);
  const refusals = audit.getByRole('row').filter({ hasText: '已拒绝' });
  await expect(
    refusals.filter({ hasText: STAFF.name }).filter({ hasText: '该账号无权查看完整身份证号和手机号' }),
  ).toHaveCount(1);
  await expect(refusals.filter({ hasText: SUPERVISOR.name })).toHaveCount(1);
  await shot(page, 'audit');
});

test('the session locks after the idle minutes and the same password opens it again', async ({
  page,
  host,
}) => {
  await page.clock.install();
  await createAdmin(page, host.url);
  await page.getByRole('button', { name: '从空数据库开始' }).click();
  await page.goto(`${host.url}#/settings`);
  const idle = page.getByRole('form', { name: '无操作多少分钟后锁定' });
  await idle.getByLabel('无操作多少分钟后锁定').fill('2');
  await idle.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('控制台将在无操作 2 分钟后锁定。')).toBeVisible();

  // A minute and a half without a key or a click: still open. Past two minutes: locked.
  await page.clock.fastForward('01:30');
  await expect(page.getByTestId('signed-in-account')).toBeVisible();
  await page.clock.fastForward('00:35');
  await expect(page.getByRole('heading', { name: '已锁定', level: 1 })).toBeVisible();
  await expect(page.getByText(`控制台 2 分钟无操作，已锁定。${ADMIN.name}，请输入密码继续。`)).toBeVisible();
  await expect(page.getByLabel('账号名')).toHaveValue(ADMIN.name);
  const refused = await page.evaluate(async () => await window.api['enterprises.list']({}));
  expect(refused).toMatchObject({ ok: false, error: { code: 'session_locked' } });
  await shot(page, 'locked');
  await page.getByLabel('密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByTestId('signed-in-account')).toHaveText(ADMIN.name);
  await expect(page.getByRole('heading', { name: '设置', level: 1 })).toBeVisible();
});

test('"Load demo data" on the first-run screen signs in as the demo admin and shows its password once', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: '加载演示数据' }).click();
  await expect(page.getByRole('heading', { name: '演示管理员', level: 1 })).toBeVisible({ timeout: 60_000 });
  const password = (await page.getByTestId('demo-password').textContent()) ?? '';
  expect(password).toMatch(/^[a-z0-9]{16}$/);
  await shot(page, 'demo-password');
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.getByTestId('signed-in-account')).toHaveText('demo');
  await expect(page.getByRole('heading', { name: '总览', level: 1 })).toBeVisible({ timeout: 30_000 });
  await signOut(page);
  await signIn(page, { name: 'demo', password });
});

async function personId(page: Page): Promise<string> {
  return page.evaluate(async (name) => {
    const r = await window.api['seekers.query']({ limit: 10 });
    if (!r.ok) throw new Error(r.error.message);
    return r.data.rows.find((row) => row.name === name)!.id;
  }, PERSON.name);
}
