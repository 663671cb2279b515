// Imports one log into the browser host in Chromium and measures what the person waits for.
import { basename } from 'node:path';
import { serveDirectory } from '../support/staticServer';
import { launchChromium } from '../support/chromium';
import { samplePeakMemory } from './processMemory';

export type BrowserImport = { ms: number; longestTaskMs: number; longTasks: number; peakMb: number };

export async function importInBrowser(webDir: string, path: string): Promise<BrowserImport> {
  const server = await serveDirectory(webDir);
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const state = { longest: 0, count: 0 };
      (window as unknown as { __longTasks: typeof state }).__longTasks = state;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          state.count += 1;
          state.longest = Math.max(state.longest, entry.duration);
        }
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(server.url);
    await page.getByLabel('Case title').fill(`Bench ${basename(path)}`);
    await page.getByRole('button', { name: 'Start case' }).click();
    await page.getByRole('heading', { name: `Bench ${basename(path)}` }).waitFor();
    // Only the import is measured: forget the long tasks of loading the page.
    await page.evaluate(() => {
      const state = (window as unknown as { __longTasks: { longest: number; count: number } }).__longTasks;
      state.longest = 0;
      state.count = 0;
    });
    const memory = samplePeakMemory();
    // Choosing the file asks its year and zone (classic syslog stamps have neither); the wait
    // measured starts when the person clicks Import.
    await page.getByLabel('Choose log files…').setInputFiles(path);
    await page.getByLabel(`Time zone for ${basename(path)}`, { exact: true }).selectOption('UTC');
    await page.getByLabel(`Year for ${basename(path)}`, { exact: true }).fill('2025'); // as analyzeOnce.ts: no line in the future
    const started = Date.now();
    await page.getByRole('button', { name: 'Import 1 file' }).click();
    await page
      .getByText(new RegExp(`^Imported ${basename(path).replace('.', '\\.')}:`))
      .waitFor({ timeout: 600_000 });
    // "Analysis shown": the headline on the Import step, then the Confirm step's address table.
    await page.locator('.headline').waitFor({ timeout: 600_000 });
    await page.getByRole('button', { name: 'Next: confirm the attack' }).click();
    await page
      .getByRole('table', { name: 'Addresses that tried to log in and failed' })
      .getByRole('row')
      .nth(1)
      .waitFor({ timeout: 600_000 });
    const ms = Date.now() - started;
    const peakMb = memory.stop();
    const tasks = await page.evaluate(
      () => (window as unknown as { __longTasks: { longest: number; count: number } }).__longTasks,
    );
    return { ms, longestTaskMs: tasks.longest, longTasks: tasks.count, peakMb };
  } finally {
    await browser.close();
    await server.close();
  }
}
