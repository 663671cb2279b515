// Sorting and filtering the per-address table. Plain functions so 100,000 addresses are sorted
// once per click, outside React's render.
import type { AttackSource } from '../../core/analysis/attackSource';
import { attackAttempts } from '../../core/analysis/attackOrder';
import { sourceCounts } from '../../core/analysis/attackCounts';
import { scopeLabel } from '../importStep/scopeLabel';

export type SourceColumn =
  | 'ip'
  | 'attempts'
  | 'passwords'
  | 'unknownUserGuesses'
  | 'userCount'
  | 'firstSeen'
  | 'lastSeen'
  | 'rate'
  | 'scope';
export type SourceSort = { column: SourceColumn; descending: boolean };

/** Attempts per hour over the address's active time (at least one minute, so a burst is not infinite). */
export function attemptsPerHour(source: AttackSource): number {
  const hours = Math.max(source.lastSeen - source.firstSeen, 60_000) / 3_600_000;
  return attackAttempts(source) / hours;
}

/** Addresses in the order people expect: 10.0.0.9 before 10.0.0.10, IPv4 before IPv6. */
function addressOrder(ip: string): string {
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(ip);
  return v4
    ? `4${v4
        .slice(1)
        .map((part) => part.padStart(3, '0'))
        .join('.')}`
    : `6${ip}`;
}

const sortValue: Record<SourceColumn, (source: AttackSource) => number | string> = {
  ip: (source) => addressOrder(source.ip),
  // Ties (scanners without a login attempt) are broken by the connections they made.
  attempts: (source) => attackAttempts(source) * 1e6 + source.probes,
  passwords: (source) => sourceCounts(source).passwords,
  unknownUserGuesses: (source) => sourceCounts(source).unknownUserGuesses,
  userCount: (source) => source.users.length,
  firstSeen: (source) => source.firstSeen,
  lastSeen: (source) => source.lastSeen,
  rate: attemptsPerHour,
  scope: (source) => scopeLabel[source.scope],
};

export function sortSources(sources: readonly AttackSource[], sort: SourceSort): AttackSource[] {
  const value = sortValue[sort.column];
  const direction = sort.descending ? -1 : 1;
  return sources
    .map((source) => ({ source, key: value(source) }))
    .sort((a, b) =>
      a.key < b.key ? -direction : a.key > b.key ? direction : a.source.ip < b.source.ip ? -1 : 1,
    )
    .map(({ source }) => source);
}

/** Matches the address, a user name it tried, its service or its kind of address; case-insensitive. */
export function filterSources(sources: readonly AttackSource[], text: string): AttackSource[] {
  const needle = text.trim().toLowerCase();
  if (needle === '') return [...sources];
  return sources.filter(
    (source) =>
      source.ip.toLowerCase().includes(needle) ||
      scopeLabel[source.scope].toLowerCase().includes(needle) ||
      source.services.some((service) => service.toLowerCase().includes(needle)) ||
      source.users.some((entry) => entry.user.toLowerCase().includes(needle)),
  );
}
