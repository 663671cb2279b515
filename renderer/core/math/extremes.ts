// Smallest and largest of a list of any length. Math.min(...values) passes every value as an
// argument and throws RangeError from about 125,000 of them (a botnet's addresses, a backup job's
// logins): these loop instead, and answer as Math.min() and Math.max() do for an empty list.

export function smallest(values: readonly number[]): number {
  let found = Infinity;
  for (const value of values) if (value < found || Number.isNaN(value)) found = value;
  return found;
}

export function largest(values: readonly number[]): number {
  let found = -Infinity;
  for (const value of values) if (value > found || Number.isNaN(value)) found = value;
  return found;
}

/** The first and last time over sources (or anything with firstSeen and lastSeen). */
export function seenSpan(sources: readonly { firstSeen: number; lastSeen: number }[]): {
  first: number;
  last: number;
} {
  let first = Infinity;
  let last = -Infinity;
  for (const source of sources) {
    if (source.firstSeen < first) first = source.firstSeen;
    if (source.lastSeen > last) last = source.lastSeen;
  }
  return { first, last };
}
