// Addresses, networks and user names the person marked as "ours": set apart on every screen and
// never put into a report to others. Networks are CIDR ranges, judged with ipaddr.js.
import ipaddr from 'ipaddr.js';
import { normalizeAddress } from '../net/addressScope';

export type KnownGood = {
  /** Single addresses or CIDR ranges, as the person typed them (e.g. "192.168.1.0/24"). */
  networks: string[];
  userNames: string[];
};

export const noKnownGood: KnownGood = { networks: [], userNames: [] };

type ParsedRange = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** The range an entry stands for, or undefined with a reason the person can act on. */
export function parseKnownGoodNetwork(text: string): { range: ParsedRange } | { problem: string } {
  const entry = text.trim();
  if (entry === '') return { problem: 'Enter an address like 192.0.2.10 or a network like 192.0.2.0/24.' };
  try {
    if (entry.includes('/')) return { range: unmapped(ipaddr.parseCIDR(entry)) };
    const address = ipaddr.parse(normalizeAddress(entry));
    return { range: unmapped([address, address.kind() === 'ipv4' ? 32 : 128]) };
  } catch {
    return { problem: `"${entry}" is not an address or a network (write networks like 192.0.2.0/24).` };
  }
}

function unmapped([address, bits]: ParsedRange): ParsedRange {
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) {
    return [(address as ipaddr.IPv6).toIPv4Address(), bits - 96];
  }
  return [address, bits];
}

export type KnownGoodMatcher = {
  isOurAddress(ip: string | undefined): boolean;
  isOurUser(user: string | undefined): boolean;
};

export function knownGoodMatcher(knownGood: KnownGood): KnownGoodMatcher {
  const ranges: ParsedRange[] = [];
  for (const network of knownGood.networks) {
    const parsed = parseKnownGoodNetwork(network);
    if ('range' in parsed) ranges.push(parsed.range);
  }
  const users = new Set(knownGood.userNames);
  const verdicts = new Map<string, boolean>();
  return {
    isOurAddress(ip) {
      if (ip === undefined || ranges.length === 0) return false;
      const known = verdicts.get(ip);
      if (known !== undefined) return known;
      let ours = false;
      try {
        const parsed = ipaddr.parse(normalizeAddress(ip));
        const address =
          parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()
            ? (parsed as ipaddr.IPv6).toIPv4Address()
            : parsed;
        ours = ranges.some(
          ([network, bits]) => network.kind() === address.kind() && address.match(network, bits),
        );
      } catch {
        ours = false;
      }
      verdicts.set(ip, ours);
      return ours;
    },
    isOurUser: (user) => user !== undefined && users.has(user),
  };
}
