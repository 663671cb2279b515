// One number everywhere (issue 14) in real Chromium: the built-in sample (opened with "Try it with a
// sample") and OpenSSH_2k.log, with the top address's login attempts read off the Import headline,
// the Confirm table, the Source card, the management summary and the abuse e-mail — all the command
// line's. Screenshots of Confirm, Source and Report go to SCREENSHOTS_DIR when it is set.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startAppSession, type AppSession } from '../support/appSession';
import { openStep } from '../support/workflowSteps';
import { answerTimeQuestion } from '../support/timeQuestion';
import { screenshotPath } from '../support/screenshots';
import {
  attackersOf,
  cliAnalysis,
  countedYear,
  haveSharedSamples,
  missingSharedSamples,
  numberIn,
  sharedSamples,
  type CliDocument,
} from '../support/countSurfaces';

let app: AppSession;
let page: Page;

beforeAll(async () => {
  app = await startAppSession();
  ({ page } = app);
});

afterAll(async () => {
  await app?.close();
});

const count = (value: number) => value.toLocaleString('en-US');

/** The same numbers on Confirm, Source and Report for the case open now, with a picture of each. */
async function expectSameNumbers(cli: CliDocument, top: string, shot: string) {
  const source = attackersOf(cli).get(top)!;
  await openStep(page, 'Confirm');
  const headline = page.locator('p.headline');
  await headline.waitFor();
  await expect(headline.textContent()).resolves.toContain(
    `${count(cli.counts.sourcesThatTried)} addresses made ${count(cli.counts.attempts)} login attempts`,
  );
  const row = page
    .getByRole('table', { name: 'Addresses that tried to log in and failed' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: top, exact: true }) });
  await row.waitFor();
  const cells = (await row.getByRole('cell').allTextContents()).slice(1, 4).map(numberIn);
  expect(cells).toEqual([source.attempts, source.passwordsTried, source.unknownUserGuesses]);
  await page.screenshot({ path: screenshotPath(`${shot}-confirm.png`), fullPage: true });

  await openStep(page, 'Source');
  const card = page.getByRole('article', { name: `Address ${top}` });
  await expect(card.locator('.address-meta').textContent()).resolves.toMatch(
    new RegExp(`^${count(source.attempts)} login attempts`),
  );
  // The owner entered by hand, as the Source step allows without a network: the e-mail needs one.
  await card.getByText('Paste WHOIS text or enter the abuse contact yourself').click();
  await card.getByLabel(`Abuse contact for ${top}`).fill('abuse@provider.example');
  await card.getByRole('button', { name: 'Add abuse contact' }).click();
  await card.getByText('abuse@provider.example').first().waitFor();
  await page.screenshot({ path: screenshotPath(`${shot}-source.png`), fullPage: true });

  await openStep(page, 'Report');
  await page.getByRole('heading', { name: 'Management summary' }).waitFor();
  const summary = await page.locator('.report-step').textContent();
  expect(summary).toContain(`tried to log in to srv01: ${count(cli.counts.attempts)} login attempts`);
  expect(summary).toContain(`• ${top}: ${count(source.attempts)} login attempts;`);
  const draft = await page.locator('pre.email-preview').first().textContent();
  expect(draft).toMatch(
    new RegExp(
      `- ${top.replaceAll('.', '\\.')}[^\\n]*\\n[^\\n]*\\n\\s+${count(source.attempts)} login attempts`,
    ),
  );
  await page.screenshot({ path: screenshotPath(`${shot}-report.png`), fullPage: true });
}

describe('the same numbers on every screen', () => {
  it('for the built-in sample', async () => {
    const cli = await cliAnalysis(resolve('assets/sample-auth.log'));
    await page.goto(app.server.url);
    await page.getByRole('button', { name: 'Try it with a sample' }).click();
    await page.getByText(/Imported sample-auth\.log/).waitFor();
    await expectSameNumbers(cli, '14.217.4.117', '14-sample');
    expect(app.pageErrors).toEqual([]);
  });

  it.skipIf(!haveSharedSamples)(
    `for OpenSSH_2k.log (${haveSharedSamples ? 'from ../shared' : missingSharedSamples})`,
    async () => {
      const path = `${sharedSamples}/sshd/OpenSSH_2k.log`;
      const cli = await cliAnalysis(path);
      await page.goto(app.server.url);
      await page.getByLabel('Case title').fill('Failed logins on LabSZ');
      await page.getByLabel('Affected server').fill('srv01');
      await page.getByRole('button', { name: 'Start case' }).click();
      await page.getByRole('heading', { name: 'Failed logins on LabSZ' }).waitFor();
      await page.getByLabel('Choose log files…').setInputFiles([path]);
      await answerTimeQuestion(page, { 'OpenSSH_2k.log': { zone: 'UTC', year: String(countedYear) } });
      await page
        .getByText('Imported OpenSSH_2k.log: 2,000 lines: 1,857 about logins, 143 not about logins.')
        .waitFor();
      await expectSameNumbers(cli, '183.62.140.253', '14-openssh2k');
      expect(app.pageErrors).toEqual([]);
    },
  );
});
