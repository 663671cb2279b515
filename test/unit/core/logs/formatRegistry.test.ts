import { describe, expect, it } from 'vitest';
import { detectFormat, formatById, logFormats } from '../../../../renderer/core/logs/formatRegistry';

describe('formatRegistry', () => {
  it('detects OpenSSH in a classic auth.log sample', () => {
    const sample = [
      'Nov 19 22:00:01 srv01 CRON[2032]: pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)',
      'Nov 19 22:06:28 srv01 sshd[2074]: Failed password for root from 203.0.113.5 port 61259 ssh2',
    ];
    expect(detectFormat(sample)?.id).toBe('openssh');
  });

  it('detects OpenSSH in an RFC 3339 sample', () => {
    expect(
      detectFormat(['2026-11-21T10:48:21.123456+00:00 srv01 sshd[123]: Invalid user a from 203.0.113.5'])?.id,
    ).toBe('openssh');
  });

  it('detects nothing in text that is no log', () => {
    expect(detectFormat(['Dear Sir or Madam,', 'please find attached'])).toBeUndefined();
    expect(detectFormat([])).toBeUndefined();
  });

  it('finds a format by its id and lists unique ids', () => {
    expect(formatById('openssh')?.label).toMatch(/OpenSSH/);
    expect(formatById('nope')).toBeUndefined();
    const ids = logFormats.map((format) => format.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
