// Finding IP addresses inside a log line, as whole tokens: "1.2.3.4" must not match inside
// "11.2.3.45", and an address written as ::ffff:1.2.3.4 is the same client as 1.2.3.4.
import ipaddr from 'ipaddr.js';
import { addressScope, normalizeAddress } from '../net/addressScope';

// Candidates only; each is checked with addressScope before it counts as an address.
const candidate = /(?<![\w.:])(?:\[?[0-9a-f:]*:[0-9a-f:.]+\]?|\d{1,3}(?:\.\d{1,3}){3})(?![\w.:])/gi;

export type AddressToken = { text: string; index: number; address: string };

/** Every address in the line, with where it stands and its normalized form. */
export function addressTokens(line: string): AddressToken[] {
  const found: AddressToken[] = [];
  for (const match of line.matchAll(candidate)) {
    const address = normalizeAddress(match[0]);
    if (addressScope(address) === 'invalid') continue;
    found.push({ text: match[0], index: match.index, address });
  }
  return found;
}

/**
 * The address-like tokens of a line, normalized but not validated: enough to look them up in a
 * set of known addresses, and several times faster than addressTokens on a million lines.
 */
export function candidateAddresses(line: string): string[] {
  const found: string[] = [];
  for (const match of line.matchAll(candidate)) found.push(normalizeAddress(match[0]));
  return found;
}

export function lineMentionsAddress(line: string, address: string): boolean {
  if (!line.includes(address.includes(':') ? address.slice(0, 4) : address)) return false;
  return addressTokens(line).some((token) => token.address === address);
}

/** Known-good entries as the person writes them: single addresses or CIDR ranges. */
export type AddressList = readonly string[];

type ParsedRange = [ipaddr.IPv4 | ipaddr.IPv6, number];

function parseRange(entry: string): ParsedRange | null {
  const text = entry.trim();
  try {
    if (text.includes('/')) return ipaddr.parseCIDR(text);
    const address = ipaddr.parse(normalizeAddress(text));
    return [address, address.kind() === 'ipv4' ? 32 : 128];
  } catch {
    return null;
  }
}

/** A matcher for a list of addresses and ranges; unreadable entries match nothing. */
export function addressMatcher(list: AddressList): (address: string) => boolean {
  const ranges = list.map(parseRange).filter((range): range is ParsedRange => range !== null);
  return (address) => {
    if (ranges.length === 0) return false;
    let parsed: ipaddr.IPv4 | ipaddr.IPv6;
    try {
      parsed = ipaddr.parse(normalizeAddress(address));
    } catch {
      return false;
    }
    return ranges.some(([network, bits]) => parsed.kind() === network.kind() && parsed.match(network, bits));
  };
}

/** The entries that could not be read, so the screen can say which one to fix. */
export function unreadableAddressEntries(list: AddressList): string[] {
  return list.filter((entry) => entry.trim() !== '' && parseRange(entry) === null);
}
