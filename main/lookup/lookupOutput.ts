// The command line's JSON line per address: a fixed, flat shape scripts can rely on.
import type { AddressLookup } from '../../renderer/core/lookup/addressLookup';
import { addressFindings } from '../../renderer/core/lookup/addressFindings';
import type { NetworkContact } from '../../renderer/core/lookup/ownerRecord';
import { whomToWrite } from '../../renderer/core/lookup/whomToWrite';

/**
 * Whom a report goes to: the abuse contact; else a contact of the network, with its role; else
 * nobody (with the registry's page for reporting the missing contact); "not-known" when no
 * registry answered, which says nothing about what is registered.
 */
export type WriteToLine =
  | { kind: 'abuse'; email: string }
  | { kind: 'network-contact'; email: string; role: NetworkContact['role']; name: string | null }
  | { kind: 'nobody'; registryPage: string | null }
  | { kind: 'not-known' };

export type LookupLine = {
  ip: string;
  scope: string;
  registry: string | null;
  network: { name: string | null; cidr: string | null; country: string | null };
  owner: string | null;
  abuseContacts: { email: string; source: string }[];
  /** The network's other contacts with their roles, for when there is no abuse contact. */
  networkContacts: NetworkContact[];
  writeTo: WriteToLine;
  reverseDns: string | null;
  error: string | null;
};

function writeToLine(lookup: AddressLookup): WriteToLine {
  const writeTo = whomToWrite(addressFindings(lookup.ip, [lookup]));
  switch (writeTo.kind) {
    case 'abuse':
      return { kind: 'abuse', email: writeTo.email };
    case 'network-contact':
      return {
        kind: 'network-contact',
        email: writeTo.email,
        role: writeTo.contact.role,
        name: writeTo.contact.name,
      };
    case 'nobody':
      return { kind: 'nobody', registryPage: writeTo.reportPage?.url ?? null };
    case 'not-known':
      return { kind: 'not-known' };
  }
}

export function lookupLine(lookup: AddressLookup): LookupLine {
  const record = lookup.record;
  return {
    ip: lookup.ip,
    scope: lookup.scope,
    registry: record?.registry ?? null,
    network: {
      name: record?.network.name ?? null,
      cidr: record?.network.cidr ?? null,
      country: record?.network.country ?? null,
    },
    owner: record?.owner ?? null,
    abuseContacts: (record?.abuseContacts ?? []).map(({ email, source }) => ({ email, source })),
    networkContacts: record?.networkContacts ?? [],
    writeTo: writeToLine(lookup),
    reverseDns: lookup.reverseDns?.status === 'found' ? (lookup.reverseDns.hostnames[0] ?? null) : null,
    error: lookup.error,
  };
}
