import { describe, expect, it } from 'vitest';
import type { AttackSource, Login } from '../../../../renderer/core/analysis/attackSource';
import { flagLogins, isSuspiciousLogin } from '../../../../renderer/core/analysis/loginFlags';
import { defaultAttackThresholds } from '../../../../renderer/core/analysis/attackThresholds';

const hour = 3_600_000;
const day = 24 * hour;
let nextLine = 1;

const login = (fields: Partial<Login> = {}): Login => ({
  time: Date.UTC(2026, 10, 21, 9),
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
  firstSeen: 0,
  lastSeen: 0,
  ...fields,
});

const attacker = source('203.0.113.7', {
  failures: 411,
  users: [
    { user: 'admin', count: 300 },
    { user: 'root', count: 111 },
  ],
});

describe('flagLogins: from an address that also failed', () => {
  it('flags a login after at least 5 failures from its address since its last login', () => {
    const [flagged] = flagLogins(
      [
        login({
          ip: '203.0.113.7',
          user: 'admin',
          priorFailures: { total: 411, sinceLastLogin: 411, otherUsersSinceLastLogin: 1 },
        }),
      ],
      [attacker],
    );
    expect(flagged?.flags).toContain('from-attacking-address');
    expect(flagged?.reasons?.[0]?.text).toBe(
      '203.0.113.7 failed 411 times before this login, also for 1 other user name ("root").',
    );
    expect(isSuspiciousLogin(flagged as Login)).toBe(true);
  });

  it('flags a login after failures for 2 other user names, even if few', () => {
    const [flagged] = flagLogins(
      [
        login({
          ip: '198.51.100.9',
          priorFailures: { total: 2, sinceLastLogin: 2, otherUsersSinceLastLogin: 2 },
        }),
      ],
      [source('198.51.100.9', { failures: 2 })],
    );
    expect(flagged?.flags).toContain('from-attacking-address');
  });

  it('does not call a mistyped password an attack, but says it failed first', () => {
    const [mistyped] = flagLogins(
      [
        login({
          user: 'alice',
          priorFailures: { total: 40, sinceLastLogin: 1, otherUsersSinceLastLogin: 0 },
        }),
      ],
      [source('192.168.1.21', { failures: 40, successes: 44, users: [{ user: 'alice', count: 40 }] })],
    );
    expect(mistyped?.flags).toEqual([]);
    expect(mistyped?.reasons?.map((reason) => reason.flag)).toEqual(['failed-first']);
  });

  it('flags every later login of an address that broke in, even without new failures', () => {
    const flagged = flagLogins(
      [
        login({
          ip: '203.0.113.7',
          user: 'admin',
          time: 1_000,
          priorFailures: { total: 411, sinceLastLogin: 411, otherUsersSinceLastLogin: 1 },
        }),
        login({
          ip: '203.0.113.7',
          user: 'admin',
          time: 9_000,
          priorFailures: { total: 411, sinceLastLogin: 0, otherUsersSinceLastLogin: 0 },
        }),
      ],
      [attacker],
    );
    expect(flagged[1]?.flags).toContain('from-attacking-address');
    expect(flagged[1]?.reasons?.[0]?.text).toMatch(/this is it coming back/);
  });

  it('judges logins stored without per-login counts by the address totals', () => {
    const [old] = flagLogins([login({ ip: '203.0.113.7', user: 'admin' })], [attacker]);
    expect(old?.flags).toContain('from-attacking-address');
  });

  it('never flags an address the person marked as ours as attacking', () => {
    const [ours] = flagLogins(
      [
        login({
          ip: '203.0.113.7',
          user: 'admin',
          priorFailures: { total: 9, sinceLastLogin: 9, otherUsersSinceLastLogin: 0 },
        }),
      ],
      [attacker],
      { knownGood: { networks: ['203.0.113.0/24'], userNames: [] } },
    );
    expect(ours?.flags).not.toContain('from-attacking-address');
  });

  it('returns new objects in the input order and leaves the input untouched', () => {
    const input = [login({ time: 5_000 }), login({ time: 1_000 })];
    const output = flagLogins(input, []);
    expect(output.map((each) => each.time)).toEqual([5_000, 1_000]);
    expect(input[0]?.reasons).toBeUndefined();
  });
});

describe('flagLogins: for a user name the attackers tried', () => {
  it('flags a login as a name other addresses attacked', () => {
    const [flagged] = flagLogins([login({ ip: '192.0.2.50', user: 'admin' })], [attacker]);
    expect(flagged?.flags).toEqual(['user-attackers-tried']);
    expect(flagged?.reasons?.[0]?.text).toBe(
      'Attackers tried the user name "admin" 300 times from 1 address.',
    );
    expect(isSuspiciousLogin(flagged as Login)).toBe(false);
  });

  it('does not count a colleague address that mistyped the same name as an attacker', () => {
    const colleague = source('192.168.1.20', {
      failures: 1,
      successes: 3,
      users: [{ user: 'alice', count: 1 }],
    });
    const [flagged] = flagLogins([login({ user: 'alice' })], [colleague]);
    expect(flagged?.flags).toEqual([]);
  });
});

