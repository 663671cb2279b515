import type { AddressScope } from '../../core/net/addressScope';

/** What kind of address it is, in words a non-specialist understands. */
export const scopeLabel: Record<AddressScope, string> = {
  public: 'Internet',
  private: 'Inside your network',
  loopback: 'This server itself',
  'link-local': 'Same network segment',
  cgnat: 'Provider-shared (CGNAT)',
  'unique-local': 'Inside your network (IPv6)',
  multicast: 'Multicast (unusual)',
  documentation: 'Example address',
  reserved: 'Reserved (unusual)',
  unspecified: 'Unspecified',
  'host-name': 'Host name (the log wrote a name)',
  invalid: 'Not an address',
};
