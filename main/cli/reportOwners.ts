// Who owns each attacking address, for `report`: pasted WHOIS answers from --whois-dir
// (<address>.txt), or RDAP through --rdap-bootstrap, read with the same core modules as the
// Source step. Without either, nothing is looked up and nothing leaves the machine.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressLookup } from '../../renderer/core/lookup/addressLookup';
import { addressFindings } from '../../renderer/core/lookup/addressFindings';
import { emptyLookup, lookupEligibility } from '../../renderer/core/lookup/lookupEligibility';
import { readWhoisAnswer } from '../../renderer/core/lookup/whoisRecord';
import { lookUpAddress } from '../../renderer/core/lookup/lookUpAddress';
import type { SourceOwner } from '../../renderer/core/report/abuseGroups';
import { sourceOwner } from '../../renderer/core/report/sourceOwner';
import { loadBootstrap } from '../lookup/bootstrapSource';
import { nodeLookupDeps } from '../lookup/nodeLookupDeps';

export type OwnerSource = { whoisDir: string } | { rdapBootstrap: string } | null;

/** A pasted answer read for `ip`: refused (with the reason) when it is about another network. */
function whoisLookup(ip: string, text: string): AddressLookup {
  const base = { ...emptyLookup(lookupEligibility(ip), Date.now()), ip, source: 'whois-text' as const };
  const reading = readWhoisAnswer(text, ip);
  return reading.ok ? { ...base, record: reading.record } : { ...base, error: reading.problem };
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
      if (text !== null) owners.set(ip, sourceOwner(addressFindings(ip, [whoisLookup(ip, text)])));
    }
    return owners;
  }
  const deps = nodeLookupDeps({ bootstrap: await loadBootstrap(source.rdapBootstrap) });
  for (const ip of addresses) {
    const lookup = await lookUpAddress(ip, deps);
    owners.set(ip, sourceOwner(addressFindings(ip, [lookup])));
  }
  return owners;
}
