import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';

/**
 * Benchmarks: run one at a time so they do not compete for the two cores. Each prints its figures as
 * it goes; the table reporter prints every figure in one table at the end.
 */
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.bench\.ts/,
  timeout: 600_000,
  workers: 1,
  reporter: [['list'], ['./table-reporter.ts']],
  outputDir: '../test-results/bench',
  use: {
    locale: 'zh-CN',
    viewport: { width: 1366, height: 800 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
});
