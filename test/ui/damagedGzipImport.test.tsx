// The Import step and a rotated .gz cut while being copied: refused in one sentence, with the
// choice to import what of it can be read; once chosen, the outcome says where it was cut.
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
import type { NotebookApi } from '../../preload/api';
import { inProcessImportClient } from '../support/inProcessImportClient';
import { backupLogins, cutMultiMemberGzip } from '../support/largeLogs';

describe('importing a .gz whose last member is cut', () => {
  it('refuses it with "Import the readable part anyway", and imports the readable part with its note when chosen', async () => {
    const db = new NotebookDatabase(`damaged-import-${Math.random()}`);
    await updateSettings(db, { timeZone: 'UTC' });
    const caseId = await createCase(db, { title: 'srv01', server: 'srv01', description: '', noticedBy: '' });
    useNotebookStore.setState({
      openCaseId: caseId,
      step: 'import',
      runningImport: null,
      importOutcomes: [],
      readingPick: null,
      timeQuestion: null,
    });
    render(
      <AppServicesProvider
        services={{ db, api: {} as NotebookApi, importRunner: createImportRunner(inProcessImportClient(db)) }}
      >
        <App />
      </AppServicesProvider>,
    );
    const user = userEvent.setup();
    const cut = cutMultiMemberGzip([...backupLogins(3000, 10)], 3, 100);
    await user.upload(await screen.findByLabelText('Choose log files…'), [
      new File([cut.slice()], 'auth.log.2.gz', { lastModified: Date.parse('2026-11-20T12:00:00Z') }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Import 1 file' }));

    const refusal = await screen.findByText(
      /is a compressed \(\.gz\) file that is cut off/,
      {},
      { timeout: 10_000 },
    );
    expect(refusal).toHaveTextContent(
      /nothing from it was kept; copy it from the server again, or import the readable part anyway\./,
    );
    expect(await db.evidence.count()).toBe(0);

    await user.click(within(refusal).getByRole('button', { name: 'Import the readable part anyway' }));
    const imported = await screen.findByText(
      /^Imported auth\.log\.2\.gz: 2,9\d\d lines/,
      {},
      { timeout: 10_000 },
    );
    expect(imported).toHaveTextContent(
      /Check: Only the readable part of this compressed file was imported, as you chose/,
    );
    expect(screen.queryByRole('button', { name: 'Import the readable part anyway' })).toBeNull();
    await waitFor(async () => expect(await db.evidence.count()).toBe(1));
  });
});
