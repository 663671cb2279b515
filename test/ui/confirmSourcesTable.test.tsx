import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AttackSource } from '../../renderer/core/analysis/attackSource';
import { SourcesTable } from '../../renderer/ui/confirmStep/SourcesTable';
import { stubTableLayout } from './layoutStub';

stubTableLayout();

function manySources(count: number): AttackSource[] {
  return Array.from({ length: count }, (_, index) => ({
    ip: `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`,
    scope: 'private' as const,
    failures: (index * 7919) % 1000,
    invalidUsers: index % 3,
    refused: 0,
    probes: 0,
    successes: 0,
    users: [
      { user: index === 4242 ? '=HYPERLINK("x")<b>bold</b>' : 'root', count: 5 },
      { user: 'admin', count: 2 },
      { user: 'oracle', count: 1 },
      { user: 'test', count: 1 },
    ],
    services: ['sshd'],
    firstSeen: 1_000_000 + index,
    lastSeen: 2_000_000 + index,
  }));
}

describe('the per-address table', () => {
  it('draws only the rows in view for 100,000 addresses, and sorts and filters them all', async () => {
    const user = userEvent.setup();
    const sources = manySources(100_000);
    const started = performance.now();
    render(<SourcesTable sources={sources} title="Addresses that tried to log in and failed" />);
    const firstRender = performance.now() - started;
    const table = screen.getByRole('table', { name: 'Addresses that tried to log in and failed' });
    expect(table).toHaveAttribute('aria-rowcount', '100001');
    const drawn = within(table).getAllByRole('rowheader').length;
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(60);
    expect(firstRender).toBeLessThan(3_000);

    await user.click(within(table).getByRole('button', { name: 'Address' }));
    expect(
      within(table)
        .getAllByRole('rowheader')
        .slice(0, 3)
        .map((cell) => cell.textContent),
    ).toEqual(['10.0.0.0', '10.0.0.1', '10.0.0.2']);
    await user.click(within(table).getByRole('button', { name: 'Address' }));
    expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent('10.1.134.159');
    await user.type(screen.getByLabelText('Show only addresses matching'), 'HYPERLINK');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 100,000 addresses');
    const row = within(table).getByRole('rowheader', { name: '10.0.16.146' }).closest('tr') as HTMLElement;
    // Hostile names stay text: no markup, no formula evaluation.
    await user.click(within(row).getByRole('button', { name: 'Details of 10.0.16.146' }));
    expect(within(row).getByRole('button', { name: 'Details of 10.0.16.146' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const details = screen.getByRole('region', { name: '10.0.16.146 in detail' });
    expect(within(details).getByRole('heading', { level: 4 })).toHaveFocus();
    expect(details.querySelector('b')).toBeNull();
    expect(
      within(within(details).getByRole('list', { name: 'User names tried by 10.0.16.146' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['=HYPERLINK("x")<b>bold</b> — 5', 'admin — 2', 'oracle — 1', 'test — 1']);
    // The table without onMarkOurs (the addresses already ours) offers no "This is ours".
    expect(within(details).queryByRole('button', { name: 'This is ours…' })).toBeNull();
    await user.click(within(details).getByRole('button', { name: 'Close the details' }));
    expect(screen.queryByRole('region', { name: '10.0.16.146 in detail' })).toBeNull();
    expect(within(row).getByRole('button', { name: 'Details of 10.0.16.146' })).toHaveFocus();
  });
});
