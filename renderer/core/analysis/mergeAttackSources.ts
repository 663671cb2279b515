// One list of sources for a case with several log files (auth.log, auth.log.1, …): the same
// address in two files is one attacker.
import type { AttackSource } from './attackSource';
import { compareAttackSources, sortedUserCounts } from './attackOrder';

/**
 * One source per address, most attempts first. A source found in one file only is passed on as it
 * is, not copied (treat the result as read-only): a botnet's 300,000 addresses are nearly all in
 * one file, and copying them cost as much memory as the analysis itself.
 */
export function mergeAttackSources(perFile: readonly (readonly AttackSource[])[]): AttackSource[] {
  const merged = new Map<string, AttackSource | MergedSource>();
  for (const sources of perFile) {
    for (const source of sources) {
      const seen = merged.get(source.ip);
      if (seen === undefined) merged.set(source.ip, source);
      else if (seen instanceof MergedSource) seen.add(source);
      else merged.set(source.ip, new MergedSource(seen).add(source));
    }
  }
  const result = new Array<AttackSource>(merged.size);
  let at = 0;
  for (const entry of merged.values()) result[at++] = entry instanceof MergedSource ? entry.source() : entry;
  return result.sort(compareAttackSources);
}

/** The same address in several files: its counts added up in a copy of its own. */
class MergedSource {
  private readonly into: AttackSource;
  private readonly users: Map<string, number>;

  constructor(first: AttackSource) {
    this.into = {
      ...first,
      users: [],
      services: [...first.services],
      ...(first.hostNames ? { hostNames: [...first.hostNames] } : {}),
    };
    this.users = new Map(first.users.map(({ user, count }) => [user, count]));
  }

  add(source: AttackSource): this {
    const into = this.into;
    into.failures += source.failures;
    into.invalidUsers += source.invalidUsers;
    // Rows stored before the count existed have none: then the merged count is unknown too.
    into.guessesWithoutPassword =
      into.guessesWithoutPassword === undefined || source.guessesWithoutPassword === undefined
        ? undefined
        : into.guessesWithoutPassword + source.guessesWithoutPassword;
    into.passwordFailures = sumOfKnown(into.passwordFailures, source.passwordFailures);
    into.refusalsAlone = sumOfKnown(into.refusalsAlone, source.refusalsAlone);
    into.refused += source.refused;
    into.probes += source.probes;
    into.successes += source.successes;
    into.firstSeen = Math.min(into.firstSeen, source.firstSeen);
    into.lastSeen = Math.max(into.lastSeen, source.lastSeen);
    for (const service of source.services) if (!into.services.includes(service)) into.services.push(service);
    for (const name of source.hostNames ?? []) {
      into.hostNames ??= [];
      if (!into.hostNames.includes(name)) into.hostNames.push(name);
    }
    // Different files hold different connections, so their counts per name add up.
    for (const { user, count } of source.users) this.users.set(user, (this.users.get(user) ?? 0) + count);
    return this;
  }

  source(): AttackSource {
    return { ...this.into, users: sortedUserCounts(this.users) };
  }
}

/** A sum of counts that older rows may lack: unknown (undefined) when either is. */
function sumOfKnown(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : a + b;
}
