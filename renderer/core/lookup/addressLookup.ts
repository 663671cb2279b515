// One lookup of one address, as the bridge returns it, the case caches it and the command line
// prints it. Boundary type: main/lookup, renderer/host and db/lookups.ts all use it.
import type { AddressScope } from '../net/addressScope';
import type { OwnerRecord } from './ownerRecord';

export type ReverseDns =
  | { status: 'found'; hostnames: string[]; forwardConfirmed: boolean }
  | { status: 'none' }
  | { status: 'unavailable'; reason: string };

export type LookupSource = 'rdap' | 'whois-text' | 'manual' | 'none';

export type AddressLookup = {
  ip: string;
  scope: AddressScope;
  lookedUpAt: number;
  source: LookupSource;
  /** The RDAP URL that answered, after redirects; null for pasted WHOIS and manual entries. */
  server: string | null;
  record: OwnerRecord | null;
  reverseDns: ReverseDns | null;
  /** A sentence for the person when the lookup did not work; null when it did. */
  error: string | null;
  /** Things worth saying even when it worked ("rate limited: waited 2 seconds and asked again"). */
  notes: string[];
};
