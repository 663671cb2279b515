// The Source step in real Chromium against the built browser host: lookups go through a
// same-origin proxy to a local stand-in for the registries (127.0.0.1 only), results land in the
// real IndexedDB and in the journal.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveDirectory, webBuildDir, type StaticServer } from '../support/staticServer';
import { showEveryAddress } from '../support/workflowSteps';
import { launchChromium, type TestBrowser } from '../support/chromium';
import { serveRdap, type RdapServer } from '../support/rdapServer';
import { chooseClassicLogs } from '../support/timeQuestion';
import { screenshotPath } from '../support/screenshots';

let rdap: RdapServer;
let server: StaticServer;
let browser: TestBrowser;
let page: Page;
const pageErrors: string[] = [];
const requestedUrls: string[] = [];
const scratch = mkdtempSync(join(resolve('.tmp'), 'source-lookup-'));
const logPath = join(scratch, 'auth.log');

/** A small auth.log: failed logins from addresses the stand-in registries know. */
function writeLog() {
  const attackers: [string, number][] = [
    ['74.125.225.229', 6],
    ['2001:4860:4860::8888', 4],
    ['8.8.4.4', 3],
    ['210.107.73.73', 3],
    ['23.1.2.3', 2],
    ['2001:43f8:7b0::1', 2],
    ['183.62.140.253', 2],
    ['192.168.1.20', 2],
  ];
  const lines: string[] = [];
  let second = 0;
  for (const [ip, count] of attackers) {
    for (let attempt = 0; attempt < count; attempt++) {
      second++;
      const time = `Nov 20 10:${String(Math.floor(second / 60)).padStart(2, '0')}:${String(second % 60).padStart(2, '0')}`;
      lines.push(
        `${time} srv01 sshd[${1000 + second}]: Failed password for root from ${ip} port ${40000 + second} ssh2`,
      );
    }
  }
  writeFileSync(logPath, `${lines.join('\n')}\n`);
}

