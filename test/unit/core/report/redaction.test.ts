import { describe, expect, it } from 'vitest';
import { createMasker, redactExcerpt, noRedaction } from '../../../../renderer/core/report/redaction';
import { lineMentionsAddress, addressMatcher } from '../../../../renderer/core/report/addressTokens';
import { trimExcerpt } from '../../../../renderer/core/report/excerptTrim';

const rules = {
  knownGood: ['38.158.13.0/24'],
  maskUsers: ['alice', 'deploy'],
  hostNames: ['srv01'],
  ourAddresses: ['198.18.7.9'],
  maskInternalAddresses: true,
};

const lines = [
  'Nov 19 22:06:28 srv01 sshd[2074]: Failed password for root from 34.23.190.173 port 61259 ssh2',
  'Nov 19 22:06:29 srv01 sshd[2075]: Failed password for alice from 34.23.190.173 port 61260 ssh2',
  'Nov 19 22:06:30 srv01 sshd[2076]: Accepted password for admin from 34.23.190.173 port 61261 ssh2',
  'Nov 19 22:06:31 srv01 sshd[2077]: Connection from 34.23.190.173 port 6 on 10.0.0.5 port 22',
  'Nov 19 22:06:32 srv01 sshd[2078]: Failed password for root from 134.23.190.173 port 1 ssh2',
  'Nov 19 22:06:33 srv01 sshd[2079]: Accepted publickey for alice from 38.158.13.55 port 2 ssh2',
  'Nov 19 22:06:34 srv01 sshd[2080]: 34.23.190.173 and 38.158.13.55 on 198.18.7.9 user deploy',
  'Nov 19 22:06:35 srv01 sshd[2081]: Invalid user alice2 from 34.23.190.173 port 3',
];

describe('redacting a log excerpt for an abuse desk', () => {
  const excerpt = redactExcerpt(lines, ['34.23.190.173'], rules);
  const sent = excerpt.lines.join('\n');

  it('keeps only lines that mention the reported address as a whole address', () => {
    expect(excerpt.lines).toHaveLength(4);
    expect(sent).not.toContain('134.23.190.173');
    expect(lineMentionsAddress(lines[4] ?? '', '34.23.190.173')).toBe(false);
  });

  it('removes lines about successful logins, whoever logged in', () => {
    expect(sent).not.toMatch(/Accepted/);
    expect(excerpt.removedSuccessfulLogins).toBe(1);
  });

  it('removes every line that mentions a known-good address', () => {
    expect(sent).not.toContain('38.158.13.55');
    expect(excerpt.removedKnownGood).toBe(1);
  });

  it('masks our user names, host name and addresses with numbered placeholders', () => {
    expect(sent).not.toMatch(/\balice\b/);
    expect(sent).not.toContain('srv01');
    expect(sent).toContain('Failed password for [user-1] from 34.23.190.173');
    expect(sent).toContain('on [internal-address] port 22');
    expect(sent).toContain('[our-server] sshd[2074]');
    // A name that only starts like ours is the attacker's guess, not our account.
    expect(sent).toContain('Invalid user alice2 from');
  });

  it('gives each masked user the same placeholder everywhere', () => {
    const masker = createMasker(rules);
    expect(masker.userLabel('deploy')).toBe('[user-2]');
    expect(masker.mask('deploy deploy alice')).toBe('[user-2] [user-2] [user-1]');
    expect(createMasker(noRedaction).mask('alice on srv01')).toBe('alice on srv01');
  });

  it('treats an IPv4-mapped IPv6 address as the same client', () => {
    expect(lineMentionsAddress('from ::ffff:34.23.190.173 port 1', '34.23.190.173')).toBe(true);
  });

  it('matches known-good entries as addresses or ranges and ignores unreadable ones', () => {
    const isKnown = addressMatcher(['10.1.0.0/16', '2001:db8::1', 'not an address']);
    expect(isKnown('10.1.200.3')).toBe(true);
    expect(isKnown('10.2.0.1')).toBe(false);
    expect(isKnown('2001:db8:0:0::1')).toBe(true);
  });
});

describe('trimming a long excerpt', () => {
  it('keeps the first and last lines and says how many were left out', () => {
    const many = Array.from({ length: 100 }, (_, index) => `line ${index + 1}`);
    const trimmed = trimExcerpt(many, 3, 2);
    expect(trimmed.leftOut).toBe(95);
    expect(trimmed.lines).toEqual([
      'line 1',
      'line 2',
      'line 3',
      expect.stringContaining('95 lines left out'),
      'line 99',
      'line 100',
    ]);
  });

  it('leaves a short excerpt whole', () => {
    expect(trimExcerpt(['a', 'b'], 3, 2)).toEqual({ lines: ['a', 'b'], leftOut: 0 });
  });
});
