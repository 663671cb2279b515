// The journal head a PDF carries, as a witness outside the database: in real Chromium with real
// IndexedDB, export the summary, then delete the newest journal entries (and their signatures)
// through IndexedDB, as someone with this computer could. Inside the database nothing is left to
// notice; "Check against an earlier report" with the PDF's head says what is missing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startAppSession, type AppSession } from '../support/appSession';
import { chooseClassicLogs } from '../support/timeQuestion';
import { openStep } from '../support/workflowSteps';

let app: AppSession;
let page: Page;
const scratch = mkdtempSync(join(resolve('.tmp'), 'witness-e2e-'));
const screenshots = process.env.SCREENSHOTS_DIR;

beforeAll(async () => {
  app = await startAppSession();
  page = app.page;
});

afterAll(async () => {
  await app?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Deletes every journal entry of the case from `fromSeq` on, and their signed heads. */
async function deleteNewestEntries(target: Page, fromSeq: number): Promise<number> {
  return target.evaluate(
    (from) =>
      new Promise<number>((resolveCount, reject) => {
        const open = indexedDB.open('incident-notebook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const transaction = database.transaction(['journal', 'journalSeals'], 'readwrite');
          let deleted = 0;
          for (const name of ['journal', 'journalSeals']) {
            const store = transaction.objectStore(name);
            const all = store.getAll();
            all.onsuccess = () => {
              for (const row of all.result as { id: number; seq: number }[]) {
                if (row.seq < from) continue;
                store.delete(row.id);
                if (name === 'journal') deleted += 1;
              }
            };
          }
          transaction.oncomplete = () => {
            database.close();
            resolveCount(deleted);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    fromSeq,
  );
}

describe('checking the journal against an earlier report', () => {
  it('says what is missing after the newest entries were deleted through IndexedDB', async () => {
    await page.goto(app.server.url);
    await page.getByLabel('Case title').fill('Witness check');
    await page.getByRole('button', { name: 'Start case' }).click();
    await page.getByRole('heading', { name: 'Witness check' }).waitFor();
    await chooseClassicLogs(page, resolve('assets/sample-auth.log'), { zone: 'UTC', year: '2026' });
    await page.getByText(/Imported sample-auth\.log: 4,000 lines/).waitFor();
    await page.getByRole('radio', { name: 'Note' }).check();
    await page
      .getByRole('textbox', { name: 'Note' })
      .fill('Called the provider; they will block the address.');
    await page.getByRole('button', { name: 'Add to journal' }).click();
    await page.getByText('Record checked: nothing changed since it was written (3 entries).').waitFor();

    await openStep(page, 'Report');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the summary as PDF' }).click(),
    ]);
    const pdfPath = join(scratch, download.suggestedFilename());
    await download.saveAs(pdfPath);
    await page.getByText(/Its check code is 3-[0-9a-f]{4}-/).waitFor();
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Record checked: nothing changed since it was written (3 entries).');
    const code = /Check code: (3-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4})/.exec(text)?.[1];
    expect(code).toBeDefined();
    expect(text).toContain(`check code ${code}`);
    // The export is journaled (entry 4); the PDF carries the journal up to entry 3.
    await page.getByText('Record checked: nothing changed since it was written (4 entries).').waitFor();

    expect(await deleteNewestEntries(page, 3)).toBe(2);
    await page.reload();
    await page
      .getByRole('table', { name: 'Your cases' })
      .getByRole('button', { name: 'Witness check' })
      .click();
    // Inside the database, a journal cut at its end and stripped of its signatures looks whole.
    await page.getByText('Record checked: nothing changed since it was written (2 entries).').waitFor();

    await page.getByText('How this record was checked').click();
    await page.getByLabel('Check code from the report (or its head)').fill(code ?? '');
    await page.getByRole('button', { name: 'Check against an earlier report' }).click();
    const missing =
      'The report carried the journal up to entry 3, but the journal now ends at entry 2: entry 3 is missing. ' +
      'They were deleted after the report was made.';
    const finding = page.getByRole('alert').filter({ hasText: 'The report carried the journal' });
    await finding.waitFor();
    await expect(finding.textContent()).resolves.toBe(missing);

    // The PDF file itself carries its signed head.
    await page.getByLabel('Or choose the report’s PDF or the backup file…').setInputFiles(pdfPath);
    await page
      .getByText(
        /The report’s head is signed by the key with fingerprint [0-9a-f ]{19} \(this installation’s\)\./,
      )
      .waitFor();
    await expect(finding.textContent()).resolves.toContain(missing);
    if (screenshots)
      await page.screenshot({ path: join(screenshots, '5-earlier-report-check.png'), fullPage: true });
    expect(app.pageErrors).toEqual([]);
  });
});
