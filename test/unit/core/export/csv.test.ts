import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../../renderer/core/export/csv';
import { attackSourcesCsv } from '../../../../renderer/core/export/attackSourcesCsv';
import type { AttackSource } from '../../../../renderer/core/analysis/attackSource';

describe('CSV cells an attacker chose', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
  ])('writes %j as text, never as a formula', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('quotes every cell and doubles quotes, so commas and line breaks stay inside their cell', () => {
    expect(csvCell('a,b\n"c"')).toBe('"a,b\n""c"""');
  });

  it('leaves numbers, including negative ones, as numbers', () => {
    expect(csvCell(-3)).toBe('"-3"');
  });

  it('joins rows with CRLF and starts with the header', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('"a","b"\r\n"1","x"\r\n');
  });
});

describe('the attacking addresses as CSV', () => {
  it('neutralises a formula in a user name and keeps HTML as plain text', () => {
    const source = {
      ip: '203.0.113.9',
      scope: 'public',
      failures: 2,
      invalidUsers: 1,
      refused: 0,
      probes: 0,
      successes: 0,
      users: [
        { user: '=HYPERLINK("http://x")', count: 1 },
        { user: '<img src=x onerror=alert(1)>', count: 1 },
      ],
      services: ['sshd'],
      firstSeen: Date.UTC(2026, 0, 1),
      lastSeen: Date.UTC(2026, 0, 2),
    } as AttackSource;
    const csv = attackSourcesCsv([source]);
    const row = csv.split('\r\n')[1] ?? '';
    // Attempts, passwords tried, guesses of unknown names, keys, refusals, connections, logins.
    expect(
      row.startsWith('"203.0.113.9","public","3","2","1","0","0","0","0","2026-01-01T00:00:00.000Z"'),
    ).toBe(true);
    expect(row).toContain(`"'=HYPERLINK(""http://x"") (1); <img src=x onerror=alert(1)> (1)"`);
  });
});
