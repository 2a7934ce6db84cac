import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Loads the demo through the bridge (the welcome page's button does the same) and opens a route. */
export async function openDemo(page: Page, url: string, route: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const loaded = await page.evaluate(async () => (await window.api['demo.load']({})).ok);
  expect(loaded).toBe(true);
  await page.goto(`${url}#/${route}`);
  await page.reload();
  // The first figures of a freshly loaded demo can take a while on a busy machine.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
}

/** Total demand in the demo's first half (the counting module's figure, as of the demo's date). */
export async function demandTotal(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const r = await window.api['counts.summary']({});
    if (!r.ok) throw new Error(r.error.message);
    return r.data.demand;
  });
}
