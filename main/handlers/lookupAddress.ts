// lookUpAddress: the one handler that sends anything to the internet, and only for an address the
// person chose to look up. It accepts a public IP address and nothing else (a private address
// would tell a registry about the office's network and learn nothing), and talks only to RDAP
// servers the bootstrap lists.
import { z } from 'zod';
import type { NotebookApi } from '../../preload/api';
import type { AddressLookup } from '../../renderer/core/lookup/addressLookup';
import { lookupEligibility } from '../../renderer/core/lookup/lookupEligibility';
import { lookUpAddress } from '../../renderer/core/lookup/lookUpAddress';
import type { RdapBootstrap } from '../../renderer/core/lookup/rdapBootstrap';
import { currentBootstrap, refreshBootstrapIfStale } from '../lookup/bootstrapSource';
import { nodeLookupDeps } from '../lookup/nodeLookupDeps';
import type { DnsResolver } from '../lookup/reverseDns';

export const lookUpAddressArgs = z.tuple([
  z.strictObject({
    ip: z
      .string()
      .max(64)
      .refine(
        (ip) => lookupEligibility(ip).eligible,
        'must be a public IP address (private and special addresses are never looked up)',
      ),
  }),
]);

export type LookupHandlerDeps = {
  assetsDir: string;
  /** Where a copy refreshed from IANA is kept; null = always the shipped snapshot (tests). */
  refreshedBootstrapPath?: string | null;
  /** Tests hand in a bootstrap pointing at 127.0.0.1 and a resolver that never asks real DNS. */
  bootstrap?: RdapBootstrap;
  resolver?: DnsResolver;
  timeoutMs?: number;
};

export function createLookUpAddress(deps: LookupHandlerDeps): NotebookApi['lookUpAddress'] {
  let bootstrap: Promise<RdapBootstrap> | null = deps.bootstrap ? Promise.resolve(deps.bootstrap) : null;
  const loadBootstrap = async (): Promise<RdapBootstrap> => {
    if (!bootstrap) {
      const refreshed = deps.refreshedBootstrapPath ?? null;
      // Monthly at most, and only now that the person has asked for a lookup; a failed refresh
      // leaves the snapshot in use.
      if (refreshed) await refreshBootstrapIfStale(refreshed).catch(() => false);
      bootstrap = currentBootstrap(deps.assetsDir, refreshed);
      bootstrap.catch(() => (bootstrap = null));
    }
    return bootstrap;
  };
  return async ({ ip }): Promise<AddressLookup> =>
    lookUpAddress(
      ip,
      nodeLookupDeps({
        bootstrap: await loadBootstrap(),
        ...(deps.resolver ? { resolver: deps.resolver } : {}),
        ...(deps.timeoutMs !== undefined ? { timeoutMs: deps.timeoutMs } : {}),
      }),
    );
}
