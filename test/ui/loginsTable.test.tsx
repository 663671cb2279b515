// The table of every login: a million logins of a backup job crashed the page when each was a
// row; above a few hundred only the rows in view are drawn.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import type { Login } from '../../renderer/core/analysis/attackSource';
import { LoginsTable } from '../../renderer/ui/importStep/LoginsTable';
import { stubTableLayout } from './layoutStub';

stubTableLayout();

const backupLogins = (count: number): Login[] =>
  Array.from({ length: count }, (_, index) => ({
    time: Date.UTC(2026, 10, 1) + index * 1000,
    user: 'backup',
    ip: '198.51.100.20',
    method: 'publickey',
    service: 'sshd',
    file: 'auth.log',
    line: index + 1,
    flags: [],
  }));

describe('the table of every login', () => {
  it('draws every row of a few logins', () => {
    render(<LoginsTable logins={backupLogins(12)} />);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(13);
  });

  it('draws only the rows in view of 200,000 logins, and says how many there are', () => {
    render(<LoginsTable logins={backupLogins(200_000)} title="Every successful login" />);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '200001');
    expect(screen.getByText('auth.log, line 1')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('200,000 logins, the ones worth a look first');
  });
});
