import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { File as NodeFile } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppServicesProvider } from '../../renderer/ui/appServices';
import { NotebookDatabase } from '../../renderer/db/schema';
import { createCase } from '../../renderer/db/queries';
import { caseJournal } from '../../renderer/db/journal';
import { updateSettings } from '../../renderer/db/settings';
import { importFile } from '../../renderer/workers/importFile';
import { ConfirmStep } from '../../renderer/ui/confirmStep/ConfirmStep';
import { LoginsStep } from '../../renderer/ui/loginsStep/LoginsStep';
import type { NotebookApi } from '../../preload/api';
import type { ImportRunner } from '../../renderer/state/importRunner';
import { stubTableLayout } from './layoutStub';

stubTableLayout();

async function caseWith(fixture: string) {
  const db = new NotebookDatabase(`confirm-test-${Math.random()}`);
  const caseId = await createCase(db, { title: 'Test', server: 'srv01', description: '', noticedBy: '' });
  const bytes = readFileSync(resolve('test/fixtures/sshd', fixture));
  const file = new NodeFile([bytes], fixture) as unknown as File;
  await importFile(
    db,
    { caseId, file, time: { year: 2026, timeZone: 'UTC' } },
    () => undefined,
    new AbortController().signal,
  );
  return { db, caseId };
}

function renderStep(db: NotebookDatabase, step: React.ReactNode) {
  const services = { db, api: {} as NotebookApi, importRunner: {} as ImportRunner };
  return render(<AppServicesProvider services={services}>{step}</AppServicesProvider>);
}

