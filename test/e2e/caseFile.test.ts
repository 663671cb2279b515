// The case file in real Chromium with real IndexedDB: a journal kept across a page close, a
// backup that survives deleting the case, and tampering that is noticed.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveDirectory, webBuildDir, type StaticServer } from '../support/staticServer';
import { launchChromium, type TestBrowser } from '../support/chromium';
import { openStep } from '../support/workflowSteps';
import { chooseClassicLogs } from '../support/timeQuestion';
import { screenshotPath } from '../support/screenshots';

let server: StaticServer;
let browser: TestBrowser;
const pageErrors: string[] = [];
const caseTitle = 'SSH attack on srv01';
const backupPath = resolve('.tmp/casefile-e2e/backup.json');

async function newPage(): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(server.url);
  return page;
}

beforeAll(async () => {
  mkdirSync(resolve('.tmp/casefile-e2e'), { recursive: true });
  server = await serveDirectory(webBuildDir());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const journalEntries = (page: Page) =>
  page.getByRole('list', { name: 'Journal entries' }).getByRole('listitem');

async function addNote(page: Page, text: string) {
  await page.getByRole('radio', { name: 'Note' }).check();
  await page.getByRole('textbox', { name: 'Note' }).fill(text);
  await page.getByRole('button', { name: 'Add to journal' }).click();
  await journalEntries(page).filter({ hasText: text }).waitFor();
}

describe('the case file', () => {
  it('keeps a case with its journal through a page close, a backup, a deletion and a restore', async () => {
    let page = await newPage();
    await page.getByRole('button', { name: 'Your details' }).click();
    await page.getByLabel('Your name').fill('Dana Example');
    await page.getByLabel('Organisation').fill('Example Dental Practice');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    await page.getByRole('button', { name: 'Back to your cases' }).click();

    await page.getByLabel('Case title').fill(caseTitle);
    await page.getByLabel('Affected server').fill('srv01');
    await page.getByRole('button', { name: 'Start case' }).click();
    await page.getByRole('heading', { name: caseTitle }).waitFor();
    await journalEntries(page)
      .filter({ hasText: `Case opened: ${caseTitle}` })
      .waitFor();

    await addNote(page, 'Saw 4,000 lines of failed logins in auth.log this morning.');

    await page.getByRole('radio', { name: 'Call or meeting' }).check();
    await page.getByLabel('With whom').fill('Sam Provider');
    await page.getByLabel('Their role').fill('support engineer');
    await page.getByLabel('Their organisation').fill('Hosting Ltd');
    await page.getByLabel('What was said').fill('They will block the address at their edge.');
    await page.getByLabel('Follow up on (optional)').fill('2026-12-01');
    await page.getByRole('button', { name: 'Add to journal' }).click();
    await journalEntries(page).filter({ hasText: 'Phone call with Sam Provider' }).waitFor();

    await page.getByRole('radio', { name: 'Decision' }).check();
    await page.getByLabel('What was decided').fill('Turn off password logins for SSH');
    await page.getByLabel('Why', { exact: true }).fill('Keys cannot be guessed');
    await page
      .getByLabel('When it happened (this computer’s time)')
      .or(page.getByLabel(/When it happened/))
      .fill('2026-11-20T09:30');
    await page.getByRole('button', { name: 'Add to journal' }).click();
    const decision = journalEntries(page).filter({ hasText: 'Decided: Turn off password logins for SSH' });
    await decision.waitFor();
    await expect(decision.textContent()).resolves.toMatch(/Written by Dana Example · written/);

    await page.getByRole('button', { name: 'Import' }).click();
    await chooseClassicLogs(page, resolve('assets/sample-auth.log'), { zone: 'UTC', year: '2026' });
    await page.getByText(/Imported sample-auth\.log: 4,000 lines/).waitFor();

    // Close the page and open the app again.
    await page.close();
    page = await newPage();
    await page.getByRole('table', { name: 'Your cases' }).getByRole('button', { name: caseTitle }).click();
    await page
      .getByText(/^Record checked: nothing changed since it was written \(\d+ entries\)\.$/)
      .waitFor();
    const headBefore = await page.getByLabel('Journal head hash').textContent();
    expect(headBefore).toMatch(/^[0-9a-f]{64}$/);
    for (const text of ['Saw 4,000 lines', 'Phone call with Sam Provider', 'Decided: Turn off password']) {
      await journalEntries(page).filter({ hasText: text }).waitFor();
    }
    await page
      .getByRole('navigation', { name: 'Workflow steps' })
      .getByRole('button', { name: 'Case' })
      .click();
    await page.getByRole('button', { name: 'Verify evidence' }).click();
    await journalEntries(page).filter({ hasText: 'Evidence verified' }).waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save a backup of this case' }).click();
    await (await download).saveAs(backupPath);
    await page
      .getByRole('status')
      .filter({ hasText: /Backup saved as incident-notebook-ssh-attack-on-srv01-/ })
      .waitFor();

    await page.getByText('Delete this case…').click();
    const deleteButton = page.getByRole('button', { name: 'Delete case for good' });
    await expect(deleteButton.isDisabled()).resolves.toBe(true);
    await page.getByLabel('Type the case title to confirm').fill(caseTitle);
    await deleteButton.click();
    await page.getByRole('heading', { name: 'Found something alarming in a server log?' }).waitFor();

    await page.getByLabel('Restore from a backup file…').setInputFiles(backupPath);
    await page.getByText('Restored 1 case as new case.', { exact: false }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /Restored 1 case/ })
      .getByText(/Record checked: nothing changed since it was written \(\d+ entries\)\./)
      .waitFor();
    await page.getByRole('table', { name: 'Your cases' }).getByRole('button', { name: caseTitle }).click();
    await page
      .getByText(/^Record checked: nothing changed since it was written \(\d+ entries\)\.$/)
      .waitFor();
    for (const text of [
      'Saw 4,000 lines',
      'Phone call with Sam Provider',
      'Decided: Turn off password',
      'Restored from the backup file',
    ]) {
      await journalEntries(page).filter({ hasText: text }).waitFor();
    }
    await openStep(page, 'Confirm');
    const attackers = page.getByRole('table', { name: 'Addresses that tried to log in and failed' });
    await attackers.getByRole('rowheader', { name: '34.23.190.173', exact: true }).waitFor();
    await openStep(page, 'Case');
    await page.getByRole('button', { name: 'Verify evidence' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'sample-auth.log: unchanged: matches the SHA-256' })
      .waitFor();
    await page.screenshot({ path: resolve('.tmp/casefile-e2e/restored-case.png'), fullPage: true });
    // Tall enough to show the whole journal in the screenshot.
    await page.setViewportSize({ width: 1280, height: 2400 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('complementary', { name: 'Journal' }).screenshot({
      path: screenshotPath('5-journal-panel.png'),
    });

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: '← All cases' }).click();
    await page.getByLabel('Case title').fill('Mail server: failed logins');
    await page.getByRole('button', { name: 'Start case' }).click();
    await page
      .getByRole('navigation', { name: 'Workflow steps' })
      .getByRole('button', { name: 'Case' })
      .click();
    await page
      .getByLabel('Closing note')
      .fill('A false alarm: the failed logins were a misconfigured backup job.');
    await page.getByRole('button', { name: 'Close case' }).click();
    await page.getByRole('heading', { name: 'This case is closed' }).waitFor();
    await page.getByRole('button', { name: '← All cases' }).click();
    const caseList = page.getByRole('table', { name: 'Your cases' });
    await caseList
      .getByRole('row')
      .filter({ hasText: 'Mail server: failed logins' })
      .getByText('Closed')
      .waitFor();
    await page.screenshot({ path: screenshotPath('5-case-list.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('warns loudly, naming the entry, when a journal entry is changed directly in IndexedDB', async () => {
    const page = await newPage();
    await page.getByLabel('Case title').fill('Tamper target');
    await page.getByRole('button', { name: 'Start case' }).click();
    await page.getByRole('heading', { name: 'Tamper target' }).waitFor();
    await addNote(page, 'The server was patched on Monday.');
    await addNote(page, 'Nobody logged in.');
    await page.getByText('Record checked: nothing changed since it was written (3 entries).').waitFor();

    const changedSeq = await page.evaluate(
      () =>
        new Promise<number>((resolveSeq, reject) => {
          const open = indexedDB.open('incident-notebook');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const database = open.result;
            const store = database.transaction('journal', 'readwrite').objectStore('journal');
            const all = store.getAll();
            all.onsuccess = () => {
              const entry = (all.result as { summary: string; seq: number }[]).find(
                (row) => row.summary === 'The server was patched on Monday.',
              );
              if (!entry) return reject(new Error('entry not found'));
              entry.summary = 'The server was patched last year.';
              store.put(entry).onsuccess = () => {
                database.close();
                resolveSeq(entry.seq);
              };
            };
          };
        }),
    );
    await page.reload();
    await page
      .getByRole('table', { name: 'Your cases' })
      .getByRole('button', { name: 'Tamper target' })
      .click();
    const warning = page.getByRole('alert').filter({ hasText: 'tampered with' });
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toContain(
      `Entry ${changedSeq} was changed after it was written.`,
    );
    await page.screenshot({ path: resolve('.tmp/casefile-e2e/tampered.png') });
  });
});
