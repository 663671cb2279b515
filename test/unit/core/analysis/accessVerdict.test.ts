import { describe, expect, it } from 'vitest';
import type { Login } from '../../../../renderer/core/analysis/attackSource';
import { accessVerdict, loginKey } from '../../../../renderer/core/analysis/accessVerdict';
import { listsLogins } from '../../../../renderer/core/analysis/caseVerdict';

const login = (fields: Partial<Login>): Login => ({
  time: Date.UTC(2026, 10, 21, 3, 12),
  user: 'admin',
  ip: '203.0.113.7',
  service: 'sshd',
  file: 'auth.log',
  line: 40,
  flags: [],
  ...fields,
});

const base = { startsMidAttack: false, hasLoginRecords: true };

describe('accessVerdict', () => {
  it('says "No one got in" when there is no login at all', () => {
    expect(accessVerdict({ ...base, logins: [] })).toMatchObject({
      status: 'no-access',
      reason: 'No one got in: these logs show no successful login at all.',
    });
  });

  it('takes the person at their word: a flagged login marked expected is not a break-in', () => {
    const flagged = login({
      flags: ['from-attacking-address'],
      priorFailures: { total: 7, sinceLastLogin: 7, otherUsersSinceLastLogin: 0 },
    });
    const decisions = new Map([
      [loginKey(flagged), { expected: true, note: 'that was me, I forgot my password' }],
    ]);
    expect(accessVerdict({ ...base, logins: [flagged] }).status).toBe('access');
    expect(accessVerdict({ ...base, logins: [flagged], decisions }).status).toBe('no-access');
    expect(accessVerdict({ ...base, logins: [flagged], decisions }).reason).toBe(
      'No one got in: the only successful login did not come from an attacking address. You marked 1 login as expected.',
    );
  });

  it('a login the person marked not expected is a break-in even without flags', () => {
    const quiet = login({ user: 'bob', ip: '192.0.2.4' });
    const decisions = new Map([[loginKey(quiet), { expected: false, note: 'nobody was working then' }]]);
    expect(accessVerdict({ ...base, logins: [quiet], decisions })).toMatchObject({
      status: 'access',
      reason:
        'Someone got in: login as bob from 192.0.2.4 at 21 Nov 03:12 (UTC) (you marked it as not expected).',
      evidence: [{ file: 'auth.log', line: 40 }],
    });
  });

  it('cannot tell from a logwatch summary alone, and says what to collect', () => {
    const verdict = accessVerdict({ ...base, hasLoginRecords: false, logins: [] });
    expect(verdict.status).toBe('unknown');
    expect(verdict.collectNext[0]).toMatch(/\/var\/log\/auth\.log/);
    expect(listsLogins('logwatch')).toBe(false);
    expect(listsLogins('openssh')).toBe(true);
  });

  it('a break-in found in a log that starts mid-attack is still a break-in', () => {
    const flagged = login({ flags: ['from-attacking-address'] });
    expect(accessVerdict({ ...base, startsMidAttack: true, logins: [flagged] }).status).toBe('access');
  });
});
