import type { Page } from '@playwright/test';

/**
 * Loads the app afresh on the settings page: a new document, so every store of the page is empty
 * (as after a start) and the next page visited fetches its data. Going to another hash of the same
 * URL would only change the hash and keep the stores. The browser's cache stays warm.
 */
export async function freshPage(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${url}#/settings`);
  await page.getByRole('heading', { name: '设置', level: 1 }).waitFor();
}

/** Back to the settings page in the same document: the stores keep what they hold. */
export async function sameDocumentToSettings(page: Page): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/settings'));
  await page.getByRole('heading', { name: '设置', level: 1 }).waitFor();
}

/**
 * Counts the page's requests to a channel while `fn` runs, so that a figure labelled cold can be
 * checked to include its fetch.
 */
export async function withRequests<T>(
  page: Page,
  channel: string,
  fn: () => Promise<T>,
): Promise<{ value: T; requests: number }> {
  let requests = 0;
  const seen = (request: { url(): string }) => {
    if (new URL(request.url()).pathname === `/api/${channel}`) requests++;
  };
  page.on('request', seen);
  try {
    return { value: await fn(), requests };
  } finally {
    page.off('request', seen);
  }
}
