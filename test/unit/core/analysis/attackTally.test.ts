import { describe, expect, it } from 'vitest';
import type { AuthEvent, EventKind } from '../../../../renderer/core/logs/authEvent';
import { createAttackTally } from '../../../../renderer/core/analysis/attackTally';
import { attackAttempts } from '../../../../renderer/core/analysis/attackOrder';

let nextLine = 1;
function event(kind: EventKind, fields: Partial<AuthEvent> = {}): AuthEvent {
  return { time: 1_000, service: 'sshd', kind, count: 1, line: nextLine++, ...fields };
}

function tallyOf(events: AuthEvent[]) {
  const tally = createAttackTally('auth.log');
  for (const each of events) tally.add(each);
  return tally;
}

const attacker = '203.0.113.5';

describe('createAttackTally', () => {
  it('counts a guessed user name once although sshd writes an "Invalid user" and a "Failed password" line for it', () => {
    const [source] = tallyOf([
      event('invalid-user', { ip: attacker, user: 'bob', pid: 100 }),
      event('auth-failure', { ip: attacker, user: 'bob', pid: 100 }),
      event('auth-failure', { ip: attacker, user: 'bob', pid: 100 }),
      // A connection that announced a name and left without trying a password is one attempt too.
      event('invalid-user', { ip: attacker, user: 'carol', pid: 101 }),
      // The same process id later, for another name: not paired with carol.
      event('auth-failure', { ip: attacker, user: 'root', pid: 101 }),
    ]).attackSources();
    expect(source).toMatchObject({ failures: 3, invalidUsers: 2, guessesWithoutPassword: 1 });
    expect(attackAttempts(source!)).toBe(4);
  });

  it('counts every unknown-user line as an attempt when the log has no process ids (Windows, FTP)', () => {
    const [source] = tallyOf([
      event('invalid-user', { ip: attacker, user: 'bob', service: 'windows' }),
      event('auth-failure', { ip: attacker, user: 'admin', service: 'windows' }),
    ]).attackSources();
    expect(attackAttempts(source!)).toBe(2);
  });

  it('sums failures, invalid users, refusals, probes and successes per address', () => {
    const [source] = tallyOf([
      event('auth-failure', { ip: attacker, user: 'root' }),
      event('auth-failure', { ip: attacker, user: 'root', count: 5 }),
      event('invalid-user', { ip: attacker, user: 'oracle' }),
      event('refused', { ip: attacker }),
      event('probe', { ip: attacker }),
      event('success', { ip: attacker, user: 'root' }),
      event('other', { ip: attacker }),
    ]).attackSources();
    expect(source).toMatchObject({
      ip: attacker,
      scope: 'documentation',
      failures: 6,
      invalidUsers: 1,
      refused: 1,
      probes: 1,
      successes: 1,
      services: ['sshd'],
    });
  });

  it('counts the "Invalid user U" + "Failed password for invalid user U" pair once in the user list', () => {
    const [source] = tallyOf([
      event('invalid-user', { ip: attacker, user: 'oracle' }),
      event('auth-failure', { ip: attacker, user: 'oracle' }),
      event('invalid-user', { ip: attacker, user: 'pi' }),
      event('auth-failure', { ip: attacker, user: 'pi', count: 3 }),
      event('invalid-user', { ip: attacker, user: 'scan-only' }),
    ]).attackSources();
    expect(source?.users).toEqual([
      { user: 'pi', count: 3 },
      { user: 'oracle', count: 1 },
      { user: 'scan-only', count: 1 },
    ]);
  });

  it('lists users most tried first, ties by name', () => {
    const [source] = tallyOf([
      event('auth-failure', { ip: attacker, user: 'b' }),
      event('auth-failure', { ip: attacker, user: 'a' }),
      event('auth-failure', { ip: attacker, user: 'root', count: 4 }),
    ]).attackSources();
    expect(source?.users.map(({ user }) => user)).toEqual(['root', 'a', 'b']);
  });

  it('keeps the first and last time an address was seen, whatever the order', () => {
    const [source] = tallyOf([
      event('probe', { ip: attacker, time: 5_000 }),
      event('probe', { ip: attacker, time: 2_000 }),
      event('probe', { ip: attacker, time: 9_000 }),
    ]).attackSources();
    expect(source).toMatchObject({ firstSeen: 2_000, lastSeen: 9_000 });
  });

  it('sorts sources by failures plus invalid users, then by address', () => {
    const sources = tallyOf([
      event('probe', { ip: '198.51.100.1', count: 50 }),
      event('invalid-user', { ip: '203.0.113.2' }),
      event('auth-failure', { ip: '203.0.113.1' }),
      event('auth-failure', { ip: '2001:db8::1', count: 3 }),
    ]).attackSources();
    expect(sources.map(({ ip }) => ip)).toEqual([
      '2001:db8::1',
      '203.0.113.1',
      '203.0.113.2',
      '198.51.100.1',
    ]);
  });

  it('makes no source for events without an address', () => {
    expect(tallyOf([event('session-open', { user: 'alice' })]).attackSources()).toEqual([]);
  });

  it('lists successful logins with file and line, flagged when the address failed many times first', () => {
    const tally = tallyOf([
      event('auth-failure', { ip: attacker, user: 'admin', count: 6 }),
      event('success', { ip: attacker, user: 'admin', method: 'password', line: 40, time: 7_000 }),
      event('success', { ip: '198.51.100.4', user: 'bob', method: 'publickey', line: 41 }),
    ]);
    expect(tally.logins()).toEqual([
      {
        time: 7_000,
        user: 'admin',
        ip: attacker,
        method: 'password',
        service: 'sshd',
        file: 'auth.log',
        line: 40,
        flags: ['from-attacking-address'],
        priorFailures: { total: 6, sinceLastLogin: 6, otherUsersSinceLastLogin: 0 },
        reasons: [{ flag: 'from-attacking-address', text: '203.0.113.5 failed 6 times before this login.' }],
      },
      expect.objectContaining({ user: 'bob', flags: [] }),
    ]);
  });
});
