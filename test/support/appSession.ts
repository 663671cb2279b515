// One browser-host session for an end-to-end test file: the built app served on 127.0.0.1,
// Debian's Chromium with a fresh profile, and a page whose errors are collected, so every test
// can end with `expect(pageErrors).toEqual([])`.
import type { Page } from 'playwright-core';
import { launchChromium, type TestBrowser } from './chromium';
import { serveDirectory, webBuildDir, type StaticServer } from './staticServer';

export type AppSession = {
  server: StaticServer;
  browser: TestBrowser;
  page: Page;
  /** Uncaught page errors and console errors, from every page opened through this session. */
  pageErrors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
};

export function collectPageErrors(page: Page, pageErrors: string[]): void {
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
}

export async function startAppSession(): Promise<AppSession> {
  const server = await serveDirectory(webBuildDir());
  const browser = await launchChromium();
  const pageErrors: string[] = [];
  const newPage = async () => {
    const page = await browser.context.newPage();
    collectPageErrors(page, pageErrors);
    return page;
  };
  return {
    server,
    browser,
    page: await newPage(),
    pageErrors,
    newPage,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
