// Where an address lives: a public address needs an owner lookup and an abuse email; a private
// one is inside the person's own network and needs neither. Judged with ipaddr.js.
import ipaddr from 'ipaddr.js';
import { isHostName } from './hostName';

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
  const text = normalizeAddress(ip);
  let address: ipaddr.IPv4 | ipaddr.IPv6;
  if (text.includes(':')) {
    if (!ipaddr.IPv6.isValid(text)) return 'invalid';
    const v6 = ipaddr.IPv6.parse(text);
    // ::ffff:a.b.c.d is an IPv4 client on a dual-stack socket: judge the IPv4 address.
    address = v6.isIPv4MappedAddress() ? v6.toIPv4Address() : v6;
  } else {
    // Only dotted quads: "1" or "0x7f.1" parse as IPv4 in ipaddr.js but are no log address.
    if (!ipaddr.IPv4.isValidFourPartDecimal(text)) return isHostName(text) ? 'host-name' : 'invalid';
    address = ipaddr.IPv4.parse(text);
  }
  for (const [network, bits] of documentationRanges) {
    if (address.kind() === network.kind() && address.match(network, bits)) return 'documentation';
  }
  return scopeOfRange[address.range()] ?? 'reserved';
}

/**
 * The form an address is stored and compared in: no `[brackets]`, no `%zone`, and an
 * IPv4-mapped IPv6 address (`::ffff:1.2.3.4`, written by sshd on dual-stack sockets) as plain
 * IPv4, so the same attacker is one source. Cheap enough for every log line.
 */
export function normalizeAddress(text: string): string {
  let address = text;
  if (address.charCodeAt(0) === 91 /* [ */) {
    const close = address.indexOf(']');
    address = address.slice(1, close < 0 ? undefined : close);
  }
  const zone = address.indexOf('%');
  if (zone >= 0) address = address.slice(0, zone);
  if (
    address.length > 7 &&
    address.charCodeAt(0) === 58 /* : */ &&
    /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address)
  ) {
    address = address.slice(7);
  }
  return address;
}
