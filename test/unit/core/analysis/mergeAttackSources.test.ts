import { describe, expect, it } from 'vitest';
import type { AttackSource } from '../../../../renderer/core/analysis/attackSource';
import { mergeAttackSources } from '../../../../renderer/core/analysis/mergeAttackSources';

function source(ip: string, fields: Partial<AttackSource> = {}): AttackSource {
  return {
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
  };
}

describe('mergeAttackSources', () => {
  it('adds up the same address across files', () => {
    const merged = mergeAttackSources([
      [
        source('34.23.190.173', {
          failures: 3,
          users: [{ user: 'root', count: 3 }],
          firstSeen: 500,
          lastSeen: 900,
        }),
      ],
      [
        source('34.23.190.173', {
          failures: 2,
          invalidUsers: 4,
          probes: 1,
          users: [
            { user: 'admin', count: 4 },
            { user: 'root', count: 2 },
          ],
          services: ['sshd', 'postfix'],
          firstSeen: 800,
          lastSeen: 3_000,
        }),
      ],
    ]);
    expect(merged).toEqual([
      source('34.23.190.173', {
        failures: 5,
        invalidUsers: 4,
        probes: 1,
        users: [
          { user: 'root', count: 5 },
          { user: 'admin', count: 4 },
        ],
        services: ['sshd', 'postfix'],
        firstSeen: 500,
        lastSeen: 3_000,
      }),
    ]);
  });

  it('keeps different addresses apart and sorts them by attempts', () => {
    const merged = mergeAttackSources([
      [source('198.51.100.1', { failures: 1 })],
      [source('203.0.113.1', { invalidUsers: 7 })],
    ]);
    expect(merged.map(({ ip }) => ip)).toEqual(['203.0.113.1', '198.51.100.1']);
  });

  it('does not change its input', () => {
    const first = source('203.0.113.1', { failures: 1, users: [{ user: 'root', count: 1 }] });
    mergeAttackSources([
      [first],
      [source('203.0.113.1', { failures: 1, users: [{ user: 'root', count: 1 }] })],
    ]);
    expect(first.failures).toBe(1);
    expect(first.users).toEqual([{ user: 'root', count: 1 }]);
  });

  it('merges nothing into nothing', () => {
    expect(mergeAttackSources([])).toEqual([]);
    expect(mergeAttackSources([[], []])).toEqual([]);
  });
});
