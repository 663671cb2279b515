// sshd with "UseDNS yes" writes the attacker's host name where the address would be. In real
// Chromium with real IndexedDB: the name is a source of its own, the login from it is flagged and
// the answer to "did anyone get in?" is never "No one got in" (issue 13, the UseDNS case).
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseClassicLogs } from '../support/timeQuestion';
import { screenshotPath } from '../support/screenshots';
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

describe('a log that names its attacker by host name (UseDNS) in the browser host', () => {
  it('shows the host name as a source, flags the login from it and says someone got in', async () => {
    // A page cannot ask DNS: the browser host reads the answer from a fixture (browserDns.ts).
    await page.route(
      (url) => url.pathname === '/dns-fixture.json',
      (route) =>
        route.fulfill({ json: { forward: { 'scanner.example.com': ['198.51.100.23', '198.51.100.23'] } } }),
    );
    await page.goto(`${app.server.url}?dnsFixture=/dns-fixture.json`);
    await page.getByLabel('Case title').fill('Root login on srv01');
    await page.getByLabel('Affected server').fill('srv01');
    await page.getByRole('button', { name: 'Start case' }).click();
    const nav = page.getByRole('navigation', { name: 'Workflow steps' });
    await nav.getByRole('button', { name: /Import/ }).click();
    await chooseClassicLogs(page, resolve('test/fixtures/sshd/usedns-break-in.log'), {
      zone: 'UTC',
      year: '2026',
    });
    await page.getByText(/^Imported /).waitFor();
    await page.getByRole('button', { name: 'Next: confirm the attack' }).click();

    const sources = page.getByRole('table', { name: 'Addresses that tried to log in and failed' });
    await sources.getByRole('rowheader', { name: 'scanner.example.com', exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('13-usedns-confirm.png'), fullPage: true });

    await page.getByRole('button', { name: 'Next: did anyone get in?' }).click();
    await page.getByText(/^Someone got in: login as root from scanner\.example\.com/).waitFor();
    await expect(page.getByText(/No one got in/).count()).resolves.toBe(0);
    await page.screenshot({ path: screenshotPath('13-usedns-logins.png'), fullPage: true });

    await nav.getByRole('button', { name: /Source/ }).click();
    // A name is never sent to a registry as if it were an address: the card says why and what to do.
    await page
      .getByText(/sshd does that when it runs with "UseDNS yes"/)
      .first()
      .waitFor();
    const card = page.getByRole('article', { name: 'Host name scanner.example.com' });
    await card.getByText('25 login attempts', { exact: false }).waitFor();
    await card.getByRole('button', { name: 'Find the address of scanner.example.com' }).click();
    await card
      .getByText(/^scanner\.example\.com points to 198\.51\.100\.23 now\. A name can point elsewhere/)
      .waitFor();
    // 198.51.100.0/24 is a documentation range: never sent to a registry, and said why.
    await card
      .getByRole('region', { name: 'Address 198.51.100.23 of scanner.example.com' })
      .getByText(/example address/)
      .waitFor();
    await page.getByText('Asked DNS for the address of scanner.example.com: 198.51.100.23').waitFor();
    await page.screenshot({ path: screenshotPath('13-usedns-source.png'), fullPage: true });
    expect(app.pageErrors).toEqual([]);
  });
});
