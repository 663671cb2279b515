import { describe, expect, it } from 'vitest';
import type { AttackSource, Login } from '../../../../renderer/core/analysis/attackSource';
import { classifyAttack } from '../../../../renderer/core/analysis/attackClassification';
import { defaultAttackThresholds } from '../../../../renderer/core/analysis/attackThresholds';

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
  firstSeen: 1_000,
  lastSeen: 2_000,
  ...fields,
});

const users = (...entries: [string, number][]) => entries.map(([user, count]) => ({ user, count }));
const thresholds = defaultAttackThresholds;

describe('classifyAttack', () => {
  it('brute force: many passwords from one address', () => {
    const result = classifyAttack(
      [source('203.0.113.7', { failures: 411, users: users(['root', 300], ['admin', 111]) })],
      [],
      thresholds,
    );
    expect(result.kind).toBe('brute-force');
    expect(result.reason).toBe(
      '203.0.113.7 alone tried 411 passwords for 2 user names, 300 of them for "root". Brute force = at least 10 passwords from one address, more than 3 for one user name.',
    );
  });

  it('password spraying: many user names, a few passwords each', () => {
    const names = users(['alice', 2], ['bob', 2], ['carol', 1], ['dave', 1], ['erin', 1], ['frank', 1]);
    const result = classifyAttack([source('198.51.100.3', { failures: 8, users: names })], [], thresholds);
    expect(result.kind).toBe('password-spraying');
    expect(result.reason).toMatch(/^198\.51\.100\.3 tried 6 user names with only 8 passwords in all/);
  });

  it('distributed: many addresses with a few tries each, from one user list', () => {
    const sources = Array.from({ length: 8 }, (_, index) =>
      source(`198.51.100.${index + 10}`, { failures: 3, users: users(['root', 2], ['admin', 1]) }),
    );
    const result = classifyAttack(sources, [], thresholds);
    expect(result.kind).toBe('distributed');
    expect(result.reason).toMatch(
      /^8 addresses tried the same user names \("root" and "admin"\), most of them fewer than 10 times each — 24 passwords in all\./,
    );
  });

  it('scanning only: connections without a password try', () => {
    const result = classifyAttack(
      [source('192.0.2.8', { probes: 4 }), source('192.0.2.9', { probes: 1 })],
      [],
      thresholds,
    );
    expect(result.kind).toBe('scanning');
    expect(result.reason).toMatch(/^2 addresses connected 5 times without trying a password/);
  });

  it('a single mistyped password: a few failures, then a login as that user from the same address', () => {
    const login: Login = {
      time: 3_000,
      user: 'alice',
      ip: '192.168.1.20',
      service: 'sshd',
      file: 'auth.log',
      line: 9,
      flags: [],
    };
    const result = classifyAttack(
      [source('192.168.1.20', { scope: 'private', failures: 1, successes: 1, users: users(['alice', 1]) })],
      [login],
      thresholds,
    );
    expect(result.kind).toBe('mistyped-password');
    expect(result.reason).toMatch(/most likely a colleague who mistyped a password/);
  });

  it('a few failures that fit no pattern are called just that', () => {
    const result = classifyAttack(
      [source('192.0.2.44', { failures: 2, users: users(['root', 2]) })],
      [],
      thresholds,
    );
    expect(result.kind).toBe('few-attempts');
  });

  it('no failed logins at all', () => {
    expect(classifyAttack([], [], thresholds).kind).toBe('nothing');
  });

  it('mentions scanners beside a brute force, and follows edited thresholds', () => {
    const sources = [
      source('203.0.113.7', { failures: 8, users: users(['root', 8]) }),
      source('192.0.2.8', { probes: 3 }),
    ];
    expect(classifyAttack(sources, [], thresholds).kind).toBe('few-attempts');
    const stricter = classifyAttack(sources, [], { ...thresholds, bruteForceMinAttempts: 5 });
    expect(stricter.kind).toBe('brute-force');
    expect(stricter.reason).toMatch(/at least 5 passwords from one address/);
    expect(stricter.alsoSeen).toEqual(['1 address only connected without trying a password (scanning).']);
  });
});
