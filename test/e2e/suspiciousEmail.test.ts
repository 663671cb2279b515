// A suspicious e-mail case in real Chromium against the built browser host: a new "Suspicious
// e-mail" case, an .eml dropped on the page, its hops, our domain marked, the originating address
// and its owner (RIPE's recorded answer for 62.239.237.1 from a stand-in registry on 127.0.0.1),
// the question about clicks, and the report draft and ARF report downloaded and parsed back.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type TestBrowser } from '../support/chromium';
import { serveRdap, type RdapServer } from '../support/rdapServer';
import { screenshotPath } from '../support/screenshots';
import { serveDirectory, webBuildDir, type StaticServer } from '../support/staticServer';

let rdap: RdapServer;
let server: StaticServer;
let browser: TestBrowser;
let page: Page;
const pageErrors: string[] = [];
const scratch = mkdtempSync(join(resolve('.tmp'), 'suspicious-email-'));
// Written by us (test/fixtures/email/README.md): a PayPal phish received from 62.239.237.1.
const emlPath = resolve('test/fixtures/email/written/phish-paypal.eml');

beforeAll(async () => {
  rdap = await serveRdap({ '/ripe/ip/62.239.237.1': [{ fixture: 'ripencc__62.239.237.1.json' }] });
  server = await serveDirectory(webBuildDir(), { prefix: '/rdap-proxy/', target: rdap.url });
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
  await rdap?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Drops the file on the drop zone as a person would: a real drop event with a DataTransfer. */
async function dropFile(path: string, name: string) {
  const content = readFileSync(path).toString('base64');
  await page.evaluate(
    ([base64, fileName]) => {
      const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], fileName, { type: 'message/rfc822' }));
      const zone = document.querySelector('.drop-zone')!;
      zone.dispatchEvent(
        new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }),
      );
      zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    },
    [content, name] as const,
  );
}

async function shoot(name: string, region?: string) {
  for (const [width, height] of [
    [1280, 800],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width, height });
    const path = screenshotPath(`${name}-${width}x${height}.png`);
    if (region) await page.locator(region).scrollIntoViewIfNeeded();
    await page.screenshot({ path, fullPage: false });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function download(buttonName: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const path = join(scratch, file.suggestedFilename());
  await file.saveAs(path);
  return readFileSync(path);
}

async function journalSummaries(): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((done, fail) => {
        const open = indexedDB.open('incident-notebook');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('journal').objectStore('journal').getAll();
          read.onsuccess = () => {
            const entries = read.result as { summary: string; seq: number }[];
            done(entries.sort((a, b) => a.seq - b.seq).map((entry) => entry.summary));
            open.result.close();
          };
        };
      }),
  );
}

