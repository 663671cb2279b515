import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/ui/App';
import { AppServicesProvider } from '../../renderer/ui/appServices';
import { NotebookDatabase } from '../../renderer/db/schema';
import { createImportRunner } from '../../renderer/state/importRunner';
import { useNotebookStore } from '../../renderer/state/store';
import type { NotebookApi } from '../../preload/api';
import { inProcessImportClient } from '../support/inProcessImportClient';

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
    composeAbuseEmail: async () => new Uint8Array(),
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
    await user.upload(screen.getByLabelText('Choose log files…'), new File([sampleLog], 'auth.log'));
    await user.selectOptions(await screen.findByLabelText('Time zone for auth.log'), 'UTC');
    await user.clear(screen.getByLabelText('Year for auth.log'));
    await user.type(screen.getByLabelText('Year for auth.log'), '2026');
    await user.click(screen.getByRole('button', { name: 'Import 1 file' }));

    expect(
      await screen.findByText(/Imported auth\.log: 4,000 lines/, {}, { timeout: 10_000 }),
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
