// Every step of a case with the sample log, checked with axe-core in real Chromium: no serious or
// critical violation (issue 17), at the desktop size and at 200% zoom (a 640×400 CSS viewport).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations, type Violation } from '../support/accessibility';
import { startAppSession, type AppSession } from '../support/appSession';

let app: AppSession;
let page: Page;

beforeAll(async () => {
  app = await startAppSession();
  page = app.page;
});

afterAll(async () => {
  await app?.close();
});

const steps = ['Case', 'Import', 'Confirm', 'Logins', 'Source', 'Report', 'Follow up'];

describe('accessibility of every step (axe-core)', () => {
  it('has no serious or critical violation on any step, at 1280×800 and at 200% zoom', async () => {
    await page.goto(app.server.url);
    const found: Record<string, Violation[]> = {};
    found['start'] = await seriousViolations(page);
    await page.getByRole('button', { name: /Try it with a sample/ }).click();
    await page.getByText(/Imported sample-auth\.log/).waitFor();
    const nav = page.getByRole('navigation', { name: 'Workflow steps' });
    for (const size of [
      { width: 1280, height: 800 },
      { width: 640, height: 400 },
    ]) {
      await page.setViewportSize(size);
      for (const step of steps) {
        await nav.getByRole('button', { name: new RegExp(step) }).click();
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        await page.waitForTimeout(300); // live queries settle
        const violations = await seriousViolations(page);
        if (violations.length > 0) found[`${step} at ${size.width}×${size.height}`] = violations;
      }
    }
    const shown = Object.entries(found).filter(([, list]) => list.length > 0);
    expect(shown, JSON.stringify(shown, null, 2)).toEqual([]);
  });
});