beforeAll(async () => {
  writeLog();
  rdap = await serveRdap({
    '/arin/ip/74.125.225.229': [{ fixture: 'arin__74.125.225.229.json' }],
    '/arin/ip/2001:4860:4860::8888': [{ fixture: 'arin__2001_4860_4860__8888.json' }],
    '/arin/ip/8.8.4.4': [{ redirectTo: '/ripe/ip/8.8.4.4' }],
    '/ripe/ip/8.8.4.4': [{ fixture: 'ripencc__62.239.237.1.json' }],
    '/apnic/ip/210.107.73.73': [
      { status: 429, headers: { 'retry-after': '1' } },
      { fixture: 'apnic__210.107.73.73.json' },
    ],
    '/arin/ip/23.1.2.3': [{ status: 404, body: '{"errorCode":404,"title":"Not Found"}' }],
    // AFRINIC's answer without an abuse entity: the contacts it lists, labelled.
    '/afrinic/ip/2001:43f8:7b0::1': [{ fixture: 'afrinic__2001_43f8_7b0__.json' }],
  });
  server = await serveDirectory(webBuildDir(), { prefix: '/rdap-proxy/', target: rdap.url });
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('request', (request) => requestedUrls.push(request.url()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rdap?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const card = (ip: string) => page.getByRole('article', { name: `Address ${ip}`, exact: true });

async function lookupJournal(): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((done, fail) => {
        const open = indexedDB.open('incident-notebook');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('journal').objectStore('journal').getAll();
          read.onsuccess = () => {
            const entries = read.result as { kind: string; summary: string; seq: number }[];
            done(
              entries
                .filter((entry) => entry.kind === 'lookup')
                .sort((a, b) => a.seq - b.seq)
                .map((entry) => entry.summary),
            );
            open.result.close();
          };
        };
      }),
  );
}

describe('the Source step in the browser host', () => {
  it('looks nothing up until asked, then shows owner, network and abuse contact per address', async () => {
    await page.goto(server.url);
    const proxied = `${server.url}rdap-proxy/`;
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      'incident-notebook:rdap-bootstrap-url',
      `${proxied}bootstrap.json?base=${encodeURIComponent(proxied)}`,
    ] as const);
    await page.reload();
    await page.getByLabel('Case title').fill('Failed logins on srv01');
    await page.getByLabel('Affected server').fill('srv01');
    await page.getByRole('button', { name: 'Start case' }).click();
    await chooseClassicLogs(page, logPath, { zone: 'UTC', year: '2026' });
    await page.getByText(/Imported auth\.log/).waitFor();

    await page
      .getByRole('navigation', { name: 'Workflow steps' })
      .getByRole('button', { name: /Source/ })
      .click();
    await page.getByRole('heading', { name: 'Who is behind it' }).waitFor();
    await page
      .getByText(/7 public addresses can be looked up; 1 address is not on the public internet/)
      .waitFor();
    await showEveryAddress(page);
    await page.getByText(/the owner of the address is most likely a victim too/i).waitFor();
    await card('192.168.1.20')
      .getByText(/inside your own network/)
      .waitFor();
    expect(rdap.requests.filter((path) => path.includes('/ip/'))).toEqual([]);

    await page.getByRole('button', { name: 'Look up 74.125.225.229' }).click();
    const google = card('74.125.225.229');
    await google
      .getByText('This address belongs to Google Inc.; write to arin-contact@google.com.')
      .waitFor();
    await google.getByText('GOOGLE, 74.125.0.0/16').waitFor();
    await google.getByText(/the registry’s abuse contact for this network/).waitFor();
    await google.getByText('not available: not available in the browser host').waitFor();
  });

  it('looks up all public addresses: groups a shared contact, follows a redirect, waits out a rate limit, explains a 404', async () => {
    // The one already looked up is not asked again.
    await page.getByRole('button', { name: 'Look up all public addresses (6)' }).click();
    const group = page.getByRole('region', { name: 'Addresses for arin-contact@google.com' });
    await group
      .getByRole('heading', { name: '2 addresses share one abuse contact: arin-contact@google.com' })
      .waitFor();
    await expect(group.getByRole('article').count()).resolves.toBe(2);

    // The redirect is followed, but RIPE's answer is about another network: it is not believed.
    await card('8.8.4.4')
      .getByText(/passed on to/)
      .waitFor();
    await card('8.8.4.4')
      .getByRole('alert')
      .filter({
        hasText:
          /describes the network 62\.239\.237\.0\/24 \(BT-CORPORATE, 62\.239\.237\.0 – 62\.239\.237\.255\), which does not contain 8\.8\.4\.4/,
      })
      .waitFor();
    await card('8.8.4.4').getByText('Not known: no registry has answered for this address yet.').waitFor();
    await expect(
      card('8.8.4.4')
        .getByText(/BT-CORPORATE, 62\.239\.237\.0\/24/)
        .count(),
    ).resolves.toBe(0);
    const korea = card('210.107.73.73');
    await korea.getByText(/asked to slow down \(rate limit\): waited 1 seconds and asked again/).waitFor();
    await korea.getByText(/hostmaster@nic\.or\.kr/).waitFor();
    await korea.getByText(/registry’s or national team’s mailbox/).waitFor();
    await card('23.1.2.3')
      .getByRole('alert')
      .filter({ hasText: /has no record for 23\.1\.2\.3 \(404 not found\)/ })
      .waitFor();
    const afrinic = card('2001:43f8:7b0::1');
    await afrinic
      .getByText(
        /it names no abuse contact: write to mwangi@isoc\.org, the organisation the network is registered to\.$/,
      )
      .waitFor();
    await afrinic.getByText(/TESPOK TESPOK \(role not given\)/).waitFor();
    await afrinic.screenshot({ path: screenshotPath('6-source-no-abuse-contact.png') });
    expect(rdap.requests).not.toContain('/arin/ip/192.168.1.20');
    await page
      .getByRole('status')
      .filter({ hasText: /Looking up \d+ of 6/ })
      .waitFor({ state: 'detached' });

    // The journal panel beside the step shows the lookups as they are written.
    await page
      .getByRole('list', { name: 'Journal entries' })
      .getByRole('listitem', {
        name: /Looked up 8\.8\.4\.4 via RDAP .*: no answer — the answer from RIPE NCC describes the network 62\.239\.237\.0\/24/,
      })
      .waitFor();
    const journal = await lookupJournal();
    expect(journal.filter((line) => line.includes('74.125.225.229'))).toEqual([
      'Looked up 74.125.225.229 via RDAP (ARIN): network GOOGLE, abuse arin-contact@google.com',
    ]);
    expect(journal).toContain(
      'Looked up 210.107.73.73 via RDAP (APNIC): network BORANET-NET-210-107, abuse abuse@bora.net',
    );
    expect(
      journal.some((line) => line.startsWith('Looked up 23.1.2.3 via RDAP') && line.includes('404')),
    ).toBe(true);
    expect(journal.filter((line) => line.includes('192.168.1.20'))).toEqual([]);
  });

  it('sends nothing in offline mode and takes pasted WHOIS text and a manual contact instead', async () => {
    const before = rdap.requests.length;
    await page.getByLabel('Offline mode: no network requests of any kind').check();
    await expect(
      page.getByRole('button', { name: 'Look up again 74.125.225.229' }).isDisabled(),
    ).resolves.toBe(true);
    await expect(page.getByRole('button', { name: /Look up all public addresses/ }).count()).resolves.toBe(0);

    const missing = card('23.1.2.3');
    await missing.getByText('Paste WHOIS text or enter the abuse contact yourself').click();
    await missing.getByLabel('WHOIS answer for 23.1.2.3').fill('Hello, this is a letter.');
    await missing.getByRole('button', { name: 'Read WHOIS text' }).click();
    await missing
      .getByRole('alert')
      .filter({ hasText: /does not look like a WHOIS answer/ })
      .waitFor();
    // The WHOIS of 210.107.0.0/17 pasted for 183.62.140.253: refused, naming the network it is about.
    const china = card('183.62.140.253');
    await china.getByText('Paste WHOIS text or enter the abuse contact yourself').click();
    await china
      .getByLabel('WHOIS answer for 183.62.140.253')
      .fill(readFileSync(resolve('test/fixtures/whois/apnic__210.107.73.73.txt'), 'utf8'));
    await china.getByRole('button', { name: 'Read WHOIS text' }).click();
    await china
      .getByRole('alert')
      .filter({
        hasText: /describes the network 210\.107\.0\.0\/17 .*which does not contain 183\.62\.140\.253/,
      })
      .waitFor();
    await expect(china.getByText(/This address belongs to|write to abuse@bora\.net/).count()).resolves.toBe(
      0,
    );
    await china.screenshot({ path: screenshotPath('6-source-whois-refused.png') });
    await missing.getByLabel('Abuse contact for 23.1.2.3').fill('noc@provider.example');
    await missing.getByRole('button', { name: 'Add abuse contact' }).click();
    await missing
      .getByText(/noc@provider\.example/)
      .first()
      .waitFor();
    await missing.getByText(/entered by you/).waitFor();

    expect(rdap.requests.length).toBe(before);
    const journal = await lookupJournal();
    expect(journal.at(-1)).toBe('Abuse contact for 23.1.2.3 entered by hand: noc@provider.example');

    await page.getByLabel('Offline mode: no network requests of any kind').uncheck();
    await page.getByRole('heading', { name: 'Who is behind it' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('6-source-step.png'), fullPage: true });

    // Every request the page made went to its own origin (the proxy included): nothing else.
    expect(
      requestedUrls.filter(
        (url) => !url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:'),
      ),
    ).toEqual([]);
    // Chromium logs the deliberate 429 and 404 answers; anything else is a real error.
    const expected = /Failed to load resource: the server responded with a status of (429|404)/;
    expect(pageErrors.filter((message) => !expected.test(message))).toEqual([]);
  });
});
