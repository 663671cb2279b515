// The Source step with a spy bridge: nothing is sent until a button is pressed, offline mode sends
// nothing at all, and a result lands on the screen and in the journal.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { NotebookApi } from '../../preload/api';
import type { AddressLookup } from '../../renderer/core/lookup/addressLookup';
import { readRdapText } from '../../renderer/core/lookup/rdapRecord';
import { caseJournal } from '../../renderer/db/journal';
import { NotebookDatabase } from '../../renderer/db/schema';
import { AppServicesProvider } from '../../renderer/ui/appServices';
import { SourceStep } from '../../renderer/ui/sourceStep/SourceStep';
import { createImportRunner } from '../../renderer/state/importRunner';
import { inProcessImportClient } from '../support/inProcessImportClient';

const source = (ip: string, failures: number, scope: 'public' | 'private') => ({
  ip,
  scope,
  failures,
  invalidUsers: 0,
  refused: 0,
  probes: 0,
  successes: 0,
  users: [{ user: 'root', count: failures }],
  services: ['sshd'],
  firstSeen: 0,
  lastSeen: 0,
});

async function renderStep() {
  const db = new NotebookDatabase(`source-step-${Math.random()}`);
  const caseId = await db.cases.add({
    title: 'Failed logins',
    server: 'srv01',
    description: '',
    noticedBy: '',
    status: 'open',
    createdAt: 0,
    updatedAt: 0,
  });
  const evidenceId = await db.evidence.add({
    caseId,
    name: 'auth.log',
    size: 1,
    sha256: 'ab',
    importedAt: 0,
    formatId: 'sshd',
    formatLabel: 'OpenSSH',
    timeZone: 'UTC',
    year: 2026,
    lines: 1,
    events: 1,
    unrecognized: 0,
    unrecognizedSample: [],
    status: 'complete',
  });
  await db.attackSources.bulkAdd([
    { ...source('74.125.225.229', 40, 'public'), caseId, evidenceId },
    { ...source('192.168.1.20', 3, 'private'), caseId, evidenceId },
  ] as never);
  const reading = readRdapText(readFileSync('test/fixtures/rdap/arin__74.125.225.229.json', 'utf8'));
  if (!reading.ok) throw new Error(reading.problem);
  const lookUpAddress = vi.fn(async ({ ip }: { ip: string }): Promise<AddressLookup> => ({
    ip,
    scope: 'public',
    lookedUpAt: Date.parse('2026-11-21T10:00:00Z'),
    source: 'rdap',
    server: `https://rdap.arin.net/registry/ip/${ip}`,
    record: reading.record,
    reverseDns: { status: 'found', hostnames: ['ord08s08-in-f5.1e100.net'], forwardConfirmed: true },
    error: null,
    notes: [],
  }));
  const api = { lookUpAddress } as unknown as NotebookApi;
  render(
    <AppServicesProvider services={{ db, api, importRunner: createImportRunner(inProcessImportClient(db)) }}>
      <SourceStep caseId={caseId} />
    </AppServicesProvider>,
  );
  await screen.findByRole('heading', { name: 'Who is behind it' });
  return { db, caseId, lookUpAddress };
}

describe('the Source step', () => {
  it('sends nothing until asked, then shows who is behind the address and journals it', async () => {
    const { db, caseId, lookUpAddress } = await renderStep();
    expect(
      screen.getByText(/1 public address can be looked up; 1 address is not on the public internet/),
    ).toBeVisible();
    expect(
      within(screen.getByRole('article', { name: 'Address 192.168.1.20' })).getByText(
        /inside your own network/,
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /Look up 192\.168\.1\.20/ })).toBeNull();
    expect(lookUpAddress).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Look up 74.125.225.229' }));
    const card = screen.getByRole('article', { name: 'Address 74.125.225.229' });
    expect(
      await within(card).findByText('This address belongs to Google Inc.; write to arin-contact@google.com.'),
    ).toBeVisible();
    expect(
      within(card).getByText(/ord08s08-in-f5\.1e100\.net \(the name maps back to this address\)/),
    ).toBeVisible();
    expect(lookUpAddress).toHaveBeenCalledWith({ ip: '74.125.225.229' });
    expect((await caseJournal(db, caseId)).map((entry) => entry.summary)).toEqual([
      'Looked up 74.125.225.229 via RDAP (ARIN): network GOOGLE, abuse arin-contact@google.com',
    ]);
  });

  it('sends nothing in offline mode and remembers the choice', async () => {
    const { db, lookUpAddress } = await renderStep();
    await userEvent.click(screen.getByLabelText('Offline mode: no network requests of any kind'));
    expect(screen.getByRole('button', { name: 'Look up 74.125.225.229' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /Look up all public addresses/ })).toBeNull();
    expect(screen.getByText(/Offline mode is on: nothing leaves this computer/)).toBeVisible();
    expect(lookUpAddress).not.toHaveBeenCalled();
    await vi.waitFor(async () =>
      expect(await db.settings.get('offlineMode')).toEqual({ name: 'offlineMode', value: true }),
    );
  });
});
