// "Ours": the person's own mail domains and servers (settings). A host is ours when it is one of
// them or a name under one (mx1.example.com under example.com); an entry may also be an address.
// The topmost Received lines were written by our own servers, so they suggest the domains.
import { readAddress } from '../net/addressText';
import type { ReceivedHop } from './receivedHeader';

/** One entry as typed into the settings: lower case, no dot or "@" in front, no spaces. */
export function normalizeOurEntry(entry: string): string {
  return entry
    .trim()
    .toLowerCase()
    .replace(/^[@.]+/, '')
    .replace(/\.$/, '');
}

/** Our entries from a comma- or space-separated list. */
export function readOurEntries(text: string): string[] {
  const entries = text
    .split(/[\s,;]+/)
    .map(normalizeOurEntry)
    .filter((entry) => entry !== '');
  return [...new Set(entries)];
}

/** Whether a host name or an address is one of ours. */
export function isOurs(hostOrAddress: string | null | undefined, ours: readonly string[]): boolean {
  if (!hostOrAddress) return false;
  const name = normalizeOurEntry(hostOrAddress);
  const address = readAddress(name);
  return ours.some((entry) => {
    if (address !== undefined) return readAddress(entry) === address;
    return name === entry || name.endsWith('.' + entry);
  });
}

// Second-level names under which a registrable domain has three labels (example.co.uk). A short
// list is enough for a suggestion the person confirms; it is not a public-suffix list.
const secondLevel = /^(co|com|net|org|gov|ac|edu|gen|ne|or|go)\.[a-z]{2}$/;

/** The registrable domain of a host name: mx1.mail.example.co.uk → example.co.uk. */
export function registrableDomain(host: string): string | null {
  const labels = host.toLowerCase().split('.');
  if (labels.length < 2) return null;
  const lastTwo = labels.slice(-2).join('.');
  if (secondLevel.test(lastTwo) && labels.length >= 3) return labels.slice(-3).join('.');
  return lastTwo;
}

/** A hop whose sending side is the same organisation or this machine: the route is still ours. */
function stillOurs(hop: ReceivedHop, byDomain: string | null): boolean {
  if (hop.fromAddress === null && hop.fromReverseName === null) return true;
  if (hop.fromAddress !== null && internalAddress.test(hop.fromAddress)) return true;
  // fetchmail's POP3/IMAP line names the mailbox server our own client fetched from.
  if (/^(pop3?|imap)s?\b/i.test(hop.protocol ?? '')) return true;
  const fromDomain = hop.fromReverseName ? registrableDomain(hop.fromReverseName) : null;
  return fromDomain !== null && fromDomain === byDomain;
}

// Loopback and RFC 1918 / unique-local addresses, written in their stored form (addressText.ts).
const internalAddress = /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|::1$|f[cd][0-9a-f]{2}:)/;

/**
 * Domains to offer as ours, most likely first: the receiving servers of the topmost hops (our
 * side wrote those), skipping local names such as "localhost" that say nothing. It stops at the
 * first hop handed over by a stranger: below it the sender wrote the lines, and offering such a
 * domain (paypal.com in a phish) would invite the person to trust them. At most three.
 */
export function suggestOurDomains(hopsOldestFirst: readonly ReceivedHop[]): string[] {
  const suggestions: string[] = [];
  for (let at = hopsOldestFirst.length - 1; at >= 0 && suggestions.length < 3; at--) {
    const hop = hopsOldestFirst[at]!;
    const by = hop.byHost;
    const local = !by || !by.includes('.') || by.endsWith('.localdomain') || by.endsWith('.local');
    const domain = local ? null : registrableDomain(by);
    if (domain && !suggestions.includes(domain)) suggestions.push(domain);
    if (!stillOurs(hop, domain)) break;
  }
  return suggestions;
}
