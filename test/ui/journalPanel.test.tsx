import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/ui/App';
import { AppServicesProvider } from '../../renderer/ui/appServices';
import { NotebookDatabase } from '../../renderer/db/schema';
import { openNewCase } from '../../renderer/db/caseLifecycle';
import { caseJournal } from '../../renderer/db/journal';
import { updateSettings } from '../../renderer/db/settings';
import { createImportRunner } from '../../renderer/state/importRunner';
import { useNotebookStore } from '../../renderer/state/store';
import type { NotebookApi } from '../../preload/api';
import { inProcessImportClient } from '../support/inProcessImportClient';
import { testJournalKey } from '../support/testJournalKey';
import { signJournalHeadsWith } from '../../renderer/db/journalSeals';

async function renderOpenCase() {
  const db = new NotebookDatabase(`journal-ui-${Math.random()}`);
  const key = testJournalKey();
  // As main.tsx does: the page signs every head it writes, from the first entry on.
  signJournalHeadsWith(db, key.sign);
  await updateSettings(db, { name: 'Dana Example', timeZone: 'Europe/Berlin' });
  const caseId = await openNewCase(
    db,
    { title: 'Failed logins', server: 'srv01', description: '', noticedBy: '' },
    'Dana Example',
  );
  // Only what these screens call; a bridge method they never reach is left out on purpose.
  const api = {
    getAppInfo: async () => ({ name: 'Incident Notebook', version: 'test', host: 'browser' }),
    loadSampleLog: async () => ({ name: 'sample-auth.log', bytes: new Uint8Array() }),
    saveFile: async () => ({ saved: false }),
    signJournalHead: key.sign,
  } satisfies Partial<NotebookApi> as unknown as NotebookApi;
  useNotebookStore.setState({ openCaseId: caseId, step: 'case', runningImport: null, importOutcomes: [] });
  render(
    <AppServicesProvider services={{ db, api, importRunner: createImportRunner(inProcessImportClient(db)) }}>
      <App />
    </AppServicesProvider>,
  );
  await screen.findByRole('heading', { name: 'Failed logins' });
  return { db, caseId };
}

const entryList = () => screen.getByRole('list', { name: 'Journal entries' });

describe('the journal panel', () => {
  it('adds a phone call with whom, role, organisation and follow-up date, written by the person', async () => {
    const user = userEvent.setup();
    const { db, caseId } = await renderOpenCase();
    await user.click(screen.getByRole('radio', { name: 'Call or meeting' }));
    await user.type(screen.getByLabelText('With whom'), 'Sam Provider');
    await user.type(screen.getByLabelText('Their role'), 'abuse desk');
    await user.type(screen.getByLabelText('Their organisation'), 'Hosting Ltd');
    await user.type(screen.getByLabelText('What was said'), 'They opened a ticket.');
    await user.type(screen.getByLabelText('Follow up on (optional)'), '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Add to journal' }));
    const entry = await within(entryList()).findByRole('listitem', {
      name: 'Entry 2: Phone call with Sam Provider (abuse desk, Hosting Ltd): They opened a ticket.',
    });
    expect(entry).toHaveTextContent('follow up on:2026-12-01');
    expect(entry).toHaveTextContent('Written by Dana Example');
    expect(entry).toHaveTextContent(/UTC \(\d\d \w+, \d\d:\d\d Europe\/Berlin\)/);
    const [, stored] = await caseJournal(db, caseId);
    expect(stored).toMatchObject({ kind: 'call', author: 'person', authorName: 'Dana Example' });
  });

  it('keeps both times when a decision is dated back to when it happened', async () => {
    const user = userEvent.setup();
    const { db, caseId } = await renderOpenCase();
    await user.click(screen.getByRole('radio', { name: 'Decision' }));
    await user.type(screen.getByLabelText('What was decided'), 'Block the address');
    await user.type(screen.getByLabelText('Why'), 'It keeps trying');
    const when = screen.getByLabelText(/When it happened/);
    await user.clear(when);
    await user.type(when, '2026-11-20T09:30');
    await user.click(screen.getByRole('button', { name: 'Add to journal' }));
    await within(entryList()).findByText('Decided: Block the address');
    const [, decision] = await caseJournal(db, caseId);
    // Changed on purpose (issue 17): the field is in the office's zone (Europe/Berlin, UTC+1 then).
    expect(screen.getByLabelText('When it happened (office time, Europe/Berlin)')).toBeTruthy();
    expect(decision?.occurredAt).toBe(Date.UTC(2026, 10, 20, 8, 30));
    expect(decision?.writtenAt).toBeGreaterThan(decision?.occurredAt ?? 0);
    expect(decision?.details).toEqual({ 'decided by': 'Dana Example', why: 'It keeps trying' });
  });

  it('adds a correction as a new entry and shows it beside the original', async () => {
    const user = userEvent.setup();
    await renderOpenCase();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Called the host at 10:00');
    await user.click(screen.getByRole('button', { name: 'Add to journal' }));
    await within(entryList()).findByText('Called the host at 10:00');
    await user.click(screen.getByRole('button', { name: 'Correct this entry (#2)' }));
    await user.type(screen.getByLabelText(/What is right instead/), 'It was 11:00');
    await user.click(screen.getByRole('button', { name: 'Add correction' }));
    const original = await within(entryList()).findByRole('listitem', {
      name: 'Entry 2: Called the host at 10:00',
    });
    expect(await within(original).findByRole('note')).toHaveTextContent('Corrected by entry #3');
    expect(within(original).getByText(/It was 11:00/)).toBeInTheDocument();
    const correction = within(entryList()).getByRole('listitem', { name: 'Entry 3: It was 11:00' });
    expect(correction).toHaveTextContent('Corrects entry #2: “Called the host at 10:00”');
  });

  it('filters by kind and by text, and can be collapsed', async () => {
    const user = userEvent.setup();
    await renderOpenCase();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Patched the server');
    await user.click(screen.getByRole('button', { name: 'Add to journal' }));
    await within(entryList()).findByText('Patched the server');
    await user.selectOptions(screen.getByLabelText('Show'), 'note');
    expect(within(entryList()).getAllByRole('listitem')).toHaveLength(1);
    await user.selectOptions(screen.getByLabelText('Show'), 'all');
    await user.type(screen.getByLabelText('Search'), 'failed LOGINS');
    expect(
      within(entryList())
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('aria-label')),
    ).toEqual(['Entry 1: Case opened: Failed logins']);
    await user.click(screen.getByRole('button', { name: 'Hide journal' }));
    expect(screen.queryByRole('list', { name: 'Journal entries' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show journal' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows the journal head hash in the case', async () => {
    await renderOpenCase();
    expect(
      await screen.findByText('Record checked: nothing changed since it was written (1 entry).'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Journal head hash').textContent).toMatch(/^[0-9a-f]{64}$/);
  });
});