describe('the Confirm step', () => {
  it('stamps the decision and the address details in the office zone once one is set', async () => {
    const user = userEvent.setup();
    const { db, caseId } = await caseWith('attacker-succeeds.log');
    await updateSettings(db, { timeZone: 'Europe/Berlin' });
    renderStep(db, <ConfirmStep caseId={caseId} />);
    await user.click(await screen.findByRole('button', { name: 'Confirm: this is an attack' }));
    expect(
      await screen.findByText(/You confirmed: this is an attack\..*\d\d:\d\d:\d\d CET/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Details of 203.0.113.7' }));
    const details = screen.getByRole('region', { name: '203.0.113.7 in detail' });
    expect(details).toHaveTextContent('First seen2026-11-21 03:14');
    expect(details).toHaveTextContent(/\d\d:\d\d:\d\d CET/);
  });

  it('says what happened first, names the kind of attack with its reason, and lists the attacker', async () => {
    const { db, caseId } = await caseWith('attacker-succeeds.log');
    renderStep(db, <ConfirmStep caseId={caseId} />);
    expect(
      await screen.findByText(
        /^Between 21 Nov 02:14 and 04:51 \(UTC\), 1 address made 12 login attempts \(all passwords tried\) for 4 different user names on sshd\./,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What kind of attack: Brute force' })).toBeInTheDocument();
    expect(
      screen.getByText(/alone tried 12 passwords for 4 user names, 7 of them for "admin"/),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Addresses that tried to log in and failed' });
    expect(within(table).getByRole('rowheader', { name: '203.0.113.7' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Bar chart\. Busiest minute/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'User names tried most' })).toHaveTextContent('admin');
  });

  it('journals the decision, and sets an address marked as ours apart from the attackers', async () => {
    const user = userEvent.setup();
    const { db, caseId } = await caseWith('attacker-succeeds.log');
    renderStep(db, <ConfirmStep caseId={caseId} />);
    await user.click(await screen.findByRole('button', { name: 'Details of 203.0.113.7' }));
    const details = screen.getByRole('region', { name: '203.0.113.7 in detail' });
    await user.click(within(details).getByRole('button', { name: 'This is ours…' }));
    // One click only asks: the address is still an attacker until the person confirms.
    const asked = screen.getByRole('region', { name: 'Is 203.0.113.7 one of yours?' });
    expect(asked).toHaveAccessibleDescription(
      /203\.0\.113\.7 will be left out of the summary and the e-mails/,
    );
    expect(within(asked).getByRole('heading')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Is 203.0.113.7 one of yours?' })).toBeNull();
    await waitFor(() => expect(within(details).getByRole('button', { name: 'This is ours…' })).toHaveFocus());
    expect(
      screen.getByRole('table', { name: 'Addresses that tried to log in and failed' }),
    ).toBeInTheDocument();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Yes, 203.0.113.7 is ours' }));
    expect(
      await screen.findByRole('table', { name: 'Failed attempts from addresses marked as ours' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Addresses that tried to log in and failed' })).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'No, a false alarm' }));
    await user.type(screen.getByLabelText(/Why is it a false alarm/), 'our own monitoring script');
    await user.click(screen.getByRole('button', { name: 'Dismiss as a false alarm' }));
    expect(
      await screen.findByText(/You dismissed it as a false alarm\. Reason: our own monitoring script/),
    ).toBeInTheDocument();
    const summaries = (await caseJournal(db, caseId)).map((entry) => entry.summary);
    expect(summaries).toContain('Dismissed as a false alarm: our own monitoring script');
    expect(
      summaries.some((summary) => summary.startsWith('Marked the address or network 203.0.113.7 as ours')),
    ).toBe(true);
  });

  it('shows the numbers behind the judgement, and judges again when the person changes one', async () => {
    const user = userEvent.setup();
    const { db, caseId } = await caseWith('attacker-succeeds.log');
    renderStep(db, <ConfirmStep caseId={caseId} />);
    await user.click(await screen.findByText(/The numbers behind this judgement/));
    const field = screen.getByLabelText('Brute force: failed passwords from one address, at least');
    expect(field).toHaveValue(10);
    await user.clear(field);
    await user.type(field, '20');
    await user.click(screen.getByRole('button', { name: 'Save the numbers' }));
    expect(
      await screen.findByRole('heading', { name: 'What kind of attack: A few failed attempts' }),
    ).toBeInTheDocument();
    const summaries = (await caseJournal(db, caseId)).map((entry) => entry.summary);
    expect(summaries).toContain(
      'Changed a threshold of the analysis: Brute force: failed passwords from one address, at least 10 → 20.',
    );
  });

  it('explains an attack from inside the office network', async () => {
    const { db, caseId } = await caseWith('mistype-then-login.log');
    renderStep(db, <ConfirmStep caseId={caseId} />);
    expect(
      await screen.findByRole('heading', { name: 'One address is inside your own network' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/There is no one outside to report this to/)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'What kind of attack: A mistyped password' }),
    ).toBeInTheDocument();
  });
});

describe('the Logins step', () => {
  it('answers "someone got in" with the line it rests on, and switches to containment', async () => {
    const user = userEvent.setup();
    const { db, caseId } = await caseWith('attacker-succeeds.log');
    renderStep(db, <LoginsStep caseId={caseId} />);
    expect(
      await screen.findByText(
        'Someone got in: login as admin from 203.0.113.7 at 21 Nov 03:12 (UTC) after 12 wrong passwords or keys from that address. 1 more login looks the same.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(
        'Nov 21 03:12:09 srv01 sshd[3300]: Accepted password for admin from 203.0.113.7 port 41999 ssh2',
      ).length,
    ).toBeGreaterThan(0);
    const card = screen.getByRole('article', {
      name: /Login as admin from 203\.0\.113\.7 at 2026-11-21 03:12:09 UTC/,
    });
    expect(within(card).getByText(/203\.0\.113\.7 failed 12 times before this login/)).toBeInTheDocument();
    expect(
      within(card).getByText('The session lasted 4 minutes (closed 2026-11-21 03:16:02 UTC).'),
    ).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Show the 40 log lines from this login on' }));
    // The sudo line is in the log even where the app does not interpret it yet: the person can read it.
    expect(await within(card).findByLabelText('Log lines 18 to 27')).toHaveTextContent(
      'COMMAND=/usr/sbin/useradd -m -s /bin/bash support',
    );

    await user.click(screen.getByRole('checkbox', { name: 'Do not wipe or reinstall the server yet' }));
    await user.type(within(card).getByLabelText(/Do you know this login/), 'nobody works at 3 am');
    await user.click(within(card).getByRole('button', { name: 'Not expected' }));
    expect(
      await within(card).findByText(/You marked this login as NOT expected: “nobody works at 3 am”/),
    ).toBeInTheDocument();
    const summaries = (await caseJournal(db, caseId)).map((entry) => entry.summary);
    expect(summaries).toContain('Done: Do not wipe or reinstall the server yet');
    expect(summaries).toContain(
      'Marked the login as admin from 203.0.113.7 (attacker-succeeds.log, line 18) as NOT expected: nobody works at 3 am',
    );
  });

  it('answers "no one got in" for a colleague who mistyped, with no containment steps', async () => {
    const { db, caseId } = await caseWith('mistype-then-login.log');
    renderStep(db, <LoginsStep caseId={caseId} />);
    expect(
      await screen.findByText(
        'No one got in: none of the 4 successful logins came from an attacking address.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /What to do now/ })).toBeNull();
    expect(screen.getByText('No sign of a problem (a mistyped password first)')).toBeInTheDocument();
  });

  it('asks "Do you know this login?" about a login that is only new, and journals the answer for its group', async () => {
    const user = userEvent.setup();
    const { db, caseId } = await caseWith('success-without-failing.log');
    renderStep(db, <LoginsStep caseId={caseId} />);
    expect(
      await screen.findByRole('heading', { name: /Logins to check: do you know them\?/ }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Someone got in/)).toBeNull();
    const card = screen.getByRole('article', { name: 'Logins as admin from 203.0.113.0/24' });
    expect(within(card).getByText(/Attackers tried the user name "admin"/)).toBeInTheDocument();
    await user.type(within(card).getByLabelText(/Do you know this login\?/), 'Dana from the hotel');
    await user.click(within(card).getByRole('button', { name: 'Expected: this was us' }));
    expect(
      await screen.findByText(
        'No one got in: none of the 4 successful logins came from an attacking address. You marked 1 login as expected.',
      ),
    ).toBeInTheDocument();
    expect((await caseJournal(db, caseId)).map((entry) => entry.summary)).toContain(
      'Marked the login as admin from 203.0.113.0/24 as expected: Dana from the hotel',
    );
  });

  it('says it cannot tell when the log starts mid-attack, and what to collect', async () => {
    const { db, caseId } = await caseWith('starts-mid-attack.log');
    renderStep(db, <LoginsStep caseId={caseId} />);
    expect(
      await screen.findByRole('heading', { name: /These logs cannot answer it yet/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/auth\.log\.1/)).toBeInTheDocument();
  });
});
