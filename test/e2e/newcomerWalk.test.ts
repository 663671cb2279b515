// The whole case as a newcomer walks it (issue 17): the office's IT person with OpenSSH_2k.log and
// no one to ask, finding everything by role and label and following the "What to do now" panel.
// New case → import → confirm → logins (the login question answered) → source (a WHOIS that
// matches, pasted) → PDF and .eml downloaded → one follow-up. It counts the clicks and the fields
// filled, and estimates each screen's reading time (its visible words at 200 a minute, as
// DECISIONS.md says); both are printed, and written with screenshots at 1280×800 and 1024×700 of
// every step to SCREENSHOTS_DIR when it is set.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startAppSession, type AppSession } from '../support/appSession';
import { screenshotPath } from '../support/screenshots';
import { haveSharedSamples, missingSharedSamples, sharedSamples } from '../support/countSurfaces';

let app: AppSession;
let page: Page;
const scratch = mkdtempSync(join(resolve('.tmp'), 'newcomer-e2e-'));

beforeAll(async () => {
  app = await startAppSession();
  ({ page } = app);
  await page.setViewportSize({ width: 1280, height: 800 });
});

afterAll(async () => {
  await app?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** What the person did, counted as they do it. */
const effort = { clicks: 0, fields: 0 };
const readingMinutes: { screen: string; words: number; minutes: number }[] = [];

async function click(target: Locator): Promise<void> {
  effort.clicks += 1;
  await target.click();
}

async function fill(target: Locator, value: string): Promise<void> {
  effort.fields += 1;
  await target.fill(value);
}

/** The panel's one button: how a newcomer is meant to move on (none when the work is on this page). */
async function followTheGuide(action: string): Promise<void> {
  const panel = page.getByRole('region', { name: 'What to do now' });
  const button = panel.getByRole('button', { name: action });
  // The panel follows the case a moment after each answer: its earlier "It is on this page."
  // can still show, so the button is waited for first, and only its absence is taken as that.
  const shown = await button.waitFor({ timeout: 5000 }).then(
    () => true,
    () => false,
  );
  if (shown) await click(button);
  else await panel.getByText('It is on this page.').waitFor({ timeout: 1000 });
}

/** The words a person reads on the screen now (closed details and hidden parts left out). */
async function lookAt(screen: string): Promise<void> {
  // The step and the guide above it: the journal beside them is the record, read when wanted.
  const panel = await page.getByRole('region', { name: 'What to do now' }).innerText();
  const text = `${panel} ${await page.locator('.step-content').innerText()}`;
  const words = text.split(/\s+/).filter((word) => /\w/.test(word)).length;
  readingMinutes.push({ screen, words, minutes: Math.round((words / 200) * 10) / 10 });
  const wide = screenshotPath(`17-walk-${readingMinutes.length}-${screen}-1280.png`);
  if (wide) {
    await page.screenshot({ path: wide, fullPage: true });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: screenshotPath(`17-walk-${readingMinutes.length}-${screen}-1024.png`) });
    await page.setViewportSize({ width: 1280, height: 800 });
  }
}