describe('a suspicious e-mail case in the browser host', () => {
  it('traces a dropped .eml to its sender’s network and downloads the reports', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(server.url);
    const proxied = `${server.url}rdap-proxy/`;
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      'incident-notebook:rdap-bootstrap-url',
      `${proxied}bootstrap.json?base=${encodeURIComponent(proxied)}`,
    ] as const);
    await page.reload();

    await page.getByLabel('Suspicious e-mail (spam or phishing)').check();
    await expect(page.getByLabel('Affected server').count()).resolves.toBe(0);
    await page.getByLabel('Case title').fill('PayPal phish to Anna');
    await page.getByRole('button', { name: 'Start case' }).click();
    await page.getByRole('navigation', { name: 'E-mail case steps' }).waitFor();

    await page.getByText('Drop the message file here').waitFor();
    await dropFile(emlPath, 'phish-paypal.eml');
    await page.getByText('The message “Your account has been limited” is kept as evidence.').waitFor();
    await expect(page.getByText('It passed 3 mail servers on its way.').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Next: its route' }).click();

    // Before our domain is marked, nothing is placed.
    await page.getByText('Mark which mail domain is yours').waitFor();
    const rows = page.locator('.hop-table tbody tr');
    await expect(rows.count()).resolves.toBe(3);
    await page.getByRole('button', { name: 'Mark northwind-office.example as ours' }).click();
    await page.getByText('The message entered your servers at hop 2, from 62.239.237.1.').waitFor();
    const hop = (number: number) => page.getByRole('row', { name: `Hop ${number}` });
    await expect(hop(1).getByText("Written by the sender's side, may be forged").count()).resolves.toBe(1);
    await expect(hop(1).getAttribute('class')).resolves.toBe('hop-sender');
    await expect(hop(2).getByText('Entered your servers here').count()).resolves.toBe(1);
    await expect(hop(3).getByText('Your servers').count()).resolves.toBe(1);
    await expect(
      page.getByText(/Hop 2 says it received the message 3 hours before hop 1 sent it/).count(),
    ).resolves.toBe(1);
    await expect(page.getByText(/mailer.cheap-bulk.example allows \(SPF failed\)/).count()).resolves.toBe(1);
    await shoot('email-hops', '.hop-table');

    await page.getByRole('button', { name: "Next: the sender's network" }).click();
    const card = page.getByRole('article', { name: 'Address 62.239.237.1' });
    await card.getByRole('button', { name: 'Look up its owner' }).click();
    await card
      .getByText(/BT Corporate Registry|BT-CORPORATE/)
      .first()
      .waitFor();
    expect(rdap.requests).toContain('/ripe/ip/62.239.237.1');
    await expect(page.getByText(/forward it to phishing@paypal.com/).count()).resolves.toBe(1);
    await shoot('email-sender');

    await page.getByRole('button', { name: 'Next: did anyone click?' }).click();
    await page.getByLabel('Nobody clicked a link or replied').check();
    await page.getByLabel(/Who did you ask/).fill('Asked Anna by phone.');
    await page.getByRole('button', { name: 'Save the answer in the journal' }).click();
    await page.getByRole('button', { name: 'Next: the report' }).click();

    const to = page.getByLabel('Send the report to');
    await expect(to.inputValue()).resolves.toBe('zzdnsr@bt.com');
    await expect(page.getByLabel('Report preview').textContent()).resolves.toContain(
      'handed over by 62.239.237.1',
    );
    await shoot('email-report', '[aria-label="Report preview"]');

    const draft = await simpleParser(await download('Save the report draft (.eml)'));
    expect(draft.to).toMatchObject({ text: 'zzdnsr@bt.com' });
    expect(draft.subject).toBe('Spam/phishing from 62.239.237.1 received 2026-11-03 08:14:05 UTC');
    expect(draft.attachments.map((part) => part.contentType)).toEqual(['message/rfc822']);
    const original = await simpleParser(draft.attachments[0]!.content);
    expect(original.subject).toBe('Your account has been limited');

    const arf = await simpleParser(await download('Save the ARF report (.eml)'));
    expect(arf.headers.get('content-type')).toMatchObject({
      value: 'multipart/report',
      params: { 'report-type': 'feedback-report' },
    });
    expect(arf.attachments.map((part) => part.contentType)).toEqual([
      'message/feedback-report',
      'message/rfc822',
    ]);
    expect(arf.attachments[0]!.content.toString()).toContain('Feedback-Type: abuse');

    const summary = (await download('Save the management summary (.txt)')).toString('utf8');
    expect(summary).toContain('Nobody clicked a link or replied.');
    const pdf = await download('Save the management summary (PDF)');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const journal = await journalSummaries();
    expect(journal).toEqual(
      expect.arrayContaining([
        'Case opened: PayPal phish to Anna',
        expect.stringMatching(
          /^Suspicious message stored as evidence: phish-paypal\.eml \(1,\d{3} bytes, SHA-256 [0-9a-f]{64}\)$/,
        ),
        'Our mail domains marked: northwind-office.example',
        'Did anyone click a link or reply? Nobody clicked a link or replied',
        'Report draft saved, to zzdnsr@bt.com',
        'ARF report saved, to zzdnsr@bt.com',
        'Management summary saved',
        'Management summary (PDF) saved',
      ]),
    );
    expect(journal.some((line) => /62\.239\.237\.1/.test(line))).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('reads an Outlook .msg chosen with the file button, and pasted headers', async () => {
    await page.getByRole('button', { name: '← All cases' }).click();
    await page.getByLabel('Suspicious e-mail (spam or phishing)').check();
    await page.getByLabel('Case title').fill('Forwarded as attachment');
    await shoot('email-new-case', '#new-case-title');
    await page.getByRole('button', { name: 'Start case' }).click();
    await page
      .getByLabel('Choose the message file…')
      .setInputFiles(resolve('test/fixtures/email/msg/msgInMsg.msg'));
    await page
      .locator('.step-content')
      .getByText('The route was read from the message attached inside this Outlook file.')
      .waitFor();
    await expect(
      page
        .locator('.message-facts')
        .getByText(/Outlook message \(\.msg\)/)
        .count(),
    ).resolves.toBe(1);

    await shoot('email-message-msg');
    await page.getByRole('button', { name: 'Use another message instead' }).click();
    await page
      .getByLabel('Or paste the headers')
      .fill(readFileSync(resolve('test/fixtures/email/written/pasted-headers.txt'), 'utf8'));
    await page.getByRole('button', { name: 'Read the pasted headers' }).click();
    await page.getByText('The message “Your account has been limited” is kept as evidence.').waitFor();
    await page.getByRole('button', { name: 'Next: its route' }).click();
    // Our domain is a setting: marked in the first case, it places this route at once.
    await page.getByText('The message entered your servers at hop 2, from 62.239.237.1.').waitFor();
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
