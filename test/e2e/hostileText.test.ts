// Attackers choose the user names that end up in logs. Whatever they put there — markup,
// script, quotes, control characters, a right-to-left override, 10,000 characters, a spreadsheet
// formula — must come out of every screen and every export as the inert text it is.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveDirectory, webBuildDir, type StaticServer } from '../support/staticServer';
import { launchChromium, type TestBrowser } from '../support/chromium';
import { openStep } from '../support/workflowSteps';
import { chooseClassicLogs } from '../support/timeQuestion';

const folder = resolve('.tmp/hostile-e2e');
const hostileNames = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  `"quoted' name`,
  'bell\u0007escape\u001b[31mred',
  '\u202Egpj.exe',
  'A'.repeat(10_000),
  '=HYPERLINK("http://evil.example/","click me")',
  '+cmd|calc',
  '@SUM(1+1)',
];

function hostileLog(): string {
  const lines = hostileNames.map(
    (name, index) =>
      `Nov 20 10:00:${String(index).padStart(2, '0')} srv01 sshd[${1000 + index}]: ` +
      `Failed password for invalid user ${name} from 203.0.113.${index + 1} port ${40000 + index} ssh2`,
  );
  return `${lines.join('\n')}\n`;
}

let server: StaticServer;
let browser: TestBrowser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  writeFileSync(resolve(folder, 'hostile-auth.log'), hostileLog());
  server = await serveDirectory(webBuildDir());
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    pageErrors.push(`a dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function expectNothingRan() {
  await expect(page.evaluate(() => (window as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
  await expect(page.locator('main script, main img, main iframe').count()).resolves.toBe(0);
  // A 10,000-character name wraps instead of stretching the page.
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(1280);
}

async function download(button: string): Promise<string> {
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = resolve(folder, (await saving).suggestedFilename());
  await (await saving).saveAs(file);
  return readFileSync(file, 'utf8');
}

describe('hostile user names from a log', () => {
  const title = '<b>Case</b> =HYPERLINK("x")';

  it('are shown on the Confirm step as text, and nothing they contain runs', async () => {
    await page.getByLabel('Case title').fill(title);
    await page.getByRole('button', { name: 'Start case' }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    await chooseClassicLogs(page, resolve(folder, 'hostile-auth.log'), { zone: 'UTC', year: '2026' });
    await page.getByText(/Imported hostile-auth\.log/).waitFor();
    await openStep(page, 'Confirm');
    const attackers = page.getByRole('table', { name: 'Addresses that tried to log in and failed' });
    await attackers.getByRole('rowheader', { name: '203.0.113.1', exact: true }).waitFor();
    const shown = (await page.locator('main').textContent()) ?? '';
    for (const name of ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=2">']) {
      expect(shown).toContain(name);
    }
    expect(shown).toContain('=HYPERLINK("http://evil.example/","click me")');
    await expectNothingRan();
    await page.screenshot({ path: resolve(folder, 'hostile-import.png'), fullPage: true });
  });

  it('are kept as text in the journal', async () => {
    const note = `The attacker tried ${hostileNames.slice(0, 5).join(' and ')}`;
    await page.getByRole('radio', { name: 'Note' }).check();
    await page.getByRole('textbox', { name: 'Note' }).fill(note);
    await page.getByRole('button', { name: 'Add to journal' }).click();
    const entries = page.getByRole('list', { name: 'Journal entries' });
    await entries.getByRole('listitem').filter({ hasText: 'The attacker tried' }).waitFor();
    expect(await entries.textContent()).toContain(note);
    await expectNothingRan();
  });

  it('come out of the CSV export as text that no spreadsheet runs as a formula', async () => {
    await openStep(page, 'Case');
    const csv = await download('Save attacking addresses as CSV');
    const cells = csv.split('\r\n').flatMap((row) => row.match(/"(?:[^"]|"")*"/g) ?? []);
    expect(cells.length).toBeGreaterThan(hostileNames.length * 8);
    for (const cell of cells) expect(cell).not.toMatch(/^"[=+@\t\r]/);
    for (const cell of cells) if (/^"-/.test(cell)) expect(cell).toMatch(/^"-\d+"$/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/"",""click me"") (1)"`);
    expect(csv).toContain(`"'+cmd|calc (1)"`);
    expect(csv).toContain('A'.repeat(10_000));
    expect(csv).toContain('<script>window.__pwned=1</script> (1)');
  });

  it('survive a backup and restore as the same inert text', async () => {
    const backup = await download('Save a backup of this case');
    expect(() => JSON.parse(backup) as unknown).not.toThrow();
    expect(backup).toContain(JSON.stringify('<script>window.__pwned=1</script>').slice(1, -1));
    await page.getByRole('button', { name: '← All cases' }).click();
    const files = await import('node:fs').then((fs) =>
      fs.readdirSync(folder).filter((name) => name.endsWith('.json')),
    );
    await page.getByLabel('Restore from a backup file…').setInputFiles(resolve(folder, files[0] ?? ''));
    await page.getByText(/Restored 1 case/).waitFor();
    await page
      .getByText(/Record checked: nothing changed since it was written/)
      .first()
      .waitFor();
    await page
      .getByRole('table', { name: 'Your cases' })
      .getByRole('button', { name: `${title} (restored)` })
      .click();
    await openStep(page, 'Confirm');
    const attackers = page.getByRole('table', { name: 'Addresses that tried to log in and failed' });
    await attackers.getByRole('rowheader', { name: '203.0.113.1', exact: true }).waitFor();
    expect(await page.locator('main').textContent()).toContain('<script>window.__pwned=1</script>');
    await expectNothingRan();
    expect(pageErrors).toEqual([]);
  });
});
