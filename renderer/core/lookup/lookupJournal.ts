// The journal line each lookup leaves: what was asked, where, and what came back.
import type { JournalEntryInput } from '../journal/journalEntry';
import type { AddressLookup } from './addressLookup';
import { registryLabel } from './rdapQuery';
import { registryOfUrl } from './registry';

function findings(lookup: AddressLookup): string {
  const network = lookup.record?.network.name ?? lookup.record?.network.cidr ?? 'not named';
  const abuse = lookup.record?.abuseContacts[0]?.email ?? 'none registered';
  return `network ${network}, abuse ${abuse}`;
}

export function lookupJournalEntry(lookup: AddressLookup): JournalEntryInput {
  const via =
    lookup.source === 'rdap'
      ? `RDAP (${registryLabel(lookup.record?.registry ?? registryOfUrl(lookup.server ?? ''), lookup.server ?? '')})`
      : lookup.source === 'whois-text'
        ? `pasted WHOIS text${lookup.record?.registry ? ` (${lookup.record.registry})` : ''}`
        : 'manual entry';
  const summary = lookup.error
    ? `Looked up ${lookup.ip} via ${via}: no answer — ${lookup.error}`
    : lookup.source === 'manual'
      ? `Abuse contact for ${lookup.ip} entered by hand: ${lookup.record?.abuseContacts[0]?.email ?? 'none'}`
      : `Looked up ${lookup.ip} via ${via}: ${findings(lookup)}`;
  return {
    kind: 'lookup',
    summary,
    details: {
      ip: lookup.ip,
      source: lookup.source,
      server: lookup.server,
      registry: lookup.record?.registry ?? null,
      abuseContact: lookup.record?.abuseContacts[0]?.email ?? null,
      reverseDns: lookup.reverseDns?.status === 'found' ? (lookup.reverseDns.hostnames[0] ?? null) : null,
      error: lookup.error,
    },
    occurredAt: lookup.lookedUpAt,
  };
}
