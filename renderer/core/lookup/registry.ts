// Which regional registry answered, told from a server's host name or a response's port43 field.
import { WebUrl } from './webUrl';
import type { Registry } from './ownerRecord';

const registryDomains: [string, Registry][] = [
  ['arin.net', 'ARIN'],
  ['ripe.net', 'RIPE NCC'],
  ['apnic.net', 'APNIC'],
  ['lacnic.net', 'LACNIC'],
  ['afrinic.net', 'AFRINIC'],
];

/** "rdap.db.ripe.net" or "whois.ripe.net" → "RIPE NCC"; anything else → null. */
export function registryOfHost(host: string): Registry | null {
  const name = host.toLowerCase().replace(/\.$/, '');
  for (const [domain, registry] of registryDomains) {
    if (name === domain || name.endsWith(`.${domain}`)) return registry;
  }
  return null;
}

export function registryOfUrl(url: string): Registry | null {
  try {
    return registryOfHost(new WebUrl(url).hostname);
  } catch {
    return null;
  }
}

/**
 * Mail domains of registries and national registries/CERTs. Their abuse mailboxes (APNIC's and
 * KRNIC's IRT objects) are a last resort: they forward, slowly, if at all.
 */
const registryMailDomains = [
  'arin.net',
  'ripe.net',
  'apnic.net',
  'lacnic.net',
  'afrinic.net',
  'nic.or.kr',
  'krnic.net',
  'kisa.or.kr',
  'nic.ad.jp',
  'jpnic.net',
  'cnnic.cn',
  'cnnic.net.cn',
  'twnic.net.tw',
  'twnic.tw',
  'idnic.net',
  'vnnic.vn',
  'vnnic.net.vn',
  'irinn.in',
  'registro.br',
  'nic.br',
  'nic.mx',
];

export function isRegistryMailbox(email: string): boolean {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return registryMailDomains.some((known) => domain === known || domain.endsWith(`.${known}`));
}
