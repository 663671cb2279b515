import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/ui/App';
import { AppServicesProvider } from '../../renderer/ui/appServices';
import { NotebookDatabase } from '../../renderer/db/schema';
import { createImportRunner } from '../../renderer/state/importRunner';
import { useNotebookStore } from '../../renderer/state/store';
import type { NotebookApi } from '../../preload/api';
import { inProcessImportClient } from '../support/inProcessImportClient';
import { testJournalKey } from '../support/testJournalKey';

const sampleLog = readFileSync(resolve('assets/sample-auth.log'));

function renderApp() {
  const db = new NotebookDatabase(`ui-test-${Math.random()}`);
  const api: NotebookApi = {
    getAppInfo: async () => ({ name: 'Incident Notebook', version: 'test', host: 'browser' }),
    loadSampleLog: async () => ({ name: 'sample-auth.log', bytes: new Uint8Array(sampleLog) }),
    saveFile: async () => ({ saved: false }),
    lookUpAddress: async () => {
      throw new Error('no lookups in this test');
    },
    resolveHostName: async () => {
      throw new Error('no DNS in this test');
    },
    composeAbuseEmail: async () => new Uint8Array(),
    signJournalHead: testJournalKey().sign,
  };
  const importRunner = createImportRunner(inProcessImportClient(db));
  useNotebookStore.setState({ openCaseId: null, step: 'case', runningImport: null, importOutcomes: [] });
  render(
    <AppServicesProvider services={{ db, api, importRunner }}>
      <App />
    </AppServicesProvider>,
  );
  return { db };
}

describe('starting a case and importing a log', () => {
  it('says in one sentence what the log shows and leads on to confirming the attack', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.type(await screen.findByLabelText('Case title'), 'Failed logins on srv01');
    await user.type(screen.getByLabelText('Affected server'), 'srv01');
    await user.click(screen.getByRole('button', { name: 'Start case' }));

    expect(await screen.findByRole('heading', { name: 'Failed logins on srv01' })).toBeInTheDocument();
    const copiedOn = Date.parse('2026-11-21T12:00:00Z');
    await user.upload(
      screen.getByLabelText('Choose log files…'),
      new File([sampleLog], 'auth.log', { lastModified: copiedOn }),
    );
    await user.selectOptions(await screen.findByLabelText('Time zone for auth.log'), 'UTC');
    await user.clear(screen.getByLabelText('Year for auth.log'));
    await user.type(screen.getByLabelText('Year for auth.log'), '2026');
    await user.click(screen.getByRole('button', { name: 'Import 1 file' }));

    expect(
      await screen.findByText(/Imported auth\.log: 4,000 lines/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const evidence = await screen.findByRole('table', { name: 'Evidence' });
    expect(
      within(evidence).getByRole('cell', { name: "UTC, 2026 (from the file's date)" }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        /13 addresses tried 831 passwords for 114 different user names on sshd\. 3 logins look like the attacker getting in: admin from 34\.23\.190\.173/,
        {},
        { timeout: 5_000 },
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next: confirm the attack' }));
    expect(await screen.findByRole('heading', { name: 'Is this an attack?' })).toBeInTheDocument();
  });

  it('imports a Windows CSV whose dates read both ways, and says how they were read and what to check', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await user.type(await screen.findByLabelText('Case title'), 'RDP attempts on fs01');
    await user.click(screen.getByRole('button', { name: 'Start case' }));
    await screen.findByRole('heading', { name: 'RDP attempts on fs01' });
    // Select-Object TimeCreated,Id,Message | Export-Csv on a 24-hour clock: 05/11 is 5 Nov or 11 May.
    const failure =
      '"05/11/2026 12:30:00","4625","An account failed to log on.\n\nAccount For Which Logon Failed:\n' +
      '\tAccount Name:\t\tadmin\n\nNetwork Information:\n\tSource Network Address:\t203.0.113.7\n"\n';
    await user.upload(
      screen.getByLabelText('Choose log files…'),
      new File(['"TimeCreated","Id","Message"\n' + failure], 'security.csv'),
    );
    await user.selectOptions(await screen.findByLabelText('Time zone for security.csv'), 'UTC');
    await user.click(screen.getByRole('button', { name: 'Import 1 file' }));

    const outcome = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(outcome).toHaveTextContent('Imported security.csv');
    expect(outcome).toHaveTextContent(
      'can be read as 5 November 2026 or as 11 May 2026, and no date in it settles which: they were read day first',
    );
    expect(outcome).toHaveTextContent('export the Security log as XML');
    expect(await screen.findByText('Check how security.csv was read:')).toBeInTheDocument();
    const [evidence] = await db.evidence.toArray();
    expect(evidence?.readingNotes?.[0]).toContain('read day first (5 November 2026)');
    const [entry] = (await db.journal.toArray()).filter((row) => row.kind === 'evidence');
    expect(entry?.summary).toContain('they were read day first');
  });

  it('offers a sample case on the empty start screen', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Try it with a sample' }));
    expect(
      await screen.findByRole('heading', { name: 'Sample: failed logins on srv01' }),
    ).toBeInTheDocument();
    expect(await screen.findByText(/Imported sample-auth\.log/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Workflow steps' })).toBeInTheDocument();
  });

  it('says clearly when a file is empty and keeps the case as it was', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Start case' }));
    await user.upload(await screen.findByLabelText('Choose log files…'), new File([], 'empty.log'));
    expect(await screen.findByText(/"empty\.log" is empty/)).toBeInTheDocument();
    expect(await screen.findByText(/No logs in this case yet/)).toBeInTheDocument();
  });
});
