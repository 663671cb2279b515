// One list of sources for a case with several log files (auth.log, auth.log.1, …): the same
// address in two files is one attacker.
import type { AttackSource } from './attackSource';
import { compareAttackSources, sortedUserCounts } from './attackOrder';

export function mergeAttackSources(perFile: readonly (readonly AttackSource[])[]): AttackSource[] {
  const merged = new Map<string, { source: AttackSource; users: Map<string, number> }>();
  for (const sources of perFile) {
    for (const source of sources) {
      const seen = merged.get(source.ip);
      if (seen === undefined) {
        merged.set(source.ip, {
          source: {
            ...source,
            users: [],
            services: [...source.services],
            ...(source.hostNames ? { hostNames: [...source.hostNames] } : {}),
          },
          users: new Map(source.users.map(({ user, count }) => [user, count])),
        });
        continue;
      }
      const into = seen.source;
      into.failures += source.failures;
      into.invalidUsers += source.invalidUsers;
      // Rows stored before the count existed have none: then the merged count is unknown too.
      into.guessesWithoutPassword =
        into.guessesWithoutPassword === undefined || source.guessesWithoutPassword === undefined
          ? undefined
          : into.guessesWithoutPassword + source.guessesWithoutPassword;
      into.refused += source.refused;
      into.probes += source.probes;
      into.successes += source.successes;
      into.firstSeen = Math.min(into.firstSeen, source.firstSeen);
      into.lastSeen = Math.max(into.lastSeen, source.lastSeen);
      for (const service of source.services)
        if (!into.services.includes(service)) into.services.push(service);
      for (const name of source.hostNames ?? []) {
        into.hostNames ??= [];
        if (!into.hostNames.includes(name)) into.hostNames.push(name);
      }
      // Different files hold different connections, so their counts per name add up.
      for (const { user, count } of source.users) seen.users.set(user, (seen.users.get(user) ?? 0) + count);
    }
  }
  return [...merged.values()]
    .map(({ source, users }) => ({ ...source, users: sortedUserCounts(users) }))
    .sort(compareAttackSources);
}
