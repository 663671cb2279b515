// The Follow-up step's checklist holds back a command that would lock people out until its
// precondition is met, and says what to check first.
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NotebookDatabase } from '../../renderer/db/schema';
import { AppServicesProvider } from '../../renderer/ui/appServices';
import { RemediationChecklist } from '../../renderer/ui/followUpStep/RemediationChecklist';
import { remediationChecklist } from '../../renderer/core/report/remediationChecklist';
import { caseJournal } from '../../renderer/db/journal';
import type { NotebookApi } from '../../preload/api';
import type { ImportRunner } from '../../renderer/state/importRunner';

const login = (user: string, method: string) => ({
  user,
  method,
  ip: '198.51.100.4',
  service: 'sshd',
  flags: [],
});

describe('the remediation checklist on screen', () => {
  it('shows "PasswordAuthentication no" only once keys are confirmed, and warns before root and AllowUsers', async () => {
    const db = new NotebookDatabase(`remediation-${Math.random()}`);
    const caseId = await db.cases.add({
      title: 't',
      server: '',
      description: '',
      noticedBy: '',
      status: 'open',
      createdAt: 0,
      updatedAt: 0,
    });
    const items = remediationChecklist([], {
      logins: [login('alice', 'publickey'), login('root', 'password')],
      keysConfirmed: false,
    });
    render(
      <AppServicesProvider services={{ db, api: {} as NotebookApi, importRunner: {} as ImportRunner }}>
        <RemediationChecklist caseId={caseId} items={items} done={new Set()} />
      </AppServicesProvider>,
    );
    const keys = screen.getByText('Keys instead of passwords').closest('li')!;
    expect(within(keys).queryByText(/PasswordAuthentication no/)).toBeNull();
    expect(keys).toHaveTextContent(/Not yet: 1 login in these logs did not use a key \("root"\)/);
    await userEvent.click(
      within(keys).getByLabelText('Every account that logs in over SSH has a working key'),
    );
    expect(within(keys).getByText(/PasswordAuthentication no/)).toBeInTheDocument();
    await waitFor(async () =>
      expect((await caseJournal(db, caseId)).map((entry) => entry.summary)).toContain(
        'Done: Every account that logs in over SSH has a working key.',
      ),
    );
    const root = screen.getByText('No direct root login').closest('li')!;
    expect(root).toHaveTextContent(/Before you do this: root logged in once in these logs/);
    const allow = screen.getByText('Only named people may log in').closest('li')!;
    expect(within(allow).getByText('AllowUsers alice root')).toBeInTheDocument();
  });
});
