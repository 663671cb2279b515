// The network a login address belongs to, for "never seen logging in from here before": a home
// or office line keeps its /24 (IPv4) or /64 (IPv6) even when the address itself changes.
import ipaddr from 'ipaddr.js';
import { normalizeAddress } from '../net/addressScope';

/** "198.51.100.0/24", "2001:db8:1:2::/64", or undefined for text that is not an address. */
export function loginNetwork(ip: string): string | undefined {
  const text = normalizeAddress(ip);
  try {
    if (!text.includes(':')) {
      if (!ipaddr.IPv4.isValidFourPartDecimal(text)) return undefined;
      const parts = ipaddr.IPv4.parse(text).octets;
      return `${parts[0]}.${parts[1]}.${parts[2]}.0/24`;
    }
    const parts = ipaddr.IPv6.parse(text).parts.slice(0, 4);
    return `${ipaddr.IPv6.parse(`${parts.map((part) => part.toString(16)).join(':')}::`).toString()}/64`;
  } catch {
    return undefined;
  }
}
