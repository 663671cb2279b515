// The case screens around the journal: the case list, renaming, closing with a note, reopening,
// deleting with a typed confirmation, the person's details, and the storage warning.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/ui/App';
import { AppServicesProvider } from '../../renderer/ui/appServices';
import { NotebookDatabase } from '../../renderer/db/schema';
import { openNewCase } from '../../renderer/db/caseLifecycle';
import { caseJournal } from '../../renderer/db/journal';
import { createImportRunner } from '../../renderer/state/importRunner';
import { useNotebookStore } from '../../renderer/state/store';
import type { NotebookApi } from '../../preload/api';
import { inProcessImportClient } from '../support/inProcessImportClient';

afterEach(() => vi.unstubAllGlobals());

async function renderApp(setUp?: (db: NotebookDatabase) => Promise<void>) {
  const db = new NotebookDatabase(`case-screens-${Math.random()}`);
  await setUp?.(db);
  // Only what these screens call; a bridge method they never reach is left out on purpose.
  const api = {
    getAppInfo: async () => ({ name: 'Incident Notebook', version: 'test', host: 'browser' as const }),
    loadSampleLog: async () => ({ name: 'sample-auth.log', bytes: new Uint8Array() }),
    saveFile: async () => ({ saved: false as const }),
  } satisfies Partial<NotebookApi> as unknown as NotebookApi;
  useNotebookStore.setState({ openCaseId: null, step: 'case', runningImport: null, importOutcomes: [] });
  render(
    <AppServicesProvider services={{ db, api, importRunner: createImportRunner(inProcessImportClient(db)) }}>
      <App />
    </AppServicesProvider>,
  );
  return { db };
}

const details = { server: 'srv01', description: '', noticedBy: '' };

describe('the case list', () => {
  it('shows title, status, server, when opened and last activity, newest activity first', async () => {
    await renderApp(async (db) => {
      await openNewCase(db, { ...details, title: 'Older' }, '', Date.UTC(2026, 10, 1));
      await openNewCase(db, { ...details, title: 'Newer', server: '' }, '', Date.UTC(2026, 10, 2));
    });
    const table = await screen.findByRole('table', { name: 'Your cases' });
    const rows = within(table).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('CaseStatusServerOpenedLast activity');
    expect(rows[1]).toHaveTextContent('NewerOpen—2026-11-02 00:00:00 UTC2026-11-02 00:00:00 UTC');
    expect(rows[2]).toHaveTextContent('OlderOpensrv012026-11-01 00:00:00 UTC');
  });

  it('warns when the space this app may use is nearly full, and says whether storage is persistent', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: {
        estimate: async () => ({ usage: 950 * 1024 * 1024, quota: 1024 * 1024 * 1024 }),
        persisted: async () => true,
      },
    });
    await renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('Space is running out: only 74 MB left.');
    expect(screen.getByText(/Kept safe: the browser promised not to clear your cases/)).toBeInTheDocument();
  });
});

describe('changing a case', () => {
  it('journals a rename, asks for a closing note, reopens, and deletes only after the title is typed', async () => {
    const user = userEvent.setup();
    const { db } = await renderApp(async (db) => {
      await openNewCase(db, { ...details, title: 'Failed logins' }, 'Dana');
    });
    await user.click(await screen.findByRole('button', { name: 'Failed logins' }));
    const steps = await screen.findByRole('navigation', { name: 'Workflow steps' });
    await user.click(within(steps).getByRole('button', { name: 'Case' }));

    const title = await screen.findByLabelText('Case title');
    await user.clear(title);
    await user.type(title, 'SSH attack');
    await user.type(screen.getByLabelText('Who was told'), 'the owner');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved, and noted in the journal.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'SSH attack' })).toBeInTheDocument();

    const closingNote = screen.getByLabelText('Closing note');
    expect(closingNote).toBeRequired();
    await user.type(closingNote, 'Address blocked, nobody got in.');
    await user.click(screen.getByRole('button', { name: 'Close case' }));
    expect(await screen.findByText('Closing note: Address blocked, nobody got in.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reopen case' }));
    expect(await screen.findByRole('heading', { name: 'Close the case' })).toBeInTheDocument();

    const [caseRow] = await db.cases.toArray();
    expect((await caseJournal(db, caseRow!.id)).map((entry) => entry.summary)).toEqual([
      'Case opened: Failed logins',
      'Case renamed from "Failed logins" to "SSH attack"',
      'Case closed: Address blocked, nobody got in.',
      'Case reopened',
    ]);

    await user.click(screen.getByText('Delete this case…'));
    const deleteButton = screen.getByRole('button', { name: 'Delete case for good' });
    await user.type(screen.getByLabelText('Type the case title to confirm'), 'SSH attac');
    expect(deleteButton).toBeDisabled();
    await user.type(screen.getByLabelText('Type the case title to confirm'), 'k');
    await user.click(deleteButton);
    expect(
      await screen.findByRole('heading', { name: 'Found something alarming in a server log?' }),
    ).toBeInTheDocument();
    expect(await db.journal.count()).toBe(0);
  });
});

describe('your details', () => {
  it('are saved and used as the author of new journal entries', async () => {
    const user = userEvent.setup();
    const { db } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Your details' }));
    await user.type(await screen.findByLabelText('Your name'), 'Dana Example');
    await user.type(screen.getByLabelText('Organisation'), 'Example Dental');
    await user.selectOptions(screen.getByLabelText('Your time zone'), 'Europe/Berlin');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to your cases' }));
    await user.type(await screen.findByLabelText('Case title'), 'Mail server');
    await user.click(screen.getByRole('button', { name: 'Start case' }));
    const journal = await screen.findByRole('list', { name: 'Journal entries' }, { timeout: 5_000 });
    expect(within(journal).getByText('Written by Dana Example')).toBeInTheDocument();
    const [entry] = await db.journal.toArray();
    expect(entry?.authorName).toBe('Dana Example');
  });
});
