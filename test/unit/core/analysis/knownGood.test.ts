import { describe, expect, it } from 'vitest';
import { knownGoodMatcher, parseKnownGoodNetwork } from '../../../../renderer/core/analysis/knownGood';

describe('known-good addresses and user names', () => {
  const ours = knownGoodMatcher({
    networks: ['192.168.1.0/24', '2001:db8:1::/48', '198.51.100.7'],
    userNames: ['alice'],
  });

  it('matches addresses inside a CIDR network, single addresses, IPv6 and IPv4-mapped forms', () => {
    expect(ours.isOurAddress('192.168.1.20')).toBe(true);
    expect(ours.isOurAddress('::ffff:192.168.1.20')).toBe(true);
    expect(ours.isOurAddress('2001:db8:1:5::1')).toBe(true);
    expect(ours.isOurAddress('198.51.100.7')).toBe(true);
    expect(ours.isOurAddress('198.51.100.8')).toBe(false);
    expect(ours.isOurAddress('not an address')).toBe(false);
  });

  it('matches user names exactly', () => {
    expect(ours.isOurUser('alice')).toBe(true);
    expect(ours.isOurUser('Alice')).toBe(false);
  });

  it('explains an entry that is not an address or a network', () => {
    expect(parseKnownGoodNetwork('192.168.1.0/33')).toEqual({
      problem: '"192.168.1.0/33" is not an address or a network (write networks like 192.0.2.0/24).',
    });
    expect('range' in parseKnownGoodNetwork(' 10.0.0.0/8 ')).toBe(true);
  });
});
