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

/** `answers`: what the bridge answers for an address (else the ARIN record); `more`: extra public sources. */
async function renderStep(answers: Record<string, AddressLookup> = {}, more: string[] = []) {
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
    ...more.map((ip) => ({ ...source(ip, 12, 'public'), caseId, evidenceId })),
  ] as never);
  const reading = readRdapText(readFileSync('test/fixtures/rdap/arin__74.125.225.229.json', 'utf8'));
  if (!reading.ok) throw new Error(reading.problem);
  const lookUpAddress = vi.fn(
    async ({ ip }: { ip: string }): Promise<AddressLookup> =>
      answers[ip] ?? {
        ip,
        scope: 'public',
        lookedUpAt: Date.parse('2026-11-21T10:00:00Z'),
        source: 'rdap',
        server: `https://rdap.arin.net/registry/ip/${ip}`,
        record: reading.record,
        reverseDns: { status: 'found', hostnames: ['ord08s08-in-f5.1e100.net'], forwardConfirmed: true },
        error: null,
        notes: [],
      },
  );
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
  it('shows the five busiest addresses and folds the rest away, one click from view', async () => {
    const more = ['23.1.2.1', '23.1.2.2', '23.1.2.3', '23.1.2.4', '23.1.2.5', '23.1.2.6', '23.1.2.7'];
    await renderStep({}, more);
    const fold = screen.getByText(/^3 more addresses, with fewer attempts each/).closest('details')!;
    expect(fold).not.toHaveAttribute('open');
    expect(
      within(fold)
        .getAllByRole('article')
        .map((card) => card.getAttribute('aria-label')),
    ).toHaveLength(3);
    expect(fold).not.toContainElement(screen.getByRole('article', { name: 'Address 74.125.225.229' }));
  });

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

const rdapLookup = (ip: string, fixture: string): AddressLookup => {
  const reading = readRdapText(readFileSync(`test/fixtures/rdap/${fixture}`, 'utf8'));
  if (!reading.ok) throw new Error(reading.problem);
  return {
    ip,
    scope: 'public',
    lookedUpAt: Date.parse('2026-11-21T10:00:00Z'),
    source: 'rdap',
    server: `https://rdap.example/ip/${ip}`,
    record: reading.record,
    reverseDns: { status: 'none' },
    error: null,
    notes: [],
  };
};

describe('the Source step when the registry is no help', () => {
  it('says what failed and what to try, never "None registered", when the lookup did not work', async () => {
    const problem =
      "ARIN has no record for 23.1.2.3 (404 not found); paste the WHOIS answer from the registry's web page instead";
    await renderStep(
      {
        '23.1.2.3': {
          ...rdapLookup('23.1.2.3', 'arin__74.125.225.229.json'),
          record: null,
          reverseDns: null,
          error: problem,
        },
      },
      ['23.1.2.3'],
    );
    await userEvent.click(screen.getByRole('button', { name: 'Look up 23.1.2.3' }));
    const card = screen.getByRole('article', { name: 'Address 23.1.2.3' });
    expect(await within(card).findByRole('alert')).toHaveTextContent(`The lookup did not work: ${problem}.`);
    expect(within(card).getByText('Not known: no registry has answered for this address yet.')).toBeVisible();
    expect(card).not.toHaveTextContent(/None registered|no abuse contact is registered/i);
  });

  it("names AFRINIC's listed contact, labelled with its role, when there is no abuse entity", async () => {
    await renderStep(
      { '2001:43f8:7b0::1': rdapLookup('2001:43f8:7b0::1', 'afrinic__2001_43f8_7b0__.json') },
      ['2001:43f8:7b0::1'],
    );
    await userEvent.click(screen.getByRole('button', { name: 'Look up 2001:43f8:7b0::1' }));
    const card = screen.getByRole('article', { name: 'Address 2001:43f8:7b0::1' });
    expect(
      await within(card).findByText(
        'This address is in the network ORG-TA38-AFRINIC, Kenya (KE), whose owner the registry does not name; ' +
          'it names no abuse contact: write to ' +
          'mwangi@isoc.org, the organisation the network is registered to.',
      ),
    ).toBeVisible();
    expect(card).toHaveTextContent(
      "None in the registry's answer. The report can go to mwangi@isoc.org — the organisation the network is " +
        'registered to (ORG-TA38-AFRINIC), not an abuse desk: ask them to pass it on.',
    );
    expect(card).toHaveTextContent(
      'TESPOK TESPOK (role not given): jpmuga@tespok.co.ke, phone +254 020 2245036',
    );
  });

  it("offers the registry's page for a missing abuse contact, never the registry's mailbox", async () => {
    const ip = '2001:240:10c:1::ca20:9d1d';
    await renderStep({ [ip]: rdapLookup(ip, 'apnic__2001_240_10c_1__ca20_9d1d.json') }, [ip]);
    await userEvent.click(screen.getByRole('button', { name: `Look up ${ip}` }));
    const card = screen.getByRole('article', { name: `Address ${ip}` });
    expect(
      await within(card).findByText(/it names no abuse contact and no other mailbox of the network\.$/),
    ).toBeVisible();
    expect(card).toHaveTextContent(
      'You can tell APNIC that the abuse contact is missing, on its page for that: ' +
        'https://www.apnic.net/manage-ip/using-whois/abuse-and-spamming/',
    );
    expect(card).not.toHaveTextContent(/write to hostmaster@nic\.ad\.jp/);
  });

  it('refuses a pasted WHOIS answer for another network and says which network it describes', async () => {
    const { db } = await renderStep({}, ['183.62.140.253']);
    const card = screen.getByRole('article', { name: 'Address 183.62.140.253' });
    await userEvent.click(within(card).getByText('Paste WHOIS text or enter the abuse contact yourself'));
    await userEvent.click(within(card).getByLabelText('WHOIS answer for 183.62.140.253'));
    await userEvent.paste(readFileSync('test/fixtures/whois/apnic__210.107.73.73.txt', 'utf8'));
    await userEvent.click(within(card).getByRole('button', { name: 'Read WHOIS text' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent(
      'This WHOIS answer describes the network 210.107.0.0/17 ' +
        '(BORANET-NET-210-107, 210.107.0.0 – 210.107.127.255), which does not contain 183.62.140.253',
    );
    expect(within(card).queryByText(/This address belongs to|write to abuse@bora\.net/)).toBeNull();
    expect(await db.addressLookups.count()).toBe(0);
  });
});
