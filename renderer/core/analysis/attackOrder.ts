// The order sources and user names are shown in, everywhere: most attempts first, ties by text so
// two runs over the same logs print the same list.
import type { AttackSource, UserCount } from './attackSource';
import { attemptsOf } from './attackCounts';

/** Login attempts from a source: the one definition (attackCounts.ts), for ordering and filters. */
export function attackAttempts(source: AttackSource): number {
  return attemptsOf(source);
}

export function compareAttackSources(a: AttackSource, b: AttackSource): number {
  return attackAttempts(b) - attackAttempts(a) || compareText(a.ip, b.ip);
}

export function sortedUserCounts(counts: ReadonlyMap<string, number>): UserCount[] {
  return [...counts].map(([user, count]) => ({ user, count })).sort(compareUserCounts);
}

/** Most-tried user name first, ties by text. */
export function compareUserCounts(a: UserCount, b: UserCount): number {
  return b.count - a.count || compareText(a.user, b.user);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
