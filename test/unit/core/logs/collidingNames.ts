// User names made to share one hash of the byte table (nameBook.ts), for the tests of its defence.

/** FNV-1a over `name` from `state`, as the byte table hashes. */
export function fnv(state: number, name: string): number {
  let hash = state;
  for (let index = 0; index < name.length; index++)
    hash = Math.imul(hash ^ name.charCodeAt(index), 16_777_619);
  return hash;
}

/**
 * Pairs of 4-letter blocks that give one FNV-1a hash from the state before them, starting at 0:
 * found by a birthday search over all 4-letter blocks (about a million blocks per round, too slow
 * to repeat in every test run). "ixah"/"Qjif" collide from many states, which is why FNV-1a is no
 * defence on its own.
 */
const blockPairs = [['zWah', 'Buif'], ...Array.from({ length: 7 }, () => ['ixah', 'Qjif'])] as const;

/**
 * The 256 names that chain one block of each pair (Joux's multicollision): all of them have one
 * FNV-1a hash from the start value 0 — what an attacker who knew the start value could write
 * into a log as user names.
 */
export function collidingNames(): string[] {
  let names = [''];
  for (const [one, two] of blockPairs) names = names.flatMap((name) => [name + one, name + two]);
  return names;
}
