import { describe, expect, it } from 'vitest';
import {
  addTriedUser,
  announcedAt,
  failedAt,
  findTriedUser,
  forEachTriedUser,
  triedUserCount,
  type TriedUsers,
} from '../../../../renderer/core/analysis/triedUsers';
import { createAttackTally } from '../../../../renderer/core/analysis/attackTally';

describe('the user names an address tried', () => {
  it('are found again before and after the list gets its index (more than eight names)', () => {
    const tried: TriedUsers = { users: [], userIndex: undefined };
    for (let round = 0; round < 3; round++) {
      for (let name = 0; name < 20; name++) {
        let at = findTriedUser(tried, name * 7);
        if (at < 0) at = addTriedUser(tried, name * 7);
        tried.users[at + failedAt]! += 1;
        if (name % 2 === 0) tried.users[at + announcedAt]! += 5;
      }
    }
    expect(triedUserCount(tried)).toBe(20);
    expect(tried.userIndex?.size).toBe(20);
    const counts: [number, number][] = [];
    forEachTriedUser(tried, (name, attempts) => counts.push([name, attempts]));
    expect(counts).toEqual(Array.from({ length: 20 }, (_, name) => [name * 7, name % 2 === 0 ? 15 : 3]));
    expect(findTriedUser(tried, 1)).toBe(-1);
  });

  it('give the same counts through the tally with many names per address', () => {
    const tally = createAttackTally('auth.log');
    const names = Array.from({ length: 30 }, (_, index) => `user${index}`);
    for (const user of [...names, ...names]) {
      tally.add({
        time: 1_000,
        service: 'sshd',
        kind: 'auth-failure',
        count: 1,
        line: 1,
        ip: '203.0.113.5',
        user,
      });
    }
    const [source] = tally.attackSources();
    expect(source?.failures).toBe(60);
    expect(source?.users).toHaveLength(30);
    expect(source?.users.every(({ count }) => count === 2)).toBe(true);
  });
});
