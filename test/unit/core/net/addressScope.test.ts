import { describe, expect, it } from 'vitest';
import { addressScope, normalizeAddress } from '../../../../renderer/core/net/addressScope';

describe('addressScope', () => {
  it.each([
    ['34.23.190.173', 'public'],
    ['2a01:4f8:d23f:892f::1819', 'public'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.20', 'private'],
    ['fd12:3456::1', 'unique-local'],
    ['100.64.0.1', 'cgnat'],
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['169.254.10.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['224.0.0.251', 'multicast'],
    ['ff02::1', 'multicast'],
    ['192.0.2.1', 'documentation'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['2001:db8::1', 'documentation'],
    ['0.0.0.0', 'unspecified'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
  ] as const)('calls %s %s', (ip, scope) => {
    expect(addressScope(ip)).toBe(scope);
  });

  it('judges an IPv4-mapped IPv6 address by its IPv4 address', () => {
    expect(addressScope('::ffff:192.168.1.5')).toBe('private');
    expect(addressScope('::ffff:c0a8:105')).toBe('private');
    expect(addressScope('::ffff:34.23.190.173')).toBe('public');
  });

  it('accepts brackets and a zone id as sshd and journald write them', () => {
    expect(addressScope('[fe80::1%eth0]')).toBe('link-local');
  });

  it.each(['', 'root', '1x', '1', '0x7f.0.0.1', '010.1.1.1', '1.2.3.256', 'admin from 192.0.2.1'])(
    'calls %j invalid',
    (text) => {
      expect(addressScope(text)).toBe('invalid');
    },
  );
});

describe('normalizeAddress', () => {
  it('strips brackets and the zone id', () => {
    expect(normalizeAddress('[2001:db8::1]')).toBe('2001:db8::1');
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1');
  });

  it('writes an IPv4-mapped address as plain IPv4 so one attacker is one source', () => {
    expect(normalizeAddress('::ffff:203.0.113.4')).toBe('203.0.113.4');
    expect(normalizeAddress('::FFFF:203.0.113.4')).toBe('203.0.113.4');
  });

  it('leaves ordinary addresses alone', () => {
    expect(normalizeAddress('203.0.113.4')).toBe('203.0.113.4');
    expect(normalizeAddress('2001:db8::ffff:1')).toBe('2001:db8::ffff:1');
  });
});
