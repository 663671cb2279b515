// Who is behind each address, cached in the case: every lookup is kept (with its time and
// source) and journaled; the screens read the newest per address through caseAddressFindings.
import { isEmailAddress, canonicalEmail } from '../core/lookup/abuseContacts';
import { addressFindings, type AddressFindings } from '../core/lookup/addressFindings';
import type { AddressLookup } from '../core/lookup/addressLookup';
import { emptyLookup as emptyLookupFor, lookupEligibility } from '../core/lookup/lookupEligibility';
import { lookupJournalEntry } from '../core/lookup/lookupJournal';
import { readWhoisAnswer } from '../core/lookup/whoisRecord';
import { appendJournalEntry } from './journal';
import type { NotebookDatabase } from './schema';

/** Keeps a lookup and writes its journal line, both or neither. */
export async function recordAddressLookup(
  db: NotebookDatabase,
  caseId: number,
  lookup: AddressLookup,
): Promise<void> {
  await db.transaction('rw', [db.addressLookups, db.journal, db.cases], async () => {
    await db.addressLookups.add({
      caseId,
      ip: lookup.ip,
      lookedUpAt: lookup.lookedUpAt,
      source: lookup.source,
      result: lookup,
    });
    await appendJournalEntry(db, caseId, lookupJournalEntry(lookup), lookup.lookedUpAt);
  });
}

/** Keyed by the address as the log wrote it, so the lookup stays with its attacking source. */
const emptyLookup = (ip: string, now: number): AddressLookup => ({
  ...emptyLookupFor(lookupEligibility(ip), now),
  ip,
});

/** Reads a pasted WHOIS answer for one address; returns the problem when the text is no answer. */
export async function recordPastedWhois(
  db: NotebookDatabase,
  caseId: number,
  ip: string,
  text: string,
  now = Date.now(),
): Promise<string | null> {
  if (text.length > 500_000)
    return 'this text is far longer than a WHOIS answer; paste only the answer for this address';
  const reading = readWhoisAnswer(text, ip);
  if (!reading.ok) return reading.problem;
  await recordAddressLookup(db, caseId, {
    ...emptyLookup(ip, now),
    source: 'whois-text',
    record: reading.record,
  });
  return null;
}

/** An abuse address the person knows better (a phone call, the provider's web page). */
export async function recordManualAbuseContact(
  db: NotebookDatabase,
  caseId: number,
  ip: string,
  email: string,
  now = Date.now(),
): Promise<string | null> {
  if (!isEmailAddress(email)) return `"${email.trim()}" is not an email address`;
  const contact = {
    email: canonicalEmail(email.trim()),
    source: 'manual' as const,
    rank: 1,
    registryLevel: false,
  };
  await recordAddressLookup(db, caseId, {
    ...emptyLookup(ip, now),
    source: 'manual',
    record: {
      registry: null,
      network: { name: null, handle: null, cidr: null, start: null, end: null, country: null },
      owner: null,
      registeredAt: null,
      lastChangedAt: null,
      abuseContacts: [contact],
      otherContacts: [],
    },
  });
  return null;
}

/** Per address: the newest registry lookup and the person's own contacts. */
export async function caseAddressFindings(
  db: NotebookDatabase,
  caseId: number,
): Promise<Map<string, AddressFindings>> {
  const rows = await db.addressLookups.where('caseId').equals(caseId).toArray();
  const perAddress = new Map<string, AddressLookup[]>();
  for (const row of rows) perAddress.set(row.ip, [...(perAddress.get(row.ip) ?? []), row.result]);
  return new Map([...perAddress].map(([ip, lookups]) => [ip, addressFindings(ip, lookups)]));
}
