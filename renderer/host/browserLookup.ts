// Lookups in the plain browser page (tests, development): the page's own fetch against the RDAP
// servers of the bootstrap. The page's CSP allows only its own origin, so in practice this reaches
// a registry only through a same-origin proxy — which is exactly what the end-to-end tests use.
// Override for tests: put the URL of a bootstrap file in the query parameter `rdapBootstrap` or in
// localStorage under `incident-notebook:rdap-bootstrap-url`; every base URL in that file is used
// as the registry servers (https, or http://127.0.0.1 only).
import bootstrapSnapshotUrl from '../../assets/rdap-bootstrap.json?url';
import type { AddressLookup } from '../core/lookup/addressLookup';
import { lookUpAddress } from '../core/lookup/lookUpAddress';
import { readBootstrap, type RdapBootstrap } from '../core/lookup/rdapBootstrap';
import type { RdapHttp } from '../core/lookup/rdapQuery';

export const rdapBootstrapOverrideKey = 'incident-notebook:rdap-bootstrap-url';
export const rdapBootstrapOverrideParameter = 'rdapBootstrap';

function bootstrapLocation(): string {
  const fromQuery = new URLSearchParams(window.location.search).get(rdapBootstrapOverrideParameter);
  let fromStorage: string | null = null;
  try {
    fromStorage = window.localStorage.getItem(rdapBootstrapOverrideKey);
  } catch {
    // Storage can be disabled; the snapshot still works.
  }
  return fromQuery ?? fromStorage ?? bootstrapSnapshotUrl;
}

async function loadBootstrap(): Promise<RdapBootstrap> {
  const response = await fetch(new URL(bootstrapLocation(), window.location.href));
  if (!response.ok) throw new Error(`the RDAP bootstrap could not be read (HTTP ${response.status})`);
  const bootstrap = readBootstrap(await response.json());
  if (!bootstrap) throw new Error('the RDAP bootstrap file is not in the IANA format');
  return bootstrap;
}

/** The page's fetch follows redirects itself; the shared query logic checks where it ended up. */
const pageRdapHttp: RdapHttp = async (url, timeoutMs) => {
  const response = await fetch(url, {
    headers: { accept: 'application/rdap+json, application/json;q=0.9' },
    signal: AbortSignal.timeout(timeoutMs),
    credentials: 'omit',
  });
  return {
    status: response.status,
    location: null,
    retryAfter: response.headers.get('retry-after'),
    url: response.url || url,
    text: () => response.text(),
  };
};

export async function lookUpAddressInPage(ip: string): Promise<AddressLookup> {
  return lookUpAddress(ip, {
    bootstrap: await loadBootstrap(),
    http: pageRdapHttp,
    reverseDns: async () => ({ status: 'unavailable', reason: 'not available in the browser host' }),
    wait: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
    now: () => Date.now(),
  });
}
