// The command line's JSON line per address: a fixed, flat shape scripts can rely on.
import type { AddressLookup } from '../../renderer/core/lookup/addressLookup';

export type LookupLine = {
  ip: string;
  scope: string;
  registry: string | null;
  network: { name: string | null; cidr: string | null; country: string | null };
  owner: string | null;
  abuseContacts: { email: string; source: string }[];
  reverseDns: string | null;
  error: string | null;
};

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
    reverseDns: lookup.reverseDns?.status === 'found' ? (lookup.reverseDns.hostnames[0] ?? null) : null,
    error: lookup.error,
  };
}
