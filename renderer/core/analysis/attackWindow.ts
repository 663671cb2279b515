// When the attack went on, and which networks it came from: a login inside that time, or from a
// network whose addresses tried the same user name, is one the person must be asked about.
import type { AttackSource } from './attackSource';
import type { AttackThresholds } from './attackThresholds';
import { attackAttempts } from './attackOrder';
import { loginNetwork } from './loginNetwork';
import { formatDayTime } from './words';

export type AttackWindow = { start: number; end: number };

/**
 * Addresses that attacked in earnest: not ours, and not a colleague who failed a little and
 * logged in (the same rule as the user names "the attackers tried").
 */
export function attackingInEarnest(
  sources: readonly AttackSource[],
  thresholds: AttackThresholds,
  isOurs: (ip: string) => boolean,
): AttackSource[] {
  return sources.filter((source) => {
    const attempts = attackAttempts(source);
    if (attempts === 0 || isOurs(source.ip)) return false;
    return !(source.successes > 0 && attempts < thresholds.bruteForceMinAttempts);
  });
}

/** From the first to the last attempt of the addresses that tried at least a brute force's worth. */
export function attackWindow(
  attackers: readonly AttackSource[],
  thresholds: AttackThresholds,
): AttackWindow | null {
  let start = Infinity;
  let end = -Infinity;
  for (const source of attackers) {
    if (attackAttempts(source) < thresholds.bruteForceMinAttempts) continue;
    if (!Number.isFinite(source.firstSeen) || !Number.isFinite(source.lastSeen)) continue;
    start = Math.min(start, source.firstSeen);
    end = Math.max(end, source.lastSeen);
  }
  return start <= end ? { start, end } : null;
}

export const windowWords = (window: AttackWindow): string =>
  `${formatDayTime(window.start)} to ${formatDayTime(window.end)} UTC`;

/** Per /24 or /64: the attacking addresses in it, for "failures for that user from that network". */
export type NetworkAttacks = ReadonlyMap<string, readonly AttackSource[]>;

/**
 * Only the networks in `wanted` (those some login came from) are indexed: a case can have 100,000
 * attacking addresses and a handful of logins. A dotted IPv4 address outside them is skipped
 * without parsing it.
 */
export function networkAttacks(
  attackers: readonly AttackSource[],
  wanted: ReadonlySet<string>,
): NetworkAttacks {
  const byNetwork = new Map<string, AttackSource[]>();
  for (const source of attackers) {
    const ip = source.ip;
    if (!ip.includes(':') && !wanted.has(`${ip.slice(0, ip.lastIndexOf('.'))}.0/24`)) continue;
    const network = loginNetwork(ip);
    if (network === undefined || !wanted.has(network)) continue;
    const list = byNetwork.get(network);
    if (list) list.push(source);
    else byNetwork.set(network, [source]);
  }
  return byNetwork;
}

/**
 * The other addresses of `network` that tried `user` and began before `time`, with how often they
 * tried it. Only their totals are known here, not when each try was: an address that began before
 * the login is taken to have tried before it.
 */
export function neighboursThatTried(
  attacks: NetworkAttacks,
  network: string,
  ownIp: string,
  user: string,
  time: number,
): { count: number; addresses: string[] } {
  let count = 0;
  const addresses: string[] = [];
  for (const source of attacks.get(network) ?? []) {
    if (source.ip === ownIp || source.firstSeen > time) continue;
    const tried = source.users.find((entry) => entry.user === user)?.count ?? 0;
    if (tried === 0) continue;
    count += tried;
    addresses.push(source.ip);
  }
  return { count, addresses };
}
