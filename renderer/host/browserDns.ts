// Host names in the plain browser page (tests, development): a page cannot ask DNS, so without an
// override the answer says so and points to the desktop app. Override for tests: the URL of a JSON
// file `{ "forward": { "name": ["address", …] } }` (same origin) in the query parameter `dnsFixture`.
import type { HostNameAddresses } from '../core/lookup/hostNameAddresses';
import { cleanAddresses } from '../core/lookup/hostNameAddresses';
import { normalizeHostName } from '../core/net/hostName';

export const dnsFixtureParameter = 'dnsFixture';

async function fixtureAnswer(location: string, name: string): Promise<string[] | null> {
  const response = await fetch(new URL(location, window.location.href));
  if (!response.ok) throw new Error(`the DNS fixture could not be read (HTTP ${response.status})`);
  const fixture: unknown = await response.json();
  const forward = (fixture as { forward?: Record<string, unknown> }).forward ?? {};
  const found = Object.hasOwn(forward, name) ? forward[name] : undefined;
  return Array.isArray(found) ? found.filter((item): item is string => typeof item === 'string') : null;
}

export async function resolveHostNameInPage(written: string): Promise<HostNameAddresses> {
  const name = normalizeHostName(written);
  const askedAt = Date.now();
  const location = new URLSearchParams(window.location.search).get(dnsFixtureParameter);
  if (location === null) {
    return {
      name,
      askedAt,
      addresses: [],
      error: 'this browser version cannot ask DNS; the desktop app can',
    };
  }
  const found = await fixtureAnswer(location, name);
  return found === null
    ? { name, askedAt, addresses: [], error: 'no such name' }
    : { name, askedAt, addresses: cleanAddresses(found), error: null };
}
