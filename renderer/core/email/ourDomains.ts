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

/**
 * Domains to offer as ours, most likely first: the receiving servers of the topmost hops (our
 * side wrote those), skipping local names such as "localhost" that say nothing. At most three.
 */
export function suggestOurDomains(hopsOldestFirst: readonly ReceivedHop[]): string[] {
  const suggestions: string[] = [];
  for (let at = hopsOldestFirst.length - 1; at >= 0 && suggestions.length < 3; at--) {
    const by = hopsOldestFirst[at]!.byHost;
    if (!by || !by.includes('.') || by.endsWith('.localdomain') || by.endsWith('.local')) continue;
    const domain = registrableDomain(by);
    if (domain && !suggestions.includes(domain)) suggestions.push(domain);
  }
  return suggestions;
}
