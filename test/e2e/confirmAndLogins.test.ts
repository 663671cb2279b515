// The Confirm and Logins steps in real Chromium with real IndexedDB: one log with a break-in, one
// without. Screenshots of both: 4-confirm-*, 4-logins-* (saved with SCREENSHOTS_DIR, see support/screenshots.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveDirectory, webBuildDir, type StaticServer } from '../support/staticServer';
import { launchChromium, type TestBrowser } from '../support/chromium';
import { chooseClassicLogs } from '../support/timeQuestion';
import { screenshotPath } from '../support/screenshots';

let server: StaticServer;
let browser: TestBrowser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await serveDirectory(webBuildDir());
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function caseWithLog(title: string, log: string) {
  await page.goto(server.url);
  await page.getByLabel('Case title').waitFor();
  await page.getByLabel('Case title').fill(title);
  await page.getByLabel('Affected server').fill('srv01');
  await page.getByRole('button', { name: 'Start case' }).click();
  await page.getByRole('heading', { name: title }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Workflow steps' });
  await nav.getByRole('button', { name: /Import/ }).click();
  await chooseClassicLogs(page, resolve(log), { zone: 'UTC', year: '2026' });
  await page.getByText(/^Imported /).waitFor();
  await page.getByRole('button', { name: 'Next: confirm the attack' }).click();
  await page.getByRole('heading', { name: 'Is this an attack?' }).waitFor();
}

describe('confirming the attack and answering "did they get in?" in the browser host', () => {
  it('a log with a break-in: the attack is confirmed, the verdict names the login, containment follows', async () => {
    await caseWithLog('Break-in on srv01', 'assets/sample-auth.log');
    await page
      .getByText(
        /^Between 19 Nov 22:06 and 20 Nov 17:\d\d \(UTC\), 13 addresses made 891 login attempts \(831 passwords tried and 60/,
      )
      .waitFor();
    await page.getByRole('heading', { name: /^What kind of attack: / }).waitFor();
    const sources = page.getByRole('table', { name: 'Addresses that tried to log in and failed' });
    await sources.getByRole('rowheader', { name: '14.217.4.117', exact: true }).waitFor();
    await page.getByRole('img', { name: /^Bar chart\./ }).waitFor();
    await page.getByRole('button', { name: 'Per minute', exact: true }).click();
    await page.getByRole('button', { name: 'Per hour', exact: true }).click();
    await page.getByLabel('Why (optional)').fill('Hundreds of passwords from addresses we do not know.');
    await page.getByRole('button', { name: 'Confirm: this is an attack' }).click();
    await page.getByText(/You confirmed: this is an attack\./).waitFor();
    await page.screenshot({ path: screenshotPath('4-confirm-break-in.png'), fullPage: true });

    await page.getByRole('button', { name: 'Next: did anyone get in?' }).click();
    const verdict = page.getByText(
      'Someone got in: login as admin from 34.23.190.173 at 20 Nov 10:14 (UTC) after 25 wrong passwords or keys from that ' +
        'address. 2 more logins look the same. 6 other logins still need your answer (below).',
    );
    await verdict.waitFor();
    await page.getByText('sample-auth.log, line 2826').first().waitFor();
    const card = page.getByRole('article', {
      name: 'Login as admin from 34.23.190.173 at 2026-11-20 10:14:22 UTC',
    });
    await card.getByText(/34\.23\.190\.173 failed 25 times before this login/).waitFor();
    await card.getByText(/The session lasted 58 seconds/).waitFor();
    await card.getByRole('button', { name: 'Show the 40 log lines from this login on' }).click();
    await card
      .getByLabel('Log lines 2826 to 2865')
      .getByText(/session opened for user admin/)
      .waitFor();
    await page.getByRole('heading', { name: 'What to do now: contain it, then get help' }).waitFor();
    await page.getByRole('checkbox', { name: 'Keep copies of the logs' }).click();
    await page.getByText('You have done 1 of 7.', { exact: false }).waitFor();
    await page.screenshot({ path: screenshotPath('4-logins-break-in.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('a log without a break-in: every login during the attack is asked about, the new one first', async () => {
    await caseWithLog('Failed logins on srv01', 'test/fixtures/sshd/sample-before-break-in.log');
    await page.getByText(/No attempt succeeded\.$/).waitFor();
    await page.screenshot({ path: screenshotPath('4-confirm-no-break-in.png'), fullPage: true });
    await page.getByRole('button', { name: 'Next: did anyone get in?' }).click();
    await page.getByRole('heading', { name: /Logins to check: do you know them\?/ }).waitFor();
    await page
      .getByText(
        /^No login came from an attacking address, but 5 logins need your answer — do you know them\? The first is the login as deploy from 12\.92\.127\.208/,
      )
      .waitFor();
    const card = page.getByRole('article', { name: 'Logins as deploy from 12.92.127.0/24' });
    await card.getByText(/First login from 12\.92\.127\.208/).waitFor();
    await page.getByRole('article', { name: 'Logins as bob from 38.158.13.0/24' }).waitFor();
    // No break-in, so no containment checklist (the case's own "What to do now" panel stays).
    await expect(page.getByRole('heading', { name: /What to do now: contain it/ }).count()).resolves.toBe(0);
    await card.getByLabel(/Do you know this login/).fill('our deployment server, via the VPN');
    await card.getByRole('button', { name: 'Expected: this was us' }).click();
    await card.getByText(/You marked this login as expected: “our deployment server, via the VPN”/).waitFor();
    await page.getByText(/^No login came from an attacking address, but 4 logins need your answer/).waitFor();
    await page.screenshot({ path: screenshotPath('4-logins-no-break-in.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('a case with 100,000 attacking addresses scrolls smoothly, drawing only the rows in view', async () => {
    // One failed password from each of 100,000 addresses: generated here, not committed.
    const lines: string[] = [];
    for (let index = 0; index < 100_000; index++) {
      const ip = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
      const second = String(index % 60).padStart(2, '0');
      const minute = String(Math.floor(index / 60) % 60).padStart(2, '0');
      const hour = String(Math.floor(index / 3600) % 24).padStart(2, '0');
      lines.push(
        `Nov 21 ${hour}:${minute}:${second} srv01 sshd[${1000 + index}]: Failed password for root from ${ip} port 22 ssh2`,
      );
    }
    mkdirSync(resolve('.tmp'), { recursive: true });
    const path = resolve('.tmp/hundred-thousand-sources.log');
    writeFileSync(path, lines.join('\n') + '\n');
    await caseWithLog('Many addresses', path);
    const table = page.getByRole('table', { name: 'Addresses that tried to log in and failed' });
    await table.getByRole('rowheader').first().waitFor({ timeout: 60_000 });
    await expect(table.getAttribute('aria-rowcount')).resolves.toBe('100001');
    const scrolling = await page.evaluate(async () => {
      const scroller = document.querySelector('.sources-scroll') as HTMLElement;
      const frame = () => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now())));
      const gaps: number[] = [];
      let last = await frame();
      for (let step = 0; step < 60; step++) {
        scroller.scrollTop += 1_500;
        const now = await frame();
        gaps.push(now - last);
        last = now;
      }
      scroller.scrollTop = scroller.scrollHeight;
      await frame();
      await frame();
      return {
        rows: scroller.querySelectorAll('tbody tr').length,
        worstFrameMs: Math.max(...gaps),
        meanFrameMs: gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length,
        lastRow: scroller.querySelector('tbody tr:nth-last-child(2) th')?.textContent ?? '',
      };
    });
    console.log('100,000 sources, scrolling:', JSON.stringify(scrolling));
    expect(scrolling.rows).toBeLessThan(100);
    // 2 shared cores: a frame budget a person feels as smooth there, not a 60 fps promise.
    expect(scrolling.meanFrameMs).toBeLessThan(100);
    expect(scrolling.lastRow).toMatch(/^10\./);
    expect(pageErrors).toEqual([]);
  });
});
