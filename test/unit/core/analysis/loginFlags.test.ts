import { describe, expect, it } from 'vitest';
import type { AttackSource, Login } from '../../../../renderer/core/analysis/attackSource';
import { flagLogins } from '../../../../renderer/core/analysis/loginFlags';

const login = (ip: string | undefined): Login => ({
  time: 1_000,
  user: 'admin',
  ip,
  method: 'password',
  service: 'sshd',
  file: 'auth.log',
  line: 1,
  flags: [],
});

const source = (ip: string, failures: number, invalidUsers: number): AttackSource => ({
  ip,
  scope: 'public',
  failures,
  invalidUsers,
  refused: 0,
  probes: 0,
  successes: 1,
  users: [],
  services: ['sshd'],
  firstSeen: 0,
  lastSeen: 0,
});

describe('flagLogins', () => {
  const sources = [source('34.23.190.173', 25, 0), source('203.0.113.8', 0, 3), source('38.158.13.55', 0, 0)];

  it('flags a login from an address that failed passwords', () => {
    expect(flagLogins([login('34.23.190.173')], sources)[0]?.flags).toEqual(['from-attacking-address']);
  });

  it('flags a login from an address that only guessed user names', () => {
    expect(flagLogins([login('203.0.113.8')], sources)[0]?.flags).toEqual(['from-attacking-address']);
  });

  it('leaves a login from a quiet or unknown address, or without an address, unflagged', () => {
    expect(
      flagLogins([login('38.158.13.55'), login('198.51.100.1'), login(undefined)], sources).map(
        (each) => each.flags,
      ),
    ).toEqual([[], [], []]);
  });

  it('does not flag twice when run again, and leaves the input untouched', () => {
    const input = [login('34.23.190.173')];
    const once = flagLogins(input, sources);
    expect(flagLogins(once, sources)[0]?.flags).toEqual(['from-attacking-address']);
    expect(input[0]?.flags).toEqual([]);
  });
});
