// The time question of the Import step in real Chromium: two rotated classic syslog files picked
// together get their own years (one was written across New Year), a Windows export needs no
// answer, and the evidence table says how each file's times were read. The screenshot of the
// question is 3-time-question.png (saved with SCREENSHOTS_DIR, see support/screenshots.ts).
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { StaticServer } from '../support/staticServer';
import { startAppSession, type AppSession } from '../support/appSession';
import { openStep, showEveryLogin } from '../support/workflowSteps';
import { answerTimeQuestion } from '../support/timeQuestion';
import { screenshotPath } from '../support/screenshots';

const folder = resolve('.tmp/time-question-e2e');
const windowsExport = resolve('test/fixtures/windows/rdp-break-in.xml');

let app: AppSession;
let server: StaticServer;
let page: Page;
let pageErrors: string[];

/** A classic syslog file with the given lines, last modified at `modified` (as copied off the server). */
function classicLog(name: string, lines: string[], modified: string): string {
  const path = resolve(folder, name);
  writeFileSync(path, lines.map((line) => `${line}\n`).join(''));
  utimesSync(path, new Date(modified), new Date(modified));
  return path;
}

beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  app = await startAppSession();
  ({ server, page, pageErrors } = app);
});

afterAll(async () => {
  await app?.close();
});

describe('the time question in the browser host', () => {
  it('gives two classic files picked together their own years and shows each in the evidence', async () => {
    // Rotated on 3 January: it starts in December of the year before. The current file starts after.
    const rotated = classicLog(
      'auth.log.1',
      [
        'Dec 30 06:25:01 srv01 sshd[3001]: Failed password for root from 203.0.113.5 port 50122 ssh2',
        'Dec 31 23:59:30 srv01 sshd[3002]: Accepted password for bob from 198.51.100.4 port 50123 ssh2',
        'Jan  2 07:10:00 srv01 sshd[3003]: Failed password for admin from 203.0.113.5 port 50124 ssh2',
      ],
      '2026-01-03T06:25:00Z',
    );
    const current = classicLog(
      'auth.log',
      [
        'Jan  3 06:30:00 srv01 sshd[4001]: Failed password for root from 203.0.113.5 port 50200 ssh2',
        'Jan  3 08:00:00 srv01 sshd[4002]: Accepted password for carol from 198.51.100.9 port 50201 ssh2',
      ],
      '2026-01-05T12:00:00Z',
    );

    await page.goto(server.url);
    // The office's zone from "Your details" is where every answer starts.
    await page.getByRole('button', { name: 'Your details' }).click();
    await page.getByLabel('Your time zone').selectOption('Europe/Berlin');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Close your details' }).click();
    await page.getByLabel('Case title').fill('New Year break-in on srv01');
    await page.getByRole('button', { name: 'Start case' }).click();
    await page.getByRole('heading', { name: 'New Year break-in on srv01' }).waitFor();

    await page.getByLabel('Choose log files…').setInputFiles([current, rotated, windowsExport]);
    const rotatedYear = page.getByLabel('Year for auth.log.1', { exact: true });
    await expect(rotatedYear.inputValue()).resolves.toBe('2025');
    await expect(page.getByLabel('Year for auth.log', { exact: true }).inputValue()).resolves.toBe('2026');
    await expect(page.getByLabel('Time zone for auth.log', { exact: true }).inputValue()).resolves.toBe(
      'Europe/Berlin',
    );
    await expect(rotatedYear.getAttribute('aria-describedby')).resolves.toBeTruthy();
    await page
      .getByText(
        'Suggested: 2025 — the file is dated 3 Jan 2026 and runs from December into January, so it began the year before.',
      )
      .waitFor();
    await page.getByText('rdp-break-in.xml: times are in the log itself — nothing to ask.').waitFor();
    await expect(page.getByLabel(/for rdp-break-in\.xml/).count()).resolves.toBe(0);
    // The form is where the keyboard is after the pick.
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H3');
    const question = page.getByRole('region', { name: 'Check the year and time zone of these logs' });
    await question.screenshot({ path: screenshotPath('3-time-question.png') });

    // The rotated file came from a server that kept UTC; its year stays as suggested.
    await answerTimeQuestion(page, { 'auth.log.1': { zone: 'UTC' } });
    await page.getByText(/^Imported auth\.log: 2 lines/).waitFor();

    const evidence = page.getByRole('table', { name: 'Evidence' });
    const row = (name: string) =>
      evidence.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
    await expect(row('auth.log.1').textContent()).resolves.toContain("UTC, 2025 (from the file's date)");
    await expect(row('auth.log').textContent()).resolves.toContain(
      "Europe/Berlin, 2026 (from the file's date)",
    );
    await expect(row('rdp-break-in.xml').textContent()).resolves.toContain(
      'with the zone written in the log',
    );

    await openStep(page, 'Logins');

    await showEveryLogin(page);
    const logins = page.getByRole('table', { name: 'Every successful login, the ones worth a look first' });
    await logins.waitFor();
    // The office zone (Europe/Berlin, set above) is the zone of the screens: 23:59:30 UTC is
    // 00:59:30 CET the next day.
    await expect(logins.getByRole('row').filter({ hasText: 'bob' }).textContent()).resolves.toContain(
      '2026-01-01 00:59:30 CET',
    );
    await expect(logins.getByRole('row').filter({ hasText: 'carol' }).textContent()).resolves.toContain(
      '2026-01-03 08:00:00 CET',
    );
    expect(pageErrors).toEqual([]);
  });
});
