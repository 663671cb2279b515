// Reverse DNS (PTR) and whether the name maps back to the address ("forward-confirmed"): a name
// like mail.example.com says more than an address, but only a confirmed one can be trusted —
// whoever controls an address's reverse zone can put any name there.
import { promises as dns } from 'node:dns';
import ipaddr from 'ipaddr.js';
import type { ReverseDns } from '../../renderer/core/lookup/addressLookup';

export type DnsResolver = {
  reverse(ip: string): Promise<string[]>;
  forward(hostname: string): Promise<string[]>;
};

export const systemDnsResolver: DnsResolver = {
  reverse: (ip) => dns.reverse(ip),
  forward: async (hostname) => (await dns.lookup(hostname, { all: true })).map((entry) => entry.address),
};

const sameAddress = (a: string, b: string): boolean => {
  try {
    return ipaddr.parse(a).toNormalizedString() === ipaddr.parse(b).toNormalizedString();
  } catch {
    return false;
  }
};

const notFoundCodes = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN']);

export async function reverseDnsOf(ip: string, resolver: DnsResolver): Promise<ReverseDns> {
  let hostnames: string[];
  try {
    hostnames = await resolver.reverse(ip);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (notFoundCodes.has(code)) return { status: 'none' };
    return { status: 'unavailable', reason: `the DNS server did not answer (${code || String(error)})` };
  }
  if (hostnames.length === 0) return { status: 'none' };
  let forwardConfirmed = false;
  for (const hostname of hostnames.slice(0, 3)) {
    const addresses = await resolver.forward(hostname).catch(() => []);
    if (addresses.some((address) => sameAddress(address, ip))) forwardConfirmed = true;
  }
  return { status: 'found', hostnames, forwardConfirmed };
}
