import { expect, test } from './fixtures';

test('in English, counts agree with their nouns and supplies are counted in English units', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await page.getByRole('button', { name: '从空数据库开始' }).click();
  const tripId = await page.evaluate(async () => {
    const api = window.api;
    const items = await api['supplies.list']({});
    if (!items.ok) throw new Error(items.error.message);
    const id = (name: string) => items.data.find((i) => i.nameZh === name)!.id;
    const trip = await api['trips.save']({
      date: '2022-03-10',
      departureTime: '07:30',
      countyCode: '422823',
      destination: '恩施高新区',
      plate: '鄂Q·A1234',
      seats: 1,
      supplies: [
        { itemId: id('矿泉水'), quantity: 1 },
        { itemId: id('方便面'), quantity: 45 },
      ],
    });
    if (!trip.ok) throw new Error(trip.error.message);
    const language = await api['settings.update']({ language: 'en' });
    if (!language.ok) throw new Error(language.error.message);
    return trip.data.id;
  });
  await page.goto(`${host.url}#/transport/trip/${tripId}`);
  await page.reload();
  const info = page.locator('dl').filter({ hasText: 'Supplies' });
  await expect(info).toContainText('Mineral water 1 bottle');
  await expect(info).toContainText('Instant noodles 45 cups');
  await expect(info).toContainText('1 seat');
  await expect(info).not.toContainText('瓶');
  await page.screenshot({ path: '/tmp/shots/fix-words-trip-supplies-en.png' });

  await page.getByRole('button', { name: 'Edit trip' }).click();
  const form = page.getByRole('dialog');
  await expect(form.locator('.supply-row').filter({ hasText: 'Mineral water' })).toContainText('bottle');
  await expect(form.locator('.supply-row').filter({ hasText: 'Instant noodles' })).toContainText('cups');
});
