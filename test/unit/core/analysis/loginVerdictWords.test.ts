// The verdict's words follow the weight of the evidence: "Someone got in" only for a login from an
// address that attacked, or after failures for its user from its network, or one the person says
// was not them; everything merely unusual is a login to check, asked about until answered.
import { describe, expect, it } from 'vitest';
import type { AttackSource, Login } from '../../../../renderer/core/analysis/attackSource';
import { accessVerdict } from '../../../../renderer/core/analysis/accessVerdict';
import { flagLogins, isSuspiciousLogin } from '../../../../renderer/core/analysis/loginFlags';
import { loginQuestions } from '../../../../renderer/core/analysis/loginQuestions';
import { loginGroupKey, loginKey, loginStanding } from '../../../../renderer/core/analysis/loginStanding';

const hour = 3_600_000;
const t0 = Date.UTC(2026, 10, 21, 2);
let nextLine = 1;

const login = (fields: Partial<Login> = {}): Login => ({
  time: t0,
  user: 'bob',
  ip: '192.168.1.21',
  method: 'publickey',
  service: 'sshd',
  file: 'auth.log',
  line: nextLine++,
  flags: [],
  ...fields,
});

const source = (ip: string, fields: Partial<AttackSource> = {}): AttackSource => ({
  ip,
  scope: 'public',
  failures: 0,
  invalidUsers: 0,
  refused: 0,
  probes: 0,
  successes: 0,
  users: [],
  services: ['sshd'],
  firstSeen: t0,
  lastSeen: t0 + 4 * hour,
  ...fields,
});

const verdictOf = (logins: Login[], sources: AttackSource[], decisions = new Map()) =>
  accessVerdict({
    logins: flagLogins(logins, sources),
    decisions,
    startsMidAttack: false,
    hasLoginRecords: true,
  });

/** A 4-hour attack on root and admin from one outside address. */
const attacker = source('203.0.113.7', {
  failures: 411,
  users: [
    { user: 'root', count: 300 },
    { user: 'admin', count: 111 },
  ],
});

describe('the verdict words', () => {
  it('calls one root password login from a never-seen address with no failures a login to check', () => {
    const office = [1, 2, 3].map((n) => login({ time: t0 - n * 24 * hour }));
    const root = login({ time: t0 + 5 * hour, user: 'root', ip: '198.51.100.9', method: 'password' });
    const verdict = verdictOf([...office, root], [attacker]);
    expect(verdict.status).toBe('to-check');
    expect(verdict.reason).toBe(
      'No login came from an attacking address, but one login needs your answer — do you know it? It is the ' +
        `login as root from 198.51.100.9 at 21 Nov 07:00 (UTC): a user name the attackers tried, the first ` +
        'login from its network.',
    );
    expect(verdict.reason).not.toMatch(/Someone got in/);
  });

  it('asks about the only login during a 4-hour attack, by a new user from a new address', () => {
    const stranger = login({ time: t0 + 2 * hour, user: 'carol', ip: '198.51.100.40' });
    const [flagged] = flagLogins([stranger], [attacker]);
    expect(flagged?.reasons?.map((reason) => reason.text)).toEqual([
      'Logged in while the attack went on (21 Nov 02:00 to 21 Nov 06:00 UTC).',
    ]);
    expect(verdictOf([stranger], [attacker])).toMatchObject({
      status: 'to-check',
      reason: expect.stringMatching(
        /^No login came from an attacking address, but one login needs your answer/,
      ),
      evidence: [{ line: stranger.line }],
    });
  });

  it('leads with the outside login after the most failures, never with a loopback login after one mistype', () => {
    // sslh hands every connection to sshd from 127.0.0.1: the attack comes through it too.
    const tunnel = source('127.0.0.1', {
      scope: 'loopback',
      failures: 900,
      users: [{ user: 'elastic_user_7', count: 40 }],
    });
    const outside = source('45.9.20.11', { failures: 147, users: [{ user: 'deploy', count: 147 }] });
    const local = login({
      time: t0 + hour,
      user: 'elastic_user_7',
      ip: '127.0.0.1',
      priorFailures: { total: 900, sinceLastLogin: 1, otherUsersSinceLastLogin: 12 },
    });
    const breakIn = login({
      time: t0 + 2 * hour,
      user: 'deploy',
      ip: '45.9.20.11',
      method: 'password',
      priorFailures: { total: 147, sinceLastLogin: 147, otherUsersSinceLastLogin: 0 },
    });
    const verdict = verdictOf([local, breakIn], [tunnel, outside]);
    expect(verdict.status).toBe('access');
    expect(verdict.reason).toBe(
      'Someone got in: login as deploy from 45.9.20.11 at 21 Nov 04:00 (UTC) after 147 wrong passwords or keys from ' +
        'that address. One other login still needs your answer (below).',
    );
    expect(verdict.evidence.map((line) => line.line)).toEqual([breakIn.line]);
  });

  it('never says a loopback login got in from outside: it is one to check when its user name was attacked', () => {
    const tunnel = source('127.0.0.1', {
      scope: 'loopback',
      failures: 60,
      users: [{ user: 'git', count: 60 }],
    });
    const local = login({
      time: t0 + 10 * hour,
      user: 'git',
      ip: '127.0.0.1',
      priorFailures: { total: 60, sinceLastLogin: 60, otherUsersSinceLastLogin: 4 },
    });
    const [flagged] = flagLogins([local], [tunnel]);
    expect(flagged?.flags).toEqual(['user-attackers-tried']);
    expect(flagged?.reasons?.[0]?.text).toBe(
      'Came from 127.0.0.1, the server itself: through a tunnel or port forward on the server (sslh, stunnel, ' +
        '"ssh -R", an RDP gateway) or a program on the server itself. The address does not say where the person was.',
    );
    const verdict = verdictOf([local], [tunnel]);
    expect(verdict.status).toBe('to-check');
    expect(verdict.reason).toMatch(
      /it came through the server itself \(loopback\), for a user name that was attacked/,
    );
  });

  it('leaves a loopback login unflagged when its user name was not attacked', () => {
    const local = login({ time: t0 - 24 * hour, user: 'backup', ip: '::1' });
    const [flagged] = flagLogins([local], [attacker]);
    expect(flagged?.flags).toEqual([]);
    expect(flagged?.reasons?.map((reason) => reason.flag)).toEqual(['loopback']);
    expect(verdictOf([local], [attacker]).status).toBe('no-access');
  });

  it('says someone got in after failures for that user from the same /24, without a lookup', () => {
    const neighbour = source('203.0.113.200', { failures: 30, users: [{ user: 'admin', count: 30 }] });
    const inside = login({ time: t0 + hour, user: 'admin', ip: '203.0.113.9', method: 'password' });
    const [flagged] = flagLogins([inside], [neighbour]);
    expect(flagged?.flags).toContain('from-attacking-network');
    expect(flagged?.reasons?.[0]?.text).toBe(
      'Other addresses of the same network (203.0.113.0/24) tried the user name "admin" 30 times before this ' +
        'login: 203.0.113.200.',
    );
    expect(verdictOf([inside], [neighbour]).reason).toBe(
      'Someone got in: login as admin from 203.0.113.9 at 21 Nov 03:00 (UTC) after failures for that user name ' +
        'from its network.',
    );
  });

  it('judges an IPv6 network by its /64, and not by failures that came only after the login', () => {
    const neighbour = source('2001:db8:5:6::99', { failures: 8, users: [{ user: 'root', count: 8 }] });
    const before = login({ time: t0 + hour, user: 'root', ip: '2001:db8:5:6::1' });
    expect(isSuspiciousLogin(flagLogins([before], [neighbour])[0]!)).toBe(true);
    const otherNetwork = login({ time: t0 + hour, user: 'root', ip: '2001:db8:5:7::1' });
    expect(isSuspiciousLogin(flagLogins([otherNetwork], [neighbour])[0]!)).toBe(false);
    const earlier = login({ time: t0 - hour, user: 'root', ip: '2001:db8:5:6::1' });
    expect(isSuspiciousLogin(flagLogins([earlier], [neighbour])[0]!)).toBe(false);
  });
});

