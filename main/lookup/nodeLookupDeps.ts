// The Node side of a lookup: fetch for RDAP, the system resolver (or an injected one) for DNS.
import type { LookupDeps } from '../../renderer/core/lookup/lookUpAddress';
import type { RdapBootstrap } from '../../renderer/core/lookup/rdapBootstrap';
import { nodeRdapHttp } from './nodeRdapHttp';
import { reverseDnsOf, systemDnsResolver, type DnsResolver } from './reverseDns';

export type NodeLookupOptions = {
  bootstrap: RdapBootstrap;
  resolver?: DnsResolver;
  timeoutMs?: number;
  maxRateLimitWaitMs?: number;
};

export function nodeLookupDeps(options: NodeLookupOptions): LookupDeps {
  const resolver = options.resolver ?? systemDnsResolver;
  return {
    bootstrap: options.bootstrap,
    http: nodeRdapHttp,
    reverseDns: (ip) => reverseDnsOf(ip, resolver),
    wait: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
    now: () => Date.now(),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.maxRateLimitWaitMs !== undefined ? { maxRateLimitWaitMs: options.maxRateLimitWaitMs } : {}),
  };
}
