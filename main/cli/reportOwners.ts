// Who owns each attacking address, for `report`: pasted WHOIS answers from --whois-dir
// (<address>.txt), or RDAP through --rdap-bootstrap, read with the same core modules as the
// Source step. Without either, nothing is looked up and nothing leaves the machine.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OwnerRecord } from '../../renderer/core/lookup/ownerRecord';
import { readWhoisAnswer } from '../../renderer/core/lookup/whoisRecord';
import { lookUpAddress } from '../../renderer/core/lookup/lookUpAddress';
import type { SourceOwner } from '../../renderer/core/report/abuseGroups';
import { loadBootstrap } from '../lookup/bootstrapSource';
import { nodeLookupDeps } from '../lookup/nodeLookupDeps';

export type OwnerSource = { whoisDir: string } | { rdapBootstrap: string } | null;

export function sourceOwnerOf(record: OwnerRecord | null): SourceOwner | null {
  if (record === null) return null;
  const contact = [...record.abuseContacts].sort((a, b) => a.rank - b.rank)[0];
  return {
    owner: record.owner ?? record.network.name,
    network: record.network.cidr,
    country: record.network.country,
    abuseEmail: contact?.email ?? null,
  };
}

export async function lookUpOwners(
  addresses: readonly string[],
  source: OwnerSource,
): Promise<Map<string, SourceOwner>> {
  const owners = new Map<string, SourceOwner>();
  if (source === null) return owners;
  if ('whoisDir' in source) {
    for (const ip of addresses) {
      // A file name cannot hold ":", so IPv6 answers may be named with "_" instead.
      const text =
        (await readFile(join(source.whoisDir, `${ip}.txt`), 'utf8').catch(() => null)) ??
        (await readFile(join(source.whoisDir, `${ip.replace(/:/g, '_')}.txt`), 'utf8').catch(() => null));
      if (text === null) continue;
      const reading = readWhoisAnswer(text);
      const owner = reading.ok ? sourceOwnerOf(reading.record) : null;
      if (owner) owners.set(ip, owner);
    }
    return owners;
  }
  const deps = nodeLookupDeps({ bootstrap: await loadBootstrap(source.rdapBootstrap) });
  for (const ip of addresses) {
    const lookup = await lookUpAddress(ip, deps);
    const owner = sourceOwnerOf(lookup.record);
    if (owner) owners.set(ip, owner);
  }
  return owners;
}
