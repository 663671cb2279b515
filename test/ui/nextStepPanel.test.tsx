import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { File as NodeFile } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppServicesProvider } from '../../renderer/ui/appServices';
import { NotebookDatabase } from '../../renderer/db/schema';
import { createCase } from '../../renderer/db/queries';
import { caseLogins } from '../../renderer/db/queries';
import { decideAttack, decideLogin } from '../../renderer/db/decisions';
import { importFile } from '../../renderer/workers/importFile';
import { NextStepPanel } from '../../renderer/ui/caseView/NextStepPanel';
import { useNotebookStore } from '../../renderer/state/store';
import type { NotebookApi } from '../../preload/api';
import type { ImportRunner } from '../../renderer/state/importRunner';

async function caseWith(fixture?: string) {
  const db = new NotebookDatabase(`next-step-test-${Math.random()}`);
  const caseId = await createCase(db, { title: 'Test', server: 'srv01', description: '', noticedBy: '' });
  if (fixture) {
    const file = new NodeFile(
      [readFileSync(resolve('test/fixtures/sshd', fixture))],
      fixture,
    ) as unknown as File;
    await importFile(
      db,
      { caseId, file, time: { year: 2026, timeZone: 'UTC' } },
      () => undefined,
      new AbortController().signal,
    );
  }
  return { db, caseId };
}

function renderPanel(db: NotebookDatabase, caseId: number) {
  const services = { db, api: {} as NotebookApi, importRunner: {} as ImportRunner };
  return render(
    <AppServicesProvider services={services}>
      <NextStepPanel caseId={caseId} />
    </AppServicesProvider>,
  );
}

const panel = async () => screen.findByRole('region', { name: 'What to do now' });

describe('the "what to do now" panel', () => {
  it('asks a new case for its logs, with one button to the Import step', async () => {
    useNotebookStore.getState().openCase(1, 'case');
    const { db, caseId } = await caseWith();
    renderPanel(db, caseId);
    const region = await panel();
    expect(region).toHaveTextContent("Add the server's logs");
    await userEvent.setup().click(within(region).getByRole('button', { name: 'Import the logs' }));
    expect(useNotebookStore.getState().step).toBe('import');
  });

  it('puts a login that looks like a break-in first, and moves on once it is answered', async () => {
    useNotebookStore.getState().openCase(1, 'case');
    const { db, caseId } = await caseWith('attacker-succeeds.log');
    renderPanel(db, caseId);
    const region = await panel();
    expect(region).toHaveTextContent(
      /look like a break-in\. Say whether you know them before anything else\./,
    );
    expect(within(region).getByRole('button', { name: 'Check the logins now' })).toBeInTheDocument();

    // The person knows them (a test log): the attack decision is what waits next.
    for (const login of await caseLogins(db, caseId))
      await decideLogin(db, caseId, login, { expected: true, note: 'our own test' });
    expect(await within(region).findByRole('button', { name: 'Confirm the attack' })).toBeInTheDocument();
    await decideAttack(db, caseId, 'attack', 'many passwords from one address');
    // 203.0.113.7 is a documentation address: nothing to look up, so the summary is next.
    expect(await within(region).findByRole('button', { name: 'Write the summary' })).toBeInTheDocument();
  });

  it('says the work is on the page the person is on, instead of a button to it', async () => {
    useNotebookStore.getState().openCase(1, 'import');
    const { db, caseId } = await caseWith();
    renderPanel(db, caseId);
    const region = await panel();
    expect(region).toHaveTextContent('It is on this page.');
    expect(within(region).queryByRole('button')).toBeNull();
  });
});
