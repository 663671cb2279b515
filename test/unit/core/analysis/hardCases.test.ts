import { describe, expect, it } from 'vitest';
import { analyzeFixture } from './analyzeFixture';

describe('did they get in? — the hard cases, from whole logs', () => {
  it('a colleague who mistypes once and then logs in is shown but not called an attack', () => {
    const { logins, verdict, classification } = analyzeFixture('mistype-then-login.log');
    const mistyped = logins.find((login) => login.line === 12);
    expect(mistyped?.flags).toEqual([]);
    expect(mistyped?.reasons?.map((reason) => reason.flag)).toEqual(['failed-first']);
    expect(mistyped?.reasons?.[0]?.text).toMatch(
      /failed 1 time just before — most likely a mistyped password/,
    );
    expect(classification.kind).toBe('mistyped-password');
    expect(classification.reason).toMatch(/Only 192\.168\.1\.20 failed, 1 time for "alice"/);
    expect(verdict.status).toBe('no-access');
    expect(verdict.reason).toBe(
      'No one got in: none of the 4 successful logins came from an attacking address.',
    );
  });

  it('an attacker that guesses a password and logs in is the verdict, with the line it rests on', () => {
    const { logins, verdict, classification } = analyzeFixture('attacker-succeeds.log');
    const breakIn = logins.find((login) => login.line === 18);
    expect(breakIn?.flags).toEqual(['from-attacking-address']);
    expect(breakIn?.reasons?.[0]?.text).toMatch(
      /^203\.0\.113\.7 failed 12 times before this login, also for 3 other user names \("root", "oracle" and "test"\)\.$/,
    );
    const cameBack = logins.find((login) => login.line === 25);
    expect(cameBack?.flags).toContain('from-attacking-address');
    expect(cameBack?.reasons?.[0]?.text).toMatch(/already got in at 21 Nov 03:12/);
    expect(classification.kind).toBe('brute-force');
    expect(classification.reason).toMatch(
      /^203\.0\.113\.7 alone tried 12 passwords for 4 user names, 7 of them for "admin"\./,
    );
    expect(verdict).toMatchObject({
      status: 'access',
      reason:
        'Someone got in: login as admin from 203.0.113.7 at 21 Nov 03:12 (UTC) after 12 wrong passwords or keys from that address. 1 more login looks the same.',
    });
    expect(verdict.evidence[0]).toEqual({
      file: 'attacker-succeeds.log',
      line: 18,
      text: 'Nov 21 03:12:09 srv01 sshd[3300]: Accepted password for admin from 203.0.113.7 port 41999 ssh2',
    });
  });

  it('an address that logs in without failing first, for a name others attacked, is a login to check', () => {
    // Changed on purpose (issue 14): a new address for a tried name is asked about, not "Someone got in".
    const { logins, verdict } = analyzeFixture('success-without-failing.log');
    const stranger = logins.find((login) => login.ip === '203.0.113.50');
    expect(stranger?.flags).toEqual(['user-attackers-tried', 'new-address']);
    expect(stranger?.reasons?.map((reason) => reason.text)).toEqual([
      'Attackers tried the user name "admin" 15 times from 1 address.',
      'First login from 203.0.113.50 (network 203.0.113.0/24): none of the 3 earlier logins in these logs came from it.',
    ]);
    expect(verdict).toMatchObject({
      status: 'to-check',
      reason:
        'No login came from an attacking address, but one login needs your answer — do you know it? It is the ' +
        'login as admin from 203.0.113.50 at 21 Nov 11:20 (UTC): a user name the attackers tried, the first ' +
        'login from its network.',
      evidence: [{ line: 19 }],
    });
  });

  it('a log that starts mid-attack cannot show that no one got in, and says what to collect', () => {
    const { verdict } = analyzeFixture('starts-mid-attack.log');
    expect(verdict.status).toBe('unknown');
    expect(verdict.reason).toMatch(
      /^Cannot tell from these logs: the attack was already going on when they begin \(21 Nov 06:25 UTC\)/,
    );
    expect(verdict.collectNext.join(' ')).toMatch(/auth\.log\.1/);
  });

  it('the shipped sample: admin from 34.23.190.173 got in at line 2826, and only the attacker is flagged as attacking', () => {
    const { logins, verdict } = analyzeFixture('sample-auth.log');
    expect(verdict.status).toBe('access');
    expect(verdict.evidence.map((line) => line.line)).toEqual([2826, 3021, 3520]);
    expect(verdict.reason).toMatch(
      /^Someone got in: login as admin from 34\.23\.190\.173 at 20 Nov 10:14 \(UTC\) after 25 wrong passwords or keys/,
    );
    expect(
      logins.filter((login) => login.flags.includes('from-attacking-address')).map((login) => login.ip),
    ).toEqual(['34.23.190.173', '34.23.190.173', '34.23.190.173']);
  });

  it('the sample cut before the break-in: every login during the attack is asked about, none is a break-in', () => {
    // Changed on purpose (issue 14): logins inside the attack window are asked about until answered.
    const { verdict } = analyzeFixture('sample-before-break-in.log');
    expect(verdict.status).toBe('to-check');
    expect(verdict.reason).toBe(
      'No login came from an attacking address, but 5 logins need your answer — do you know them? The first ' +
        'is the login as deploy from 12.92.127.208 at 20 Nov 04:49 (UTC): the first login from its network, ' +
        'while the attack went on.',
    );
  });
});
