// Scope first: only a public address is ever sent to a registry. Every other kind gets a plain
// explanation instead, because a lookup would tell nothing (or tell a registry about your network).
import { addressScope, normalizeAddress, type AddressScope } from '../net/addressScope';
import type { AddressLookup } from './addressLookup';

export type LookupEligibility =
  | { eligible: true; ip: string; scope: 'public' }
  | { eligible: false; ip: string; scope: AddressScope; explanation: string };

export const scopeExplanations: Record<Exclude<AddressScope, 'public'>, string> = {
  private:
    'This address is inside your own network (or the server’s): no registry knows it. Ask whoever runs that network which device has it — a computer, a printer, a VPN — and look there.',
  'unique-local':
    'This IPv6 address is inside your own network: no registry knows it. Ask whoever runs that network which device has it.',
  loopback:
    'This is the server talking to itself (127.0.0.1 or ::1). A program on the server itself made these attempts: look at what runs there.',
  'link-local':
    'This address only exists on the server’s own network segment (169.254.x.x or fe80::). A device plugged into the same network made these attempts.',
  cgnat:
    'This address is from the range internet providers share between customers (100.64.0.0/10). It does not identify anyone outside that provider: ask your provider if it appears on your side.',
  documentation:
    'This is an example address reserved for documentation (like 203.0.113.x). Real attackers never come from it: the line was probably written by hand or by a test.',
  multicast:
    'This is a multicast address: it cannot start a login. The log line is unusual; keep it as evidence.',
  reserved:
    'This address is reserved and not used on the internet. The log line is unusual; keep it as evidence.',
  unspecified: 'This is the "no address" placeholder (0.0.0.0 or ::). There is nobody to look up.',
  'host-name':
    'The log names this source by a host name, not an address: sshd does that when it runs with "UseDNS yes". The name is what the attacker\'s own reverse DNS said, so it proves nothing on its own. Find the address in the other lines of the same connection, or ask the server\'s firewall log which address connected then.',
  invalid: 'This is not an IP address, so there is nothing to look up.',
};

/** IPv4-mapped IPv6 (::ffff:a.b.c.d) is judged and looked up as the IPv4 address it carries. */
export function lookupEligibility(text: string): LookupEligibility {
  const ip = normalizeAddress(text.trim());
  const scope = addressScope(ip);
  if (scope === 'public') return { eligible: true, ip, scope };
  return { eligible: false, ip, scope, explanation: scopeExplanations[scope] };
}

/** A lookup with nothing found yet: where every lookup starts, online, offline or pasted. */
export function emptyLookup(eligibility: LookupEligibility, now: number): AddressLookup {
  return {
    ip: eligibility.ip,
    scope: eligibility.scope,
    lookedUpAt: now,
    source: 'none',
    server: null,
    record: null,
    reverseDns: null,
    error: null,
    notes: [],
  };
}
