// Importing logs of different kinds in the browser host (real Chromium, real IndexedDB): the
// OpenSSH sample from loghub (read from ../shared, never copied) and a Windows Security XML
// export written for this project, both at once.
import { resolve } from 'node:path';
import { gzipSync } from 'fflate';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { StaticServer } from '../support/staticServer';
import { startAppSession, type AppSession } from '../support/appSession';
import { openStep, showEveryLogin } from '../support/workflowSteps';
import { answerTimeQuestion, chooseClassicLogs } from '../support/timeQuestion';
import { screenshotPath } from '../support/screenshots';

const openSshSample = resolve('../shared/samples/sshd/OpenSSH_2k.log');
const windowsExport = resolve('test/fixtures/windows/rdp-break-in.xml');

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

function attackerRow(ip: string) {
  const table = page.getByRole('table', { name: 'Addresses that tried to log in and failed' });
  return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: ip, exact: true }) });
}

async function startCase(title: string) {
  await page.goto(server.url);
  await page.getByLabel('Case title').fill(title);
  await page.getByRole('button', { name: 'Start case' }).click();
  await page.getByRole('heading', { name: title }).waitFor();
}

describe('importing an OpenSSH log and a Windows export together', () => {
  it('shows the right addresses, counts and the one successful login of each', async () => {
    await startCase('Break-in on LabSZ and FS01');
    await page.getByLabel('Choose log files…').setInputFiles([openSshSample, windowsExport]);
    // Its lines are of 10 December: a year before today's keeps them in the past whatever the date.
    await answerTimeQuestion(page, {
      'OpenSSH_2k.log': { zone: 'UTC', year: String(new Date().getUTCFullYear() - 1) },
    });
    await page.getByText(/Imported OpenSSH_2k\.log: 2,000 lines/).waitFor();
    await page.getByText(/Imported rdp-break-in\.xml/).waitFor();

    const evidence = page.getByRole('table', { name: 'Evidence' });
    await expect(
      evidence.getByRole('row').filter({ hasText: 'rdp-break-in.xml' }).textContent(),
    ).resolves.toMatch(/with the zone written in the log/);
    await expect(
      evidence.getByRole('row').filter({ hasText: 'OpenSSH_2k.log' }).textContent(),
    ).resolves.toMatch(new RegExp(`UTC, ${new Date().getUTCFullYear() - 1}`));
    await page.getByText(/143 lines of OpenSSH_2k\.log were not about logins — show the first 20/).click();
    await page.screenshot({ path: screenshotPath('3-import-formats.png'), fullPage: true });
    await page.locator('.import-step').screenshot({ path: resolve('.tmp/import-step-top.png') });

    await openStep(page, 'Confirm');
    // Counted once per attempt: pam_unix + "Failed password" pairs, "message repeated" as N.
    const brute = attackerRow('183.62.140.253');
    await brute.waitFor();
    await expect(brute.getByRole('cell').nth(1).textContent()).resolves.toBe('287');
    const windows = attackerRow('203.0.113.77');
    // 8 login attempts: 4 passwords tried and 4 names that do not exist (Windows says so per event).
    await expect(windows.getByRole('cell').nth(1).textContent()).resolves.toBe('8');
    await expect(windows.getByRole('cell').nth(2).textContent()).resolves.toBe('4');
    await expect(windows.getByRole('cell').nth(3).textContent()).resolves.toBe('4');

    await openStep(page, 'Logins');

    await showEveryLogin(page);
    const logins = page.getByRole('table', { name: 'Every successful login, the ones worth a look first' });
    await logins.waitFor();
    const rows = logins.getByRole('row');
    await expect(rows.count()).resolves.toBe(3); // header + one login per file
    await expect(
      rows.filter({ hasText: 'fztu' }).filter({ hasText: '119.137.62.142' }).count(),
    ).resolves.toBe(1);
    const rdp = rows.filter({ hasText: 'administrator' });
    await expect(
      rdp.filter({ hasText: '203.0.113.77' }).filter({ hasText: 'Remote Desktop' }).count(),
    ).resolves.toBe(1);

    expect(pageErrors).toEqual([]);
  });

  it('refuses a truncated .gz with a clear message and keeps the case as it was', async () => {
    await openStep(page, 'Import');
    mkdirSync(resolve('.tmp'), { recursive: true });
    const packed = gzipSync(readFileSync(openSshSample));
    const truncated = resolve('.tmp/e2e-auth.log.2.gz');
    writeFileSync(truncated, packed.subarray(0, packed.length >> 1));
    // Its first lines read fine, so the time question comes first; the damage shows at the end.
    await chooseClassicLogs(page, truncated, { zone: 'UTC' });
    // The one damaged-file sentence (DECISIONS.md, "Damaged input"), with the choice beside it.
    await page
      .getByText(
        /compressed \(\.gz\) file that is cut off .*nothing from it was kept; copy it from the server again/,
      )
      .waitFor();
    await page.getByRole('button', { name: 'Import the readable part anyway' }).waitFor();
    const evidence = page.getByRole('table', { name: 'Evidence' });
    await expect(evidence.getByRole('row').count()).resolves.toBe(3);
    expect(pageErrors).toEqual([]);
  });
});
