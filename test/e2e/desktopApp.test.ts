// The same first walk in the desktop app itself, through Playwright's Electron driver: a sample
// case, the attack confirmed, the answer to "did anyone get in?". It needs the Electron binary,
// which `npm start` downloads the first time; where it is absent (this project's CI machine cannot
// download it) the test is skipped and says so. On a developer's own computer it runs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { _electron as electron, type ElectronApplication } from 'playwright-core';

/** Where the installed Electron binary is, without require('electron') (that would download it). */
function electronBinary(): string | undefined {
  const dir = resolve('node_modules/electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();

describe.skipIf(binary === undefined)('the desktop app (Electron)', () => {
  let app: ElectronApplication;

  beforeAll(async () => {
    execFileSync('npx', ['electron-vite', 'build'], { stdio: 'ignore' });
    const profile = mkdtempSync(join(resolve('.tmp'), 'electron-profile-'));
    app = await electron.launch({ executablePath: binary!, args: ['.', `--user-data-dir=${profile}`] });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens a sample case and answers whether anyone got in', async () => {
    const page = await app.firstWindow();
    await page.getByRole('button', { name: 'Try it with a sample' }).click();
    await page.getByText(/Imported sample-auth\.log/).waitFor();
    const nav = page.getByRole('navigation', { name: 'Workflow steps' });
    await nav.getByRole('button', { name: /Confirm/ }).click();
    await page.getByRole('heading', { name: 'Is this an attack?' }).waitFor();
    await nav.getByRole('button', { name: /Logins/ }).click();
    await page.getByText(/^Someone got in: login as admin from 34\.23\.190\.173/).waitFor();
    await expect(page.evaluate(() => 'incidentNotebook' in window)).resolves.toBe(true);
  });
});

if (binary === undefined) {
  describe('the desktop app (Electron)', () => {
    it.skip('is not tested here: the Electron binary is not installed (npm start downloads it)', () => {});
  });
}
