// What the screen and the report know about one address: the newest registry lookup plus any
// abuse contact the person entered by hand (which always ranks first: they know something the
// registry does not, e.g. from a phone call).
import { canonicalEmail } from './abuseContacts';
import type { AddressLookup } from './addressLookup';
import type { AbuseContact } from './ownerRecord';

export type AddressFindings = {
  ip: string;
  /** The newest RDAP or pasted-WHOIS lookup; null before any. */
  latest: AddressLookup | null;
  manualContacts: string[];
  abuseContacts: AbuseContact[];
};

export function addressFindings(ip: string, lookups: readonly AddressLookup[]): AddressFindings {
  const registryLookups = lookups.filter((lookup) => lookup.source !== 'manual');
  const latest = registryLookups.reduce<AddressLookup | null>(
    (newest, lookup) => (!newest || lookup.lookedUpAt >= newest.lookedUpAt ? lookup : newest),
    null,
  );
  const manualContacts = [
    ...new Set(
      lookups
        .filter((lookup) => lookup.source === 'manual')
        .sort((a, b) => a.lookedUpAt - b.lookedUpAt)
        .flatMap(
          (lookup) => lookup.record?.abuseContacts.map((contact) => canonicalEmail(contact.email)) ?? [],
        ),
    ),
  ];
  const manualKeys = new Set(manualContacts.map((email) => email.toLowerCase()));
  const fromRegistry = (latest?.record?.abuseContacts ?? []).filter(
    (contact) => !manualKeys.has(contact.email.toLowerCase()),
  );
  const abuseContacts: AbuseContact[] = [
    ...manualContacts.map((email): Omit<AbuseContact, 'rank'> => ({
      email,
      source: 'manual',
      registryLevel: false,
    })),
    ...fromRegistry,
  ].map((contact, index) => ({ ...contact, rank: index + 1 }));
  return { ip, latest, manualContacts, abuseContacts };
}
