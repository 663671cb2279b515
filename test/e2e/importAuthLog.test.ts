// The whole app in real Chromium against the built browser host, with real IndexedDB.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { StaticServer } from '../support/staticServer';
import { startAppSession, type AppSession } from '../support/appSession';
import { openStep, showEveryLogin } from '../support/workflowSteps';
import { chooseClassicLogs } from '../support/timeQuestion';

let app: AppSession;
let server: StaticServer;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  app = await startAppSession();
  ({ server, page, pageErrors } = app);
});

afterAll(async () => {
  await app?.close();
});

async function attackerRow(ip: string) {
  const table = page.getByRole('table', { name: 'Addresses that tried to log in and failed' });
  return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: ip, exact: true }) });
}

describe('importing an auth.log in the browser host', () => {
  it('creates a case, imports a log, shows the attackers, and finds them again after a reload', async () => {
    await page.goto(server.url);
    await page.getByLabel('Case title').fill('Failed logins on srv01');
    await page.getByLabel('Affected server').fill('srv01');
    await page.getByRole('button', { name: 'Start case' }).click();
    await page.getByRole('heading', { name: 'Failed logins on srv01' }).waitFor();

    await chooseClassicLogs(page, resolve('assets/sample-auth.log'), { zone: 'UTC', year: '2026' });
    await page.getByText(/Imported sample-auth\.log: 4,000 lines/).waitFor();

    await expect(page.locator('code.hash').first().textContent()).resolves.toMatch(/^[0-9a-f]{64}$/);
    await page.screenshot({ path: resolve('.tmp/import-step.png'), fullPage: true });

    await openStep(page, 'Confirm');
    const row = await attackerRow('34.23.190.173');
    await row.waitFor();
    // 26 login attempts: 25 passwords tried and one guess of a user name that does not exist.
    await expect(row.getByRole('cell').nth(1).textContent()).resolves.toBe('26');
    await expect(row.getByRole('cell').nth(2).textContent()).resolves.toBe('25');
    await openStep(page, 'Logins');
    await showEveryLogin(page);
    const logins = page.getByRole('table', { name: 'Every successful login, the ones worth a look first' });
    await logins
      .getByText(/Look at this: the address also failed/)
      .first()
      .waitFor();
    await expect(logins.getByText(/Look at this: the address also failed/).count()).resolves.toBe(3);

    await page.reload();
    await page.getByRole('button', { name: /Failed logins on srv01/ }).click();
    await openStep(page, 'Confirm');
    const again = await attackerRow('34.23.190.173');
    await again.waitFor();
    await expect(again.getByRole('cell').nth(1).textContent()).resolves.toBe('26');
    expect(pageErrors).toEqual([]);
  });

  it('refuses the same file twice with a clear message', async () => {
    await openStep(page, 'Import');
    await chooseClassicLogs(page, resolve('assets/sample-auth.log'), { zone: 'UTC', year: '2026' });
    await page.getByText(/is already in this case/).waitFor();
    const evidence = page.getByRole('table', { name: 'Evidence' });
    await expect(evidence.getByRole('row').filter({ hasText: 'sample-auth.log' }).count()).resolves.toBe(1);
  });

  it('opens a sample case from the start screen in one click', async () => {
    await page.getByRole('button', { name: '← All cases' }).click();
    await page.getByRole('button', { name: 'Try it with a sample' }).click();
    await page.getByText(/Imported sample-auth\.log/).waitFor();
    await page.getByRole('navigation', { name: 'Workflow steps' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
