// What a host name from the log points to now: sshd with `UseDNS yes` wrote the attacker's name,
// not its address (DECISIONS.md, "Host names"). Asked only when the person presses the button,
// and said with its limit: a name answers for today, and whoever owns it chose what it says, so
// the address it gives is a lead to check against the firewall log, not proof of who connected.
import { normalizeAddress, addressScope, type AddressScope } from '../net/addressScope';
import type { JournalDetailValue, JournalEntryInput } from '../journal/journalEntry';

export type HostNameAddresses = {
  /** The name as the log wrote it, normalised (lower case, no final dot). */
  name: string;
  askedAt: number;
  /** Every address DNS gave, normalised and without repeats (empty: none, or the question failed). */
  addresses: string[];
  /** Why there is no answer, in words ("no such name", "the DNS server did not answer"); null when answered. */
  error: string | null;
};

export type ResolvedAddress = { ip: string; scope: AddressScope };

/** The answer's addresses with their scope: only public ones can go on to a registry lookup. */
export function resolvedAddresses(answer: HostNameAddresses): ResolvedAddress[] {
  return answer.addresses.map((ip) => ({ ip, scope: addressScope(ip) }));
}

/** Addresses from a resolver, normalised and without repeats; anything that is not an address is dropped. */
export function cleanAddresses(found: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of found.slice(0, 32)) {
    const ip = normalizeAddress(text);
    if (addressScope(ip) !== 'invalid' && addressScope(ip) !== 'host-name') seen.add(ip);
  }
  return [...seen];
}

const list = (items: readonly string[]): string => items.join(', ');

/** The one sentence for the person, in the card and in the journal. */
export function hostNameAnswerText(answer: HostNameAddresses): string {
  if (answer.error !== null) return `DNS gave no address for ${answer.name}: ${answer.error}.`;
  if (answer.addresses.length === 0) return `DNS gave no address for ${answer.name}.`;
  return (
    `${answer.name} points to ${list(answer.addresses)} now. ` +
    'A name can point elsewhere than when the attack ran, and its owner chooses what it says: ' +
    "check the address against the server's firewall log before you write to its owner."
  );
}

/** Journaled like an address lookup, so the answer stays with the case (append-only). */
export function hostNameJournalEntry(answer: HostNameAddresses): JournalEntryInput {
  return {
    kind: 'lookup',
    summary: `Asked DNS for the address of ${answer.name}: ${
      answer.error ?? (answer.addresses.length === 0 ? 'no address' : list(answer.addresses))
    }`,
    details: {
      hostName: answer.name,
      addresses: list(answer.addresses),
      error: answer.error,
    },
    occurredAt: answer.askedAt,
  };
}

/** Reads an answer back from its journal entry; undefined for any other lookup entry. */
export function hostNameAnswerOf(entry: {
  kind: string;
  occurredAt: number;
  details?: Readonly<Record<string, JournalDetailValue>>;
}): HostNameAddresses | undefined {
  const details = entry.details;
  if (entry.kind !== 'lookup' || details === undefined || typeof details.hostName !== 'string')
    return undefined;
  const addresses =
    typeof details.addresses === 'string' && details.addresses !== '' ? details.addresses.split(', ') : [];
  return {
    name: details.hostName,
    askedAt: entry.occurredAt,
    addresses: cleanAddresses(addresses),
    error: typeof details.error === 'string' ? details.error : null,
  };
}
