// The Import step's evidence table says how each file was read, and its numbers add up; evidence
// imported before the accounting existed shows what it knows and makes nothing up.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { EvidenceList } from '../../renderer/ui/importStep/EvidenceList';
import type { EvidenceRecord } from '../../renderer/db/schema';
import { evidenceRecord } from '../support/evidenceRecord';

const row = (fields: Partial<EvidenceRecord>): EvidenceRecord => ({ id: 1, ...evidenceRecord(1, fields) });

function cellsOf(name: string): (string | null)[] {
  const table = screen.getByRole('table', { name: 'Evidence' });
  const found = within(table).getByRole('row', { name: new RegExp(name) });
  return within(found)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('the evidence table', () => {
  it('shows the lines and those about logins, and says the parts that add up to them', () => {
    const file = row({
      name: 'OpenSSH_2k.log',
      lines: 2_000,
      events: 1_364,
      unrecognized: 143,
      unrecognizedSample: ['Dec 10 06:55:46 LabSZ sshd[24200]: reverse mapping checking …'],
      unit: 'line',
      units: 2_000,
      aboutLogins: 1_857,
      notAboutLogins: 143,
      unreadable: 0,
    });
    render(<EvidenceList evidence={[file]} />);
    expect(cellsOf('OpenSSH_2k.log').slice(3, 5)).toEqual(['2,000', '1,857']);
    expect(
      screen.getByText(/^143 lines of OpenSSH_2k\.log were not about logins — show the first 1$/),
    ).toBeInTheDocument();
    expect(screen.getByText('2,000 lines: 1,857 about logins, 143 not about logins.')).toBeInTheDocument();
  });

  it('shows an old row without the split as what it knows: a dash, not a made-up number', () => {
    render(
      <EvidenceList
        evidence={[row({ name: 'old.log', lines: 20, unrecognized: 3, unrecognizedSample: ['x'] })]}
      />,
    );
    expect(cellsOf('old.log').slice(3, 5)).toEqual(['20', '—']);
    expect(
      screen.getByText(/^3 lines of old\.log were not about logins or unreadable — show/),
    ).toBeInTheDocument();
  });
});
