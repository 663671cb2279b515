// What the report knows about who runs one address, from the lookups kept for it: the same
// choice of contact the Source step shows (core/lookup/whomToWrite.ts), for the app and the CLI.
import type { AddressFindings } from '../lookup/addressFindings';
import { whomToWrite } from '../lookup/whomToWrite';
import type { SourceOwner } from './abuseGroups';

export function sourceOwner(findings: AddressFindings | undefined): SourceOwner {
  const record = findings?.latest?.record ?? null;
  const writeTo = whomToWrite(findings);
  const known = {
    owner: record?.owner ?? record?.network.name ?? null,
    network: record?.network.cidr ?? null,
    country: record?.network.country ?? null,
  };
  switch (writeTo.kind) {
    case 'abuse':
      return { ...known, abuseEmail: writeTo.email };
    case 'network-contact':
      return { ...known, abuseEmail: writeTo.email, contactKind: writeTo.contact.role };
    case 'nobody':
      return { ...known, abuseEmail: null };
    case 'not-known':
      return { ...known, abuseEmail: null, ...(writeTo.problem ? { lookupProblem: writeTo.problem } : {}) };
  }
}