describe('the questions about logins', () => {
  const office = (hours: number, user = 'bob', ip = '198.51.100.21') =>
    login({ time: t0 + hours * hour, user, ip });

  it('asks once per user name and network, and one answer covers the group', () => {
    const logins = flagLogins(
      [office(1), office(2, 'bob', '198.51.100.22'), office(3, 'alice'), office(9)],
      [attacker],
    );
    const questions = loginQuestions(logins, new Map());
    expect(questions.map((question) => [question.user, question.network, question.logins.length])).toEqual([
      ['bob', '198.51.100.0/24', 2],
      ['alice', '198.51.100.0/24', 1],
    ]);
    const yes = new Map([[loginGroupKey(logins[0]!), { expected: true, note: 'the office' }]]);
    expect(logins.map((each) => loginStanding(each, yes))).toEqual([
      'explained',
      'explained',
      'to-check',
      'explained', // outside the attack window, never asked, but the group's answer covers it
    ]);
    expect(loginQuestions(logins, yes).map((question) => question.unanswered)).toEqual([1, 0]);
  });

  it("never lets a group's yes cover a login the evidence calls a break-in", () => {
    const breakIn = login({
      time: t0 + hour,
      user: 'root',
      ip: '203.0.113.7',
      priorFailures: { total: 300, sinceLastLogin: 300, otherUsersSinceLastLogin: 1 },
    });
    const logins = flagLogins([breakIn], [attacker]);
    const groupYes = new Map([[loginGroupKey(breakIn), { expected: true, note: '' }]]);
    expect(loginStanding(logins[0]!, groupYes)).toBe('got-in');
    expect(loginQuestions(logins, new Map())).toEqual([]);
    const ownYes = new Map([[loginKey(breakIn), { expected: true, note: 'me, forgot my password' }]]);
    expect(loginStanding(logins[0]!, ownYes)).toBe('explained');
  });

  it('takes "not expected" for a group as a break-in by the person\'s word', () => {
    const logins = flagLogins([office(1)], [attacker]);
    const no = new Map([[loginGroupKey(logins[0]!), { expected: false, note: 'nobody works then' }]]);
    expect(verdictOf([office(1)], [attacker], no).reason).toMatch(
      /^Someone got in: login as bob from 198\.51\.100\.21 at .* \(you marked it as not expected\)\.$/,
    );
  });

  it('keeps a log that starts mid-attack "cannot tell", and says logins still wait for an answer', () => {
    const verdict = accessVerdict({
      logins: flagLogins([office(1)], [attacker]),
      startsMidAttack: true,
      hasLoginRecords: true,
    });
    expect(verdict.status).toBe('unknown');
    expect(verdict.reason).toMatch(
      /so a login before that would not be in them\. In the time they cover no login came from an attacking address, but one login needs your answer \(below\)\.$/,
    );
  });
});
