// The IANA RDAP bootstrap (RFC 9224): which registry's RDAP server answers for which address
// block. A snapshot ships in assets/rdap-bootstrap.json; the same file format comes from IANA.
// Also the one rule for which servers the app will talk to at all.
import { WebUrl } from './webUrl';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';

export type RdapBootstrap = {
  publication: string | null;
  services: { prefixes: string[]; urls: string[] }[];
};

const ianaShape = z.looseObject({
  publication: z.string().nullish(),
  services: z.array(z.tuple([z.array(z.string()), z.array(z.string())]).rest(z.unknown())),
});
/** The flattened form in ../shared/samples/rdap/bootstrap-2026: { "41.0.0.0/8": [urls] }. */
const flatShape = z.record(z.string(), z.array(z.string()));

export function readBootstrap(json: unknown): RdapBootstrap | null {
  const iana = ianaShape.safeParse(json);
  if (iana.success) {
    return {
      publication: iana.data.publication ?? null,
      services: iana.data.services.map(([prefixes, urls]) => ({ prefixes, urls })),
    };
  }
  const flat = flatShape.safeParse(json);
  if (flat.success) {
    return {
      publication: null,
      services: Object.entries(flat.data).map(([prefix, urls]) => ({ prefixes: [prefix], urls })),
    };
  }
  return null;
}

export function mergeBootstraps(bootstraps: readonly RdapBootstrap[]): RdapBootstrap {
  return {
    publication: bootstraps.map((bootstrap) => bootstrap.publication).find((value) => value) ?? null,
    services: bootstraps.flatMap((bootstrap) => bootstrap.services),
  };
}

/**
 * A server the app may send a request to: HTTPS always; plain HTTP only to 127.0.0.1 — a narrow
 * allowance so tests can serve recorded responses from a local server, never a real registry.
 */
export function isUsableServerUrl(url: string): boolean {
  try {
    const parsed = new WebUrl(url);
    if (parsed.username || parsed.password) return false;
    return parsed.protocol === 'https:' || (parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1');
  } catch {
    return false;
  }
}

/** The base URL that answers for an address (longest matching prefix), HTTPS first. */
export function rdapServerFor(bootstrap: RdapBootstrap, ip: string): string | null {
  if (!ipaddr.isValid(ip)) return null;
  const address = ipaddr.parse(ip);
  let best: { length: number; url: string } | null = null;
  for (const service of bootstrap.services) {
    const url = [...service.urls]
      .sort((a, b) => Number(b.startsWith('https:')) - Number(a.startsWith('https:')))
      .find(isUsableServerUrl);
    if (!url) continue;
    for (const prefix of service.prefixes) {
      let network: [ipaddr.IPv4 | ipaddr.IPv6, number];
      try {
        network = ipaddr.parseCIDR(prefix);
      } catch {
        continue;
      }
      if (network[0].kind() !== address.kind() || !address.match(network)) continue;
      if (!best || network[1] > best.length)
        best = { length: network[1], url: url.endsWith('/') ? url : `${url}/` };
    }
  }
  return best?.url ?? null;
}

/** Redirects are followed only to servers the bootstrap lists (ARIN → RIPE for a transferred block). */
export function isBootstrapServer(bootstrap: RdapBootstrap, url: string): boolean {
  if (!isUsableServerUrl(url)) return false;
  const origin = new WebUrl(url).origin;
  return bootstrap.services.some((service) =>
    service.urls.some((listed) => isUsableServerUrl(listed) && new WebUrl(listed).origin === origin),
  );
}
