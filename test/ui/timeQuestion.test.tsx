// The question the Import step asks before importing logs whose times have no year or zone:
// one group of fields per such file, filled in with what the app would use.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/ui/App';
import { AppServicesProvider } from '../../renderer/ui/appServices';
import { NotebookDatabase } from '../../renderer/db/schema';
import { createCase } from '../../renderer/db/queries';
import { updateSettings } from '../../renderer/db/settings';
import { createImportRunner } from '../../renderer/state/importRunner';
import { useNotebookStore } from '../../renderer/state/store';
import { thisComputersZone } from '../../renderer/ui/importStep/zoneChoices';
import type { NotebookApi } from '../../preload/api';
import { inProcessImportClient } from '../support/inProcessImportClient';

const classicLines = (first: string) =>
  `${first} srv01 sshd[3001]: Failed password for root from 203.0.113.5 port 50122 ssh2\n` +
  `${first} srv01 sshd[3002]: Accepted password for bob from 198.51.100.4 port 50123 ssh2\n`;
/** Rotated last year, copied on 3 January: it starts in December of the year before. */
const decemberLog = () =>
  new File([classicLines('Dec 30 06:25:01')], 'auth.log.1', {
    lastModified: Date.parse('2026-01-03T09:00:00Z'),
  });
const novemberLog = () =>
  new File([classicLines('Nov 21 10:48:21')], 'auth.log', {
    lastModified: Date.parse('2026-11-21T12:00:00Z'),
  });
const windowsExport = () =>
  new File([readFileSync(resolve('test/fixtures/windows/rdp-break-in.xml'))], 'rdp-break-in.xml');
const journalExport = () =>
  new File([readFileSync(resolve('test/fixtures/journal-json/sshd-attack.json'))], 'sshd-attack.json');
const fail2banLog = () =>
  new File([readFileSync(resolve('test/fixtures/fail2ban/fail2ban.log'))], 'fail2ban.log', {
    lastModified: Date.parse('2026-11-21T12:00:00Z'),
  });
const rfc3339Log = () =>
  new File([readFileSync(resolve('test/fixtures/sshd/rfc3339-session.log'))], 'auth.log.2');

async function renderImportStep(settingsZone = '') {
  const db = new NotebookDatabase(`time-question-${Math.random()}`);
  if (settingsZone !== '') await updateSettings(db, { timeZone: settingsZone });
  const caseId = await createCase(db, {
    title: 'Break-in on srv01',
    server: 'srv01',
    description: '',
    noticedBy: '',
  });
  const api = {} as NotebookApi; // the Import step never calls the bridge
  useNotebookStore.setState({
    openCaseId: caseId,
    step: 'import',
    runningImport: null,
    importOutcomes: [],
    readingPick: null,
    timeQuestion: null,
  });
  render(
    <AppServicesProvider services={{ db, api, importRunner: createImportRunner(inProcessImportClient(db)) }}>
      <App />
    </AppServicesProvider>,
  );
  const user = userEvent.setup();
  const pick = async (...files: File[]) =>
    user.upload(await screen.findByLabelText('Choose log files…'), files);
  return { db, user, pick };
}

/** The Evidence table's row of one file, once its import is done. */
const evidenceRow = (name: string) =>
  waitFor(
    () => {
      const table = screen.getByRole('table', { name: 'Evidence' });
      const row = within(table)
        .getAllByRole('row')
        .find((candidate) => within(candidate).queryByRole('cell', { name }) !== null);
      if (!row) throw new Error(`no evidence row for ${name}`);
      return row;
    },
    { timeout: 10_000 },
  );