describe('flagLogins: from an address never seen logging in before', () => {
  const office = (time: number) => login({ time, ip: '192.168.1.21' });

  it('flags the first login from a new network once 3 earlier logins show what is usual', () => {
    const flagged = flagLogins(
      [office(1), office(2), office(3), login({ time: 4, ip: '198.51.100.60' })],
      [],
    );
    expect(flagged.map((each) => each.flags)).toEqual([[], [], [], ['new-address']]);
    expect(flagged[3]?.reasons?.[0]?.text).toBe(
      'First login from 198.51.100.60 (network 198.51.100.0/24): none of the 3 earlier logins in these logs came from it.',
    );
  });

  it('treats a new address in a known network as known', () => {
    const flagged = flagLogins([office(1), office(2), office(3), login({ time: 4, ip: '192.168.1.99' })], []);
    expect(flagged[3]?.flags).toEqual([]);
  });

  it('does not judge the first logins of a log, when there is nothing to compare with', () => {
    expect(flagLogins([login({ ip: '198.51.100.60' })], [])[0]?.flags).toEqual([]);
  });

  it('a new address for a tried name, without failing first, is flagged but not a break-in by itself', () => {
    // Changed on purpose (issue 14): it is a login to check (see loginStanding), not "Someone got in".
    const flagged = flagLogins(
      [office(1), office(2), office(3), login({ time: 4, ip: '192.0.2.77', user: 'admin' })],
      [attacker],
    );
    expect(flagged[3]?.flags).toEqual(['user-attackers-tried', 'new-address']);
    expect(isSuspiciousLogin(flagged[3] as Login)).toBe(false);
  });
});

describe('flagLogins: at an unusual hour for the user', () => {
  const at = (dayNumber: number, hourOfDay: number, minute = 0) =>
    login({
      user: 'alice',
      time: Date.UTC(2026, 10, 1) + dayNumber * day + hourOfDay * hour + minute * 60_000,
    });

  it('flags a 03:12 login of a user who otherwise logs in between 08:00 and 17:30', () => {
    const logins = [at(0, 8), at(1, 10), at(2, 12), at(3, 14), at(4, 16), at(5, 17, 30), at(6, 3, 12)];
    const flagged = flagLogins(logins, []);
    expect(flagged[6]?.flags).toEqual(['unusual-hour']);
    expect(flagged[6]?.reasons?.[0]?.text).toBe(
      '"alice" otherwise logs in between 08:00 and 17:30 UTC (6 other logins); this one was at 03:12 UTC.',
    );
    expect(flagged.slice(0, 6).every((each) => each.flags.length === 0)).toBe(true);
  });

  it('needs at least 5 other logins of the user to judge', () => {
    const flagged = flagLogins([at(0, 8), at(1, 9), at(2, 12), at(3, 3)], []);
    expect(flagged[3]?.flags).toEqual([]);
  });

  it('reads hours around midnight as close (23:30 and 00:30)', () => {
    const flagged = flagLogins(
      [at(0, 23, 30), at(1, 22), at(2, 23), at(3, 23, 45), at(4, 22, 30), at(5, 0, 30)],
      [],
    );
    expect(flagged[5]?.flags).toEqual([]);
  });
});

describe('flagLogins: Windows logon types from an attacking address', () => {
  const rdpAttacker = source('198.51.100.4', { failures: 40, users: [{ user: 'administrator', count: 40 }] });

  it('flags a Remote Desktop logon (type 10) from an address that failed 40 times', () => {
    const [flagged] = flagLogins(
      [login({ ip: '198.51.100.4', user: 'clerk', service: 'windows', logonType: 10 })],
      [rdpAttacker],
      { thresholds: { ...defaultAttackThresholds } },
    );
    expect(flagged?.flags).toContain('remote-logon-from-attacker');
    expect(flagged?.reasons?.find((reason) => reason.flag === 'remote-logon-from-attacker')?.text).toBe(
      'Remote Desktop logon (LogonType 10) from 198.51.100.4, which failed 40 times in these logs.',
    );
    expect(isSuspiciousLogin(flagged as Login)).toBe(true);
  });

  it('flags a network logon (type 3) too, but not a console logon (type 2)', () => {
    const flagged = flagLogins(
      [
        login({ ip: '198.51.100.4', user: 'clerk', logonType: 3 }),
        login({ ip: '198.51.100.4', user: 'clerk', logonType: 2 }),
      ],
      [rdpAttacker],
    );
    expect(flagged[0]?.flags).toContain('remote-logon-from-attacker');
    expect(flagged[1]?.flags).not.toContain('remote-logon-from-attacker');
  });
});
