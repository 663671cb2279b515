// From an imported log to a downloaded summary PDF and an abuse email draft, in real Chromium
// against the built browser host with real IndexedDB. The files are read back the way their
// readers would: pdftotext for the manager's PDF, a mail parser for the abuse desk's .eml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { StaticServer } from '../support/staticServer';
import { startAppSession, type AppSession } from '../support/appSession';
import { chooseClassicLogs } from '../support/timeQuestion';
import { showEveryAddress } from '../support/workflowSteps';

let app: AppSession;
let server: StaticServer;
let page: Page;
let pageErrors: string[];
const scratch = mkdtempSync(join(resolve('.tmp'), 'reports-e2e-'));
const screenshots = process.env.SCREENSHOTS_DIR;

beforeAll(async () => {
  app = await startAppSession();
  ({ server, page, pageErrors } = app);
});

afterAll(async () => {
  await app?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function download(click: () => Promise<void>): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(scratch, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

describe('reporting a case in the browser host', () => {
  it('goes from an imported log to a downloaded summary PDF and an abuse email draft', async () => {
    await page.goto(server.url);
    await page.getByLabel('Case title').fill('Failed logins on srv01');
    await page.getByLabel('Affected server').fill('srv01');
    await page.getByRole('button', { name: 'Start case' }).click();
    await page.getByRole('heading', { name: 'Failed logins on srv01' }).waitFor();
    await chooseClassicLogs(page, resolve('assets/sample-auth.log'), { zone: 'UTC', year: '2026' });
    await page.getByText(/Imported sample-auth\.log: 4,000 lines/).waitFor();

    // The owner of one address, entered by hand as the Source step allows without a network.
    const steps = page.getByRole('navigation', { name: 'Workflow steps' });
    await steps.getByRole('button', { name: 'Source' }).click();
    await showEveryAddress(page);
    const card = page.getByRole('article', { name: 'Address 34.23.190.173' });
    await card.getByText('Paste WHOIS text or enter the abuse contact yourself').click();
    await card.getByLabel('Abuse contact for 34.23.190.173').fill('abuse@provider.example');
    await card.getByRole('button', { name: 'Add abuse contact' }).click();
    await card.getByText('abuse@provider.example').first().waitFor();

    await steps.getByRole('button', { name: 'Report' }).click();
    await page.getByRole('heading', { name: 'Management summary' }).waitFor();
    await page.getByText(/^Verdict: /).waitFor();
    if (screenshots) await page.screenshot({ path: join(screenshots, '7-report-step.png') });

    // Every paragraph can be rewritten; the edit is what gets exported, and it is kept.
    await page.getByRole('button', { name: 'Edit “Recommendation”' }).click();
    await page.getByLabel('Recommendation').fill('Keys only from Monday; fail2ban today.');
    await page.getByRole('button', { name: 'Save “Recommendation”' }).click();
    await page.getByText('Your own words.', { exact: true }).waitFor();

    const pdf = await download(() => page.getByRole('button', { name: 'Export the summary as PDF' }).click());
    expect(pdf.name).toMatch(/^failed-logins-on-srv01-\d{4}-\d\d-\d\d-summary\.pdf$/);
    const text = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Management summary: Failed logins on srv01');
    expect(text).toMatch(/In UTC \(the time abuse desks use\): from 2026-11-19/);
    expect(text).toContain('Verdict:');
    expect(text).toMatch(/Journal chain head: [0-9a-f]{64}/);
    expect(text).toContain('Keys only from Monday; fail2ban today.');
    await page.getByText(/Saved failed-logins-on-srv01-.*summary\.pdf \(SHA-256 [0-9a-f]{12}…\)/).waitFor();
    if (screenshots) {
      execFileSync('pdftoppm', ['-png', '-r', '70', pdf.path, join(screenshots, '7-summary-page')]);
    }

    const draft = page.getByRole('article', { name: /To abuse@provider\.example/ });
    const preview = draft.getByRole('region', {
      name: 'Exactly what will be sent to abuse@provider.example',
    });
    await expect(preview.textContent()).resolves.toContain('What we saw (all times in UTC, +00:00):');
    // "admin" logged in, so it is one of our accounts: masked in what is sent, shown in our log.
    await expect(preview.textContent()).resolves.not.toMatch(/\badmin\b|srv01/);
    if (screenshots) await draft.screenshot({ path: join(screenshots, '7-email-preview.png') });

    const eml = await download(() => draft.getByRole('button', { name: 'Save .eml draft' }).click());
    expect(eml.name).toMatch(/-abuse-abuse@provider\.example\.eml$/);
    const mail = await simpleParser(readFileSync(eml.path));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('abuse@provider.example');
    expect(mail.subject).toMatch(
      /^Failed login attempts from 34\.23\.190\.173 \(2026-11-\d\d, UTC\) \[IN-\d+\]$/,
    );
    expect(mail.text).toContain('We would appreciate your help');
    expect(mail.attachments[0]?.filename).toMatch(/-log-excerpt\.txt$/);
    expect(mail.attachments[0]?.content.toString('utf8')).toContain('34.23.190.173');
    expect(mail.attachments[0]?.content.toString('utf8')).not.toMatch(/\badmin\b|srv01|Accepted/);

    await draft.getByRole('button', { name: 'Mark as sent' }).click();
    await draft.getByText(/Marked as sent/).waitFor();
    await page.getByRole('button', { name: 'Go to Follow up' }).click();
    await page.getByRole('heading', { name: 'abuse@provider.example' }).waitFor();
    await page.getByText('1 abuse desk has been written to.').waitFor();
    if (screenshots) await page.screenshot({ path: join(screenshots, '7-follow-up.png'), fullPage: true });

    await page.getByRole('checkbox', { name: 'No direct root login' }).check();
    await page.getByText('Done: No direct root login.').first().waitFor();
    await page
      .getByLabel('Closing note: what was done, and why the case can be closed')
      .fill('Reported; keys only since 21 Nov.');
    const final = await download(() =>
      page.getByRole('button', { name: 'Close the case and save the final report' }).click(),
    );
    expect(final.name).toMatch(/-final-report\.pdf$/);
    const finalText = execFileSync('pdftotext', ['-layout', final.path, '-'], { encoding: 'utf8' });
    expect(finalText).toContain('Final report: Failed logins on srv01');
    expect(finalText).toContain('Reported; keys only since 21 Nov.');
    expect(finalText).toContain('Case closed: Reported; keys only since 21 Nov.');
    expect(pageErrors).toEqual([]);
  });
});
