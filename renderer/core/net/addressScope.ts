// Where an address lives: a public address needs an owner lookup and an abuse email; a private
// one is inside the person's own network and needs neither. Judged with ipaddr.js.
import ipaddr from 'ipaddr.js';
import { readAddress } from './addressText';
import { isHostName } from './hostName';

export { readAddress, readHostName, readSourceName, type SourceName } from './addressText';

export type AddressScope =
  | 'public'
  | 'private'
  | 'loopback'
  | 'link-local'
  | 'cgnat'
  | 'unique-local'
  | 'multicast'
  | 'documentation'
  | 'reserved'
  | 'unspecified'
  /** Not an address but a host name, as sshd writes with UseDNS (see hostName.ts). */
  | 'host-name'
  | 'invalid';

// ipaddr.js files the documentation ranges under "reserved"; a report should say "an example
// address" instead, because such a line was written by hand or by a test, not by an attacker.
const documentationRanges = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32'].map(
  (cidr) => ipaddr.parseCIDR(cidr),
);

const scopeOfRange: Record<string, AddressScope> = {
  unicast: 'public',
  private: 'private',
  uniqueLocal: 'unique-local',
  carrierGradeNat: 'cgnat',
  loopback: 'loopback',
  linkLocal: 'link-local',
  multicast: 'multicast',
  broadcast: 'reserved',
  unspecified: 'unspecified',
  // Globally routed, owned by someone who can be asked: treat as public.
  as112: 'public',
  as112v6: 'public',
  amt: 'public',
  '6to4': 'public',
  teredo: 'public',
  rfc6052: 'public',
};

/** Scope of an address as written in a log; a host name is "host-name", anything else not an IP address "invalid". */
export function addressScope(ip: string): AddressScope {
  const text = readAddress(ip);
  if (text === undefined) return isHostName(ip) ? 'host-name' : 'invalid';
  // Reports and redaction ask for every address on every line: the same few, many times.
  const known = scopeMemo.get(text);
  if (known !== undefined) return known;
  const scope = scopeOf(text);
  if (scopeMemo.size >= scopeMemoLimit) scopeMemo.clear();
  scopeMemo.set((' ' + text).slice(1), scope); // a copy: keys cut from a chunk keep it alive
  return scope;
}

const scopeMemo = new Map<string, AddressScope>();
const scopeMemoLimit = 4096;

function scopeOf(text: string): AddressScope {
  // readAddress gives IPv4-mapped addresses as IPv4 already: one parse, of the stored form.
  const address = text.includes(':') ? ipaddr.IPv6.parse(text) : ipaddr.IPv4.parse(text);
  for (const [network, bits] of documentationRanges) {
    if (address.kind() === network.kind() && address.match(network, bits)) return 'documentation';
  }
  return scopeOfRange[address.range()] ?? 'reserved';
}

/**
 * The form an address is stored and compared in (see addressText.ts): IPv6 in RFC 5952 lower
 * case, no `[brackets]`, no `%zone`, and an IPv4-mapped IPv6 address (`::ffff:1.2.3.4`) as plain
 * IPv4, so the same attacker is one source. Text that is no address comes back unchanged: ask
 * readAddress or readSourceName to tell which it is. Cheap enough for every log line (IPv4 is
 * scanned by hand, IPv6 answers are remembered).
 */
export function normalizeAddress(text: string): string {
  return readAddress(text) ?? text;
}
