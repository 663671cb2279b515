// resolveHostName: the address a host name from the log points to now (sshd with UseDNS wrote a
// name, not an address). Only a well-formed host name is asked about, and only the system resolver
// (or the tests' fixture) is asked: nothing else leaves the computer.
import { z } from 'zod';
import type { NotebookApi } from '../../preload/api';
import { isHostName, normalizeHostName } from '../../renderer/core/net/hostName';
import { cleanAddresses } from '../../renderer/core/lookup/hostNameAddresses';
import { systemDnsResolver, type DnsResolver } from '../lookup/reverseDns';

export const resolveHostNameArgs = z.tuple([
  z.strictObject({
    name: z.string().max(254).refine(isHostName, 'must be a host name (like scanner.example.com)'),
  }),
]);

const problemWords: Readonly<Record<string, string>> = {
  ENOTFOUND: 'no such name',
  ENODATA: 'the name has no address',
  NXDOMAIN: 'no such name',
  ETIMEOUT: 'the DNS server did not answer in time',
  ECONNREFUSED: 'no DNS server could be reached',
  ESERVFAIL: 'the DNS server could not answer',
};

export function createResolveHostName(deps: {
  resolver?: DnsResolver;
  now?: () => number;
}): NotebookApi['resolveHostName'] {
  const resolver = deps.resolver ?? systemDnsResolver;
  const now = deps.now ?? Date.now;
  return async ({ name }) => {
    const asked = normalizeHostName(name);
    const askedAt = now();
    try {
      return { name: asked, askedAt, addresses: cleanAddresses(await resolver.forward(asked)), error: null };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      return {
        name: asked,
        askedAt,
        addresses: [],
        error: problemWords[code] ?? `the DNS question failed (${code || 'no reason given'})`,
      };
    }
  };
}
