import { describe, expect, it } from 'vitest';
import {
  isFourPartDecimal,
  readAddress,
  readHostName,
  readSourceName,
} from '../../../../renderer/core/net/addressText';
import { addressScope, normalizeAddress } from '../../../../renderer/core/net/addressScope';

describe('readAddress', () => {
  it('reads the three ways of writing 2001:db8::1 as one address, in RFC 5952 lower case', () => {
    for (const written of ['2001:db8::1', '2001:DB8::1', '2001:0db8:0000::0001', '2001:0DB8:0:0:0:0:0:1'])
      expect(readAddress(written), written).toBe('2001:db8::1');
  });

  it('shortens the longest run of zeros and leaves a single zero group alone (RFC 5952 4.2)', () => {
    expect(readAddress('2001:db8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1');
    expect(readAddress('2001:db8:0:1:1:1:1:1')).toBe('2001:db8:0:1:1:1:1:1');
  });

  it('drops brackets and the zone id', () => {
    expect(readAddress('[2001:db8::1]')).toBe('2001:db8::1');
    expect(readAddress('fe80::1%eth0')).toBe('fe80::1');
    expect(readAddress('[FE80::1%en0.100]')).toBe('fe80::1');
  });

  it('reads an IPv4-mapped IPv6 address as the IPv4 address it carries', () => {
    expect(readAddress('::ffff:203.0.113.4')).toBe('203.0.113.4');
    expect(readAddress('::FFFF:203.0.113.4')).toBe('203.0.113.4');
    expect(readAddress('::ffff:cb00:7104')).toBe('203.0.113.4');
  });

  it('keeps a dotted quad as it is written', () => {
    expect(readAddress('203.0.113.4')).toBe('203.0.113.4');
    expect(readAddress('0.0.0.0')).toBe('0.0.0.0');
    expect(readAddress('255.255.255.255')).toBe('255.255.255.255');
  });

  it.each([
    ['an escape sequence around digits', '1\x1b[2J\x1b[H1'],
    ['a spreadsheet formula after an address', '1.2.3.4,=1+1'],
    ['a formula in a mapped address', '::ffff:=1'],
    ['a part over 255', '999.1.1.1'],
    ['three parts', '1.2.3'],
    ['five parts', '1.2.3.4.5'],
    ['a single number', '1'],
    ['hexadecimal IPv4', '0x7f.0.0.1'],
    ['a leading zero (octal to inet_aton)', '010.1.1.1'],
    ['a trailing dot', '1.2.3.4.'],
    ['an empty part', '1..2.3'],
    ['a zone on IPv4', '1.2.3.4%eth0'],
    ['an empty zone', 'fe80::1%'],
    ['a zone with an escape sequence', 'fe80::1%\x1b[2J'],
    ['an unclosed bracket', '[2001:db8::1'],
    ['text after the bracket', '[2001:db8::1]:22'],
    ['two double colons', '2001::db8::1'],
    ['nine groups', '1:2:3:4:5:6:7:8:9'],
    ['a group of five digits', '2001:db8::12345'],
    ['an octal IPv4 part inside IPv6', '::ffff:010.1.1.1'],
    ['a host name', 'srv01.example.com'],
    ['the empty text', ''],
    ['a very long token', '1'.repeat(10_000)],
  ])('refuses %s', (_what, text) => {
    expect(readAddress(text)).toBeUndefined();
    // A host name is no address, but a source of its own (sshd with UseDNS).
    expect(addressScope(text)).toBe(text === 'srv01.example.com' ? 'host-name' : 'invalid');
  });

  it('reads a hostile token of a megabyte quickly (no backtracking)', () => {
    const started = performance.now();
    for (const text of [':'.repeat(1_000_000), '1.'.repeat(500_000), `${'a'.repeat(999_999)}!`]) {
      expect(readSourceName(text)).toEqual({ kind: 'neither' });
    }
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('isFourPartDecimal', () => {
  it('looks only at the part of the text it is given', () => {
    expect(isFourPartDecimal('from 1.2.3.4 port', 5, 12)).toBe(true);
    expect(isFourPartDecimal('from 1.2.3.4 port', 5, 13)).toBe(false);
  });
});

describe('readHostName', () => {
  it('reads RFC 1123 host names in lower case, one trailing dot dropped', () => {
    expect(readHostName('Mail.Example.COM')).toBe('mail.example.com');
    expect(readHostName('srv01')).toBe('srv01');
    expect(readHostName('host-1.example.org.')).toBe('host-1.example.org');
    expect(readHostName('3com.com')).toBe('3com.com');
    expect(readHostName(`${'a'.repeat(63)}.example`)).toBe(`${'a'.repeat(63)}.example`);
  });

  it.each([
    ['an address-like name with an all-digit last label', '999.1.1.1'],
    ['a number', '12345'],
    ['a label starting with a hyphen', '-bad.example'],
    ['a label ending with a hyphen', 'bad-.example'],
    ['an empty label', 'a..example'],
    ['a label of 64 characters', `${'a'.repeat(64)}.example`],
    ['a name over 253 characters', `${'abcdefghi.'.repeat(26)}com`],
    ['an underscore', 'my_host.example'],
    ['a space', 'my host'],
    ['an escape sequence', 'evil\x1b[2J.example'],
    ['a formula', '=1+1'],
    ['a dot alone', '.'],
    ['non-ASCII letters (IDNs are written as xn-- in logs)', 'bücher.example'],
  ])('refuses %s', (_what, text) => {
    expect(readHostName(text)).toBeUndefined();
  });
});

describe('readSourceName', () => {
  it('tells an address, a host name and neither apart', () => {
    expect(readSourceName('2001:DB8::1')).toEqual({ kind: 'address', address: '2001:db8::1' });
    expect(readSourceName('203.0.113.4')).toEqual({ kind: 'address', address: '203.0.113.4' });
    expect(readSourceName('Scanner.Example.NET')).toEqual({ kind: 'host', name: 'scanner.example.net' });
    for (const text of ['1\x1b[2J\x1b[H1', '1.2.3.4,=1+1', '::ffff:=1', '999.1.1.1', ''])
      expect(readSourceName(text), JSON.stringify(text)).toEqual({ kind: 'neither' });
  });
});

describe('normalizeAddress', () => {
  it('gives every way of writing an address the stored form, and other text back unchanged', () => {
    expect(normalizeAddress('2001:0db8:0000::0001')).toBe('2001:db8::1');
    expect(normalizeAddress('srv01.example.com')).toBe('srv01.example.com');
    expect(normalizeAddress('1.2.3.4,=1+1')).toBe('1.2.3.4,=1+1');
  });
});
