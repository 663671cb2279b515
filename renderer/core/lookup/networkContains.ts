// A registry answer is believed only about the network it describes. Pasting the WHOIS of
// 210.107.0.0/17 for 183.62.140.253 must not make the app write "belongs to DACOM Corp." and
// draft an e-mail to abuse@bora.net: every answer, pasted or fetched, is checked to contain the
// address before anything in it is used. Containment is judged with ipaddr.js on the range the
// answer states (its first and last address, else its CIDR blocks).
import ipaddr from 'ipaddr.js';
import type { NetworkFacts } from './ownerRecord';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** The address as ipaddr.js reads it; ::ffff:a.b.c.d as the IPv4 address it carries. */
function parseAddress(text: string): Address | null {
  const trimmed = text.trim();
  if (!trimmed.includes(':')) {
    // Only a.b.c.d: ipaddr.js would also read "127.1" or "0x7f.0.0.1", which no registry writes.
    return ipaddr.IPv4.isValidFourPartDecimal(trimmed) ? ipaddr.IPv4.parse(trimmed) : null;
  }
  if (!ipaddr.IPv6.isValid(trimmed)) return null;
  const address = ipaddr.IPv6.parse(trimmed);
  return address.isIPv4MappedAddress() ? address.toIPv4Address() : address;
}

/** -1, 0 or 1, byte by byte; both addresses of one kind. */
function compareAddresses(a: Address, b: Address): number {
  const left = a.toByteArray();
  const right = b.toByteArray();
  for (let index = 0; index < left.length; index++) {
    if (left[index]! !== right[index]!) return left[index]! < right[index]! ? -1 : 1;
  }
  return 0;
}

function insideEnds(address: Address, start: string, end: string): boolean | null {
  const first = parseAddress(start);
  const last = parseAddress(end);
  if (!first || !last || first.kind() !== last.kind()) return null;
  if (address.kind() !== first.kind()) return false;
  return compareAddresses(first, address) <= 0 && compareAddresses(address, last) <= 0;
}

function insideBlocks(address: Address, cidrs: string): boolean | null {
  const blocks = cidrs
    .split(',')
    .map((text) => text.trim())
    .filter((text) => ipaddr.isValidCIDR(text))
    .map((text) => ipaddr.parseCIDR(text));
  if (blocks.length === 0) return null;
  return blocks.some(([base, length]) => base.kind() === address.kind() && address.match(base, length));
}

/**
 * True when the network contains the address, false when it does not, null when the network
 * states no range that can be read (then nothing says the answer is about this address).
 */
export function networkContains(network: NetworkFacts, ip: string): boolean | null {
  const address = parseAddress(ip);
  if (!address) return false;
  // The ends are exact; CIDR lists can be cut short (addressRange.ts stops at 64 blocks).
  if (network.start && network.end) {
    const inside = insideEnds(address, network.start, network.end);
    if (inside !== null) return inside;
  }
  return network.cidr ? insideBlocks(address, network.cidr) : null;
}

/** "210.107.0.0/17 (BORANET-NET-210-107, 210.107.0.0 – 210.107.127.255)". */
export function networkWords(network: NetworkFacts): string {
  const ends = network.start && network.end ? `${network.start} – ${network.end}` : null;
  const blocks = network.cidr?.split(',').map((text) => text.trim()) ?? [];
  const named = blocks.length === 1 ? blocks[0]! : (ends ?? network.cidr);
  const beside = [network.name, blocks.length === 1 && ends !== named ? ends : null].filter(Boolean);
  if (!named) return network.name ?? 'an unnamed network';
  return beside.length > 0 ? `${named} (${beside.join(', ')})` : named;
}

/**
 * Why the answer is not used for `ip`, or null when it may be: the network it describes does not
 * contain the address, or it names no range at all. `answer` says what was read ("this WHOIS
 * answer", "the RDAP answer from APNIC"); `whatToTry` what the person can do instead. Written
 * like the other lookup problems: without a capital or a full stop, which the screen adds.
 */
export function ownershipProblem(
  network: NetworkFacts,
  ip: string,
  answer: string,
  whatToTry: string,
): string | null {
  const inside = networkContains(network, ip);
  if (inside === true) return null;
  if (inside === null) {
    return `${answer} names no address range, so nothing shows it is about ${ip}; it was not used: ${whatToTry}`;
  }
  return (
    `${answer} describes the network ${networkWords(network)}, which does not contain ${ip}; ` +
    `it was not used: ${whatToTry}`
  );
}