describe('the time question at import', () => {
  it("suggests each file's year from its own date and the zone from your details", async () => {
    const { pick } = await renderImportStep('Europe/Berlin');
    await pick(decemberLog(), novemberLog());

    expect(await screen.findByLabelText('Year for auth.log.1')).toHaveValue('2025');
    expect(screen.getByLabelText('Year for auth.log')).toHaveValue('2026');
    expect(screen.getByLabelText('Time zone for auth.log.1')).toHaveValue('Europe/Berlin');
    expect(screen.getByLabelText('Time zone for auth.log')).toHaveValue('Europe/Berlin');
    expect(screen.getByText('Dec 30 06:25:01')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import 2 files' })).toBeInTheDocument();
  });

  it('says why a log copied in January starts in the year before', async () => {
    const { pick } = await renderImportStep('UTC');
    await pick(decemberLog());
    const year = await screen.findByLabelText('Year for auth.log.1');
    expect(year).toHaveAccessibleDescription(
      'Suggested: 2025 — the file is dated 3 Jan 2026 and starts in December, so it began the year before.',
    );
  });

  it('asks about a log whose first lines write their zone and whose last lines do not', async () => {
    const { pick } = await renderImportStep('UTC');
    const zoned = readFileSync(resolve('test/fixtures/sshd/rfc3339-session.log'), 'utf8');
    await pick(new File([zoned + classicLines('Nov 22 08:00:01')], 'auth.log'));
    expect(await screen.findByLabelText('Year for auth.log')).toBeInTheDocument();
    const file = screen.getByRole('group', { name: 'auth.log' });
    expect(file).toHaveTextContent(
      'Its first lines say their time zone, later lines do not, e.g. Nov 22 08:00:01: what year and zone are those?',
    );
  });

  it("starts with this computer's zone when your details name none", async () => {
    const { pick } = await renderImportStep();
    await pick(novemberLog());
    expect(await screen.findByLabelText('Time zone for auth.log')).toHaveValue(thisComputersZone);
  });

  it('asks nothing for a file whose log writes its own times', async () => {
    const { pick } = await renderImportStep('UTC');
    await pick(novemberLog(), windowsExport(), rfc3339Log());

    await screen.findByLabelText('Year for auth.log');
    expect(screen.queryByLabelText(/for rdp-break-in\.xml/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/for auth\.log\.2/)).not.toBeInTheDocument();
    const unasked = screen.getByRole('list', { name: 'Files that need no answer' });
    expect(unasked).toHaveTextContent('rdp-break-in.xml: times are in the log itself — nothing to ask.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Import 3 files' }));
    expect(
      within(await evidenceRow('rdp-break-in.xml')).getByRole('cell', {
        name: 'with the zone written in the log',
      }),
    ).toBeInTheDocument();
    // An RFC 3339 auth.log: its record keeps the zone for reading it again, the table says the truth.
    expect(
      within(await evidenceRow('auth.log.2')).getByRole('cell', { name: 'with the zone written in the log' }),
    ).toBeInTheDocument();
    expect(
      within(await evidenceRow('auth.log')).getByRole('cell', { name: "UTC, 2026 (from the file's date)" }),
    ).toBeInTheDocument();
  });

  it('imports at once when every picked file writes its own times', async () => {
    const { pick } = await renderImportStep();
    await pick(journalExport(), windowsExport());
    expect(
      await screen.findByText(/Imported sshd-attack\.json/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Imported rdp-break-in\.xml/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Import \d+ files?$/ })).not.toBeInTheDocument();
  });

  it('asks only the zone for a log that writes the year but no zone', async () => {
    const { pick, user } = await renderImportStep('UTC');
    await pick(fail2banLog());
    await user.selectOptions(await screen.findByLabelText('Time zone for fail2ban.log'), 'Europe/Berlin');
    expect(screen.queryByLabelText('Year for fail2ban.log')).not.toBeInTheDocument();
    expect(
      screen.getByText('The year is written in the log; only the time zone is missing.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import 1 file' }));
    const row = await evidenceRow('fail2ban.log');
    expect(
      within(row).getByRole('cell', { name: 'Europe/Berlin; year as written in the log' }),
    ).toBeInTheDocument();
    expect(row).not.toHaveTextContent("from the file's date");
  });

  it("changes only that file's year when one year is edited", async () => {
    const { pick, user } = await renderImportStep('UTC');
    await pick(decemberLog(), novemberLog());
    const year = await screen.findByLabelText('Year for auth.log.1');
    await user.clear(year);
    await user.type(year, '2024');
    expect(screen.getByLabelText('Year for auth.log.1')).toHaveValue('2024');
    expect(screen.getByLabelText('Year for auth.log')).toHaveValue('2026');

    await user.click(screen.getByRole('button', { name: 'Import 2 files' }));
    expect(await evidenceRow('auth.log.1')).toHaveTextContent(/UTC, 2024(?! \(from)/);
    expect(await evidenceRow('auth.log')).toHaveTextContent("UTC, 2026 (from the file's date)");
  });

  it('offers one zone for all files after one was changed', async () => {
    const { pick, user } = await renderImportStep('UTC');
    await pick(decemberLog(), novemberLog());
    await user.selectOptions(await screen.findByLabelText('Time zone for auth.log.1'), 'Europe/Vienna');
    expect(screen.getByLabelText('Time zone for auth.log')).toHaveValue('UTC');
    await user.click(screen.getByRole('button', { name: 'Use Europe/Vienna for all 2 files' }));
    expect(screen.getByLabelText('Time zone for auth.log')).toHaveValue('Europe/Vienna');
    expect(screen.queryByRole('button', { name: /for all 2 files/ })).not.toBeInTheDocument();
  });

  it('refuses an implausible year with a message and imports nothing', async () => {
    const { db, pick, user } = await renderImportStep('UTC');
    await pick(decemberLog(), novemberLog());
    const year = await screen.findByLabelText('Year for auth.log');
    await user.clear(year);
    await user.type(year, '26');

    expect(year).toHaveAttribute('aria-invalid', 'true');
    expect(year).toHaveAccessibleDescription(/^Enter a year between 1990 and 2100\./);
    expect(screen.getByLabelText('Year for auth.log.1')).toHaveAttribute('aria-invalid', 'false');
    await user.click(screen.getByRole('button', { name: 'Import 2 files' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing was imported yet: enter a year between 1990 and 2100 for auth.log.',
    );
    expect(year).toHaveFocus();
    expect(await db.evidence.count()).toBe(0);

    await user.type(year, '{Backspace}{Backspace}2026');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import 2 files' }));
    expect(await evidenceRow('auth.log')).toHaveTextContent('UTC, 2026');
  });

  it('stops the import with a question when the year answered puts lines in the future', async () => {
    // Lines of three days from now, copied a week ago (as OpenSSH_2k.log's 10 Dec lines copied on
    // 3 Dec): the suggestion is the year before; one year later they would lie ahead of today.
    const day = 86_400_000;
    const soon = new Date(Date.now() + 3 * day);
    const stamp = `${soon.toUTCString().slice(8, 11)} ${String(soon.getUTCDate()).padStart(2, ' ')} ${soon.toISOString().slice(11, 19)}`;
    const copied = new File([classicLines(stamp)], 'OpenSSH_2k.log', { lastModified: Date.now() - 7 * day });
    const { db, pick, user } = await renderImportStep('UTC');
    await pick(copied);
    const year = await screen.findByLabelText('Year for OpenSSH_2k.log');
    const suggested = Number((year as HTMLInputElement).value);
    expect(year).toHaveAccessibleDescription(
      new RegExp(`^Suggested: ${suggested} — the file is dated .* the year before\\.$`),
    );
    await user.clear(year);
    await user.type(year, String(suggested + 1));
    await user.click(screen.getByRole('button', { name: 'Import 1 file' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      new RegExp(
        `^Nothing was imported yet\\. Lines of OpenSSH_2k\\.log dated ${stamp.replace(/ +/g, ' ')} would be 3 days in the future ` +
          `if they were from ${suggested + 1} \\(today is .*\\)\\. Which year were they written in\\? ` +
          `${suggested} is the latest that fits\\.$`,
      ),
    );
    expect(year).toHaveAttribute('aria-invalid', 'true');
    expect(year).toHaveFocus();
    expect(await db.evidence.count()).toBe(0);

    await user.clear(year);
    await user.type(year, String(suggested));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('imports nothing on Cancel and returns to choosing files', async () => {
    const { db, pick, user } = await renderImportStep('UTC');
    await pick(novemberLog());
    await screen.findByLabelText('Year for auth.log');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('Year for auth.log')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Choose log files…')).toHaveFocus();
    expect(await db.evidence.count()).toBe(0);
  });
});