async function download(action: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  const path = join(scratch, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

describe('a newcomer walks the whole case', () => {
  it.skipIf(!haveSharedSamples)(
    `from OpenSSH_2k.log to the reports and a follow-up (${haveSharedSamples ? 'from ../shared' : missingSharedSamples})`,
    async () => {
      await page.goto(app.server.url);
      await fill(page.getByLabel('Case title'), 'Failed logins on LabSZ');
      await fill(page.getByLabel('Affected server'), 'LabSZ');
      await click(page.getByRole('button', { name: 'Start case' }));
      await page.getByRole('heading', { name: 'Failed logins on LabSZ' }).waitFor();
      await lookAt('new-case');

      await followTheGuide('Import the logs');
      effort.clicks += 1; // choosing the file in the file dialog
      await page.getByLabel('Choose log files…').setInputFiles([`${sharedSamples}/sshd/OpenSSH_2k.log`]);
      // The log's stamps have no year or zone: the one question the import must ask.
      effort.fields += 1;
      await page.getByLabel('Time zone for OpenSSH_2k.log', { exact: true }).selectOption('UTC');
      await fill(page.getByLabel('Year for OpenSSH_2k.log', { exact: true }), '2025');
      await click(page.getByRole('button', { name: /^Import 1 file$/ }));
      await page.getByText(/^Imported OpenSSH_2k\.log: 2,000 lines/).waitFor();
      // Read once the page has settled: the evidence table and the headline follow the outcome.
      await page.getByRole('heading', { name: 'What the logs show' }).waitFor();
      await page.getByRole('table', { name: 'Evidence' }).waitFor();
      await lookAt('import');

      await followTheGuide('Confirm the attack');
      await page.getByRole('heading', { name: /^What kind of attack/ }).waitFor();
      await lookAt('confirm');
      await click(page.getByRole('button', { name: 'Confirm: this is an attack' }));
      await page.getByText(/^You confirmed: this is an attack\./).waitFor();

      await followTheGuide('Answer the login questions');
      await page.getByRole('heading', { name: 'Did anyone get in?' }).waitFor();
      await lookAt('logins');
      const question = page.getByRole('article', { name: /^Logins as fztu/ });
      await fill(question.getByLabel(/^Do you know/), 'fztu is our lab student, from home');
      await click(question.getByRole('button', { name: 'Expected: this was us' }));
      await question.getByText(/You marked .* as expected/).waitFor();

      await followTheGuide('Look up the owners');
      const card = page.getByRole('article', { name: 'Address 183.62.140.253' });
      await card.waitFor();
      await lookAt('source');
      await click(card.getByText('Paste WHOIS text or enter the abuse contact yourself'));
      await fill(
        card.getByLabel('WHOIS answer for 183.62.140.253'),
        readFileSync(resolve('test/fixtures/whois/written__183.62.140.253.txt'), 'utf8'),
      );
      await click(card.getByRole('button', { name: 'Read WHOIS text' }));
      await card.getByText('abuse@chinanet-gd.example').first().waitFor();

      // The other addresses stay unlooked-up: a newcomer reports the worst one and moves on.
      await followTheGuide('Write the summary');
      await page.getByRole('heading', { name: 'Management summary' }).waitFor();
      await lookAt('report');
      // Asked once, where the first document is written: the summary names its author.
      const writer = page.getByRole('region', { name: 'Who is writing these?' });
      await fill(writer.getByLabel('Your name'), 'Sam Admin');
      await fill(writer.getByLabel('Your e-mail address (for replies)'), 'it@labsz.example');
      await click(writer.getByRole('button', { name: 'Save my details' }));
      await writer.waitFor({ state: 'detached' });
      const pdf = await download(() =>
        click(page.getByRole('button', { name: 'Export the summary as PDF' })),
      );
      const summary = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(summary).toContain('Management summary: Failed logins on LabSZ');
      expect(summary).toContain('Sam Admin');
      const pages = screenshotPath('17-walk-summary');
      if (pages) execFileSync('pdftoppm', ['-png', '-r', '60', pdf, pages]);

      const draft = page.getByRole('article', { name: /To abuse@chinanet-gd\.example/ });
      const eml = await download(() => click(draft.getByRole('button', { name: 'Save .eml draft' })));
      const mail = await simpleParser(readFileSync(eml));
      expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('abuse@chinanet-gd.example');
      expect(mail.text).toContain('183.62.140.253');
      await click(draft.getByRole('button', { name: 'Mark as sent' }));
      await draft.getByText(/Marked as sent/).waitFor();

      await followTheGuide('Go to Follow up');
      await page.getByRole('heading', { name: 'abuse@chinanet-gd.example' }).waitFor();
      await lookAt('follow-up');
      await fill(page.getByLabel('Paste their reply'), 'Thank you, we have cleaned the machine.');
      await click(page.getByRole('button', { name: 'Save reply' }));
      await page.getByText('Thank you, we have cleaned the machine.').first().waitFor();

      const report = {
        ...effort,
        readingMinutes,
        totalReadingMinutes: readingMinutes.reduce((sum, each) => sum + each.minutes, 0),
      };
      console.log(`newcomer walk: ${JSON.stringify(report)}`);
      const written = screenshotPath('17-walk-effort.json');
      if (written) writeFileSync(written, JSON.stringify(report, null, 2));
      // The issue counted 22 clicks and 15 fields before the guided path: never more than that.
      expect(effort.clicks).toBeLessThanOrEqual(22);
      expect(effort.fields).toBeLessThanOrEqual(15);
      expect(app.pageErrors).toEqual([]);
    },
  );
});
