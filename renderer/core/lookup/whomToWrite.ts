// Whom the report about one address goes to, and what kind of contact that is. The network's
// abuse contact when there is one; else its technical (or NOC, or administrative) contact,
// labelled as such, because someone who runs the network can still stop the machine; else
// nobody — a registry is not an abuse desk — but the registry's page for reporting a missing or
// wrong abuse contact. A lookup that did not work is said as such: nobody was asked, so nothing
// is "not registered".
import type { AddressFindings } from './addressFindings';
import { isRegistryMailbox } from './registry';
import type { AbuseContact, ContactRole, NetworkContact, OwnerRecord, Registry } from './ownerRecord';

/** 'abuse' or the role of the network contact written to instead. */
export type ContactKind = 'abuse' | ContactRole;

export type WhomToWrite =
  | { kind: 'abuse'; email: string; contact: AbuseContact }
  | { kind: 'network-contact'; email: string; contact: NetworkContact }
  | { kind: 'nobody'; record: OwnerRecord; reportPage: RegistryPage | null }
  | { kind: 'not-known'; problem: string | null };

export type RegistryPage = { registry: Registry; url: string };

/**
 * Each registry's page for telling it that a network's abuse contact is missing or wrong (ARIN
 * names its own at the end of every WHOIS answer). Written from the registries' sites as known
 * when this was built, without fetching them: check them when a registry moves its pages.
 */
const missingContactPages: Readonly<Record<Registry, string>> = {
  ARIN: 'https://www.arin.net/resources/registry/whois/inaccuracy_reporting/',
  'RIPE NCC': 'https://www.ripe.net/support/abuse/',
  APNIC: 'https://www.apnic.net/manage-ip/using-whois/abuse-and-spamming/',
  LACNIC: 'https://www.lacnic.net/en/web/lacnic/abuse',
  AFRINIC: 'https://afrinic.net/whois/abuse',
};

export function registryPage(registry: Registry | null): RegistryPage | null {
  return registry ? { registry, url: missingContactPages[registry] } : null;
}

/** The network's own contact, by role, with a mailbox that is not a registry's. */
export function networkFallback(record: OwnerRecord): { email: string; contact: NetworkContact } | null {
  for (const contact of record.networkContacts ?? []) {
    const email = contact.emails.find((candidate) => !isRegistryMailbox(candidate));
    if (email) return { email, contact };
  }
  return null;
}

export function whomToWrite(findings: AddressFindings | undefined): WhomToWrite {
  const first = findings?.abuseContacts[0];
  if (first) return { kind: 'abuse', email: first.email, contact: first };
  const latest = findings?.latest ?? null;
  const record = latest?.record ?? null;
  if (!record) return { kind: 'not-known', problem: latest?.error ?? null };
  const fallback = networkFallback(record);
  if (fallback) return { kind: 'network-contact', ...fallback };
  return { kind: 'nobody', record, reportPage: registryPage(record.registry) };
}

/** "the network's technical contact": who the e-mail goes to, in the words of the draft. */
export const contactKindWords: Readonly<Record<ContactKind, string>> = {
  abuse: "the network's abuse contact",
  technical: "the network's technical contact",
  noc: "the network's operations centre (NOC)",
  administrative: "the network's administrative contact",
  registrant: 'the organisation the network is registered to',
  unstated: 'a contact the registry lists for the network (without saying its role)',
};
