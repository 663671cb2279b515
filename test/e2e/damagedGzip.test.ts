// A rotated .gz cut while being copied, in real Chromium: refused in one sentence with the choice
// to import the readable part; once chosen, the evidence list and the Logins step say where it
// was cut and that nothing can be said about the time after. Screenshot: 2-import-damaged-gz.png.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppSession, type AppSession } from '../support/appSession';
import { openStep } from '../support/workflowSteps';
import { chooseClassicLogs } from '../support/timeQuestion';
import { screenshotPath } from '../support/screenshots';
import { backupLogins, cutMultiMemberGzip } from '../support/largeLogs';

let app: AppSession;
const scratch = mkdtempSync(join(resolve('.tmp'), 'damaged-gz-'));
const cutCopy = join(scratch, 'auth.log.2.gz');

beforeAll(async () => {
  writeFileSync(cutCopy, cutMultiMemberGzip([...backupLogins(3000, 10)], 3, 100));
  app = await startAppSession();
});

afterAll(async () => {
  await app?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('a damaged .gz in the browser host', () => {
  it('is refused with "Import the readable part anyway", then kept with its note and no "no one got in"', async () => {
    const { page, server, pageErrors } = app;
    await page.goto(server.url);
    await page.getByLabel('Case title').fill('Backup logins on srv01');
    await page.getByRole('button', { name: 'Start case' }).click();
    await page.getByRole('heading', { name: 'Backup logins on srv01' }).waitFor();
    await chooseClassicLogs(page, cutCopy, { zone: 'UTC', year: '2026' });
    const refusal = page
      .getByRole('listitem')
      .filter({ hasText: /is a compressed \(\.gz\) file that is cut off/ });
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toMatch(
      /after line 2,9\d\d: nothing from it was kept; copy it from the server again, or import the readable part anyway\./,
    );
    await page.screenshot({ path: screenshotPath('2-import-damaged-gz-refused.png'), fullPage: false });
    await refusal.getByRole('button', { name: 'Import the readable part anyway' }).click();
    await page.getByText(/^Imported auth\.log\.2\.gz: 2,9\d\d lines/).waitFor();
    await page
      .getByText(/Only the readable part of this compressed file was imported/)
      .first()
      .waitFor();
    await page.screenshot({ path: screenshotPath('2-import-damaged-gz.png'), fullPage: true });

    await openStep(page, 'Logins');
    await page
      .getByText(
        /^Cannot tell for the time after \d+ Nov \d\d:\d\d \(UTC\): "auth\.log\.2\.gz" is a damaged copy/,
      )
      .waitFor();
    await page
      .getByText(/^Copy "auth\.log\.2\.gz" from the server again: only 2,9\d\d lines of it could be read\.$/)
      .waitFor();
    await page.screenshot({ path: screenshotPath('4-logins-damaged-gz.png'), fullPage: false });
    expect(pageErrors).toEqual([]);
  });
});
