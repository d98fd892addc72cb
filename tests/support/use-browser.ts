import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';

/** Chromium for a test file: launched before its tests, closed after. Call the returned function for it. */
export function useBrowser(options?: Parameters<typeof launchBrowser>[0]): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(options);
  });
  afterAll(() => browser?.close());
  return () => browser!;
}
