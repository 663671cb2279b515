// One address, start to finish: scope first (nothing private ever leaves the machine), then the
// registry's RDAP server from the bootstrap, and reverse DNS beside it. Shared by main (Node's
// fetch and DNS), the browser host (the page's fetch, no DNS) and the command line.
import type { AddressLookup, ReverseDns } from './addressLookup';
import { emptyLookup, lookupEligibility } from './lookupEligibility';
import { isBootstrapServer, rdapServerFor, type RdapBootstrap } from './rdapBootstrap';
import { queryRdap, type RdapHttp } from './rdapQuery';

export type LookupDeps = {
  bootstrap: RdapBootstrap;
  http: RdapHttp;
  reverseDns: (ip: string) => Promise<ReverseDns>;
  wait: (milliseconds: number) => Promise<void>;
  now: () => number;
  timeoutMs?: number;
  maxRateLimitWaitMs?: number;
};

export async function lookUpAddress(text: string, deps: LookupDeps): Promise<AddressLookup> {
  const eligibility = lookupEligibility(text);
  const base = emptyLookup(eligibility, deps.now());
  if (!eligibility.eligible) return { ...base, error: eligibility.explanation };
  const server = rdapServerFor(deps.bootstrap, eligibility.ip);
  if (!server) {
    return {
      ...base,
      error: 'no registry is listed for this address in the RDAP bootstrap; paste WHOIS text instead',
    };
  }
  const [rdap, reverseDns] = await Promise.all([
    queryRdap(server, eligibility.ip, {
      http: deps.http,
      isAllowedServer: (url) => isBootstrapServer(deps.bootstrap, url),
      wait: deps.wait,
      timeoutMs: deps.timeoutMs ?? 15_000,
      maxRateLimitWaitMs: deps.maxRateLimitWaitMs ?? 30_000,
    }),
    deps.reverseDns(eligibility.ip).catch((error: unknown): ReverseDns => ({
      status: 'unavailable',
      reason: error instanceof Error ? error.message : String(error),
    })),
  ]);
  return {
    ...base,
    source: 'rdap',
    server: rdap.server,
    record: rdap.ok ? rdap.record : null,
    reverseDns,
    error: rdap.ok ? null : rdap.problem,
    notes: rdap.notes,
  };
}
