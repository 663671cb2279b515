// Importing a Windows .evtx, as Windows saves it, through the file input of the browser host (real
// Chromium, real IndexedDB, the import worker): the failed and the successful logons must show with
// the same counts as the XML export of the same events. The .evtx joins the chunks of two CC0
// samples (test/fixtures/windows/evtx): two failed Remote Desktop logons from 10.23.23.9, then ten
// network logons from it with a forged Kerberos ticket.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startAppSession, type AppSession } from '../support/appSession';
import { openStep, showEveryLogin } from '../support/workflowSteps';
import { screenshotPath } from '../support/screenshots';
import { joinedChunks } from '../support/evtxEdits';

const fixtures = resolve('test/fixtures/windows/evtx');
const failedRdp = 'ID4625-failed_login_with_denied_access_due_to_account_restriction.evtx';
const goldenTicket = 'ID4624-Success_login_with_Golden_ticket.evtx';
const scratch = resolve('.tmp/e2e-evtx');
const evtxPath = resolve(scratch, 'FS-Security.evtx');
const xmlPath = resolve(scratch, 'FS-Security.xml');

let app: AppSession;
let page: Page;

beforeAll(async () => {
  mkdirSync(scratch, { recursive: true });
  const bytes = (name: string) => new Uint8Array(readFileSync(resolve(fixtures, name)));
  writeFileSync(evtxPath, joinedChunks([bytes(failedRdp), bytes(goldenTicket)]));
  // The XML export of the same events, in the same order, as evtx2xml.py wrote each part.
  const events = (name: string) => {
    const xml = readFileSync(resolve(fixtures, `${name}.xml`), 'utf8');
    return xml.slice(xml.indexOf('<Events>') + 8, xml.lastIndexOf('</Events>'));
  };
  writeFileSync(
    xmlPath,
    `<?xml version="1.0" encoding="utf-8"?>\n<Events>${events(failedRdp)}${events(goldenTicket)}</Events>\n`,
  );
  app = await startAppSession();
  page = app.page;
});

afterAll(async () => {
  await app?.close();
});

/** What the Import, Confirm and Logins steps show for one file, in a case of its own. */
async function importAndRead(path: string, name: string, shot?: string) {
  await page.goto(app.server.url);
  await page.getByLabel('Case title').fill(`Logons on FS02 (${name})`);
  await page.getByRole('button', { name: 'Start case' }).click();
  await page.getByRole('heading', { name: `Logons on FS02 (${name})` }).waitFor();
  await page.getByLabel('Choose log files…').setInputFiles([path]);
  await page.getByText(new RegExp(`Imported ${name.replace('.', '\\.')}`)).waitFor();
  const evidence = page.getByRole('table', { name: 'Evidence' }).getByRole('row').filter({ hasText: name });
  // The outcome is said before the evidence table's live query has caught up: wait for the row.
  await evidence.getByRole('cell').nth(4).waitFor();
  const evidenceCells = await evidence.getByRole('cell').allTextContents();
  if (shot)
    await page.screenshot({
      path: screenshotPath(`${shot}-import.png`) ?? resolve(scratch, `${shot}-import.png`),
      fullPage: true,
    });

  await openStep(page, 'Confirm');
  const sources = page.getByRole('table', { name: 'Addresses that tried to log in and failed' });
  const attacker = sources
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: '10.23.23.9', exact: true }) });
  await attacker.waitFor();
  const attackerCells = await attacker.getByRole('cell').allTextContents();

  await openStep(page, 'Logins');

  await showEveryLogin(page);
  const logins = page.getByRole('table', { name: 'Every successful login, the ones worth a look first' });
  await logins.waitFor();
  const loginRows = (await logins.getByRole('row').allTextContents()).slice(1);
  if (shot)
    await page.screenshot({
      path: screenshotPath(`${shot}-logins.png`) ?? resolve(scratch, `${shot}-logins.png`),
      fullPage: true,
    });
  return { format: evidenceCells[1], counts: evidenceCells.slice(3, 5), attackerCells, loginRows };
}

describe('importing a Windows .evtx in the browser host', () => {
  it('shows the failed and the successful logons with the same counts as the XML export', async () => {
    const evtx = await importAndRead(evtxPath, 'FS-Security.evtx', '3-import-evtx');
    const xml = await importAndRead(xmlPath, 'FS-Security.xml');

    expect(evtx.format).toBe('Windows event log file (.evtx)');
    expect(evtx.counts).toEqual(['12', '12']); // 12 records (lines of its text), all 12 about logons
    expect(xml.counts[1]).toBe('12');
    // Two failed Remote Desktop logons from 10.23.23.9, and ten successful ones.
    expect(evtx.attackerCells[1]).toBe('2');
    expect(evtx.attackerCells).toEqual(xml.attackerCells);
    expect(evtx.loginRows).toHaveLength(10);
    expect(evtx.loginRows.filter((row) => row.includes('10.23.23.9'))).toHaveLength(10);
    expect(evtx.loginRows.filter((row) => row.includes('not_existing_user'))).toHaveLength(1);
    // Where each login was read differs (one line per event there, many lines per event here), and
    // the .evtx gives the EventRecordID Event Viewer shows.
    const place = /FS-Security\.(?:evtx|xml), line \d+(?: \(EventRecordID \d+\))?$/;
    expect(evtx.loginRows.every((row) => / line \d+ \(EventRecordID \d+\)$/.test(row))).toBe(true);
    expect(evtx.loginRows.map((row) => row.replace(place, ''))).toEqual(
      xml.loginRows.map((row) => row.replace(place, '')),
    );
    expect(app.pageErrors).toEqual([]);
  });
});
