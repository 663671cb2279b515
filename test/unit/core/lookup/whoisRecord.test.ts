// Every recorded WHOIS answer through the pasted-WHOIS extraction, pinning the abuse contact each
// yields.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWhoisAnswer } from '../../../../renderer/core/lookup/whoisRecord';
import { addressOfFixture } from '../../../support/registryFixtures';

function record(name: string) {
  const reading = readWhoisAnswer(
    readFileSync(`test/fixtures/whois/${name}`, 'utf8'),
    addressOfFixture(name),
  );
  if (!reading.ok) throw new Error(reading.problem);
  return reading.record;
}

const emails = (name: string) => record(name).abuseContacts.map((contact) => contact.email);

describe('reading pasted WHOIS answers', () => {
  it('reads ARIN’s OrgAbuseEmail, network and organisation', () => {
    expect(record('arin__74.125.225.229.txt')).toMatchObject({
      registry: 'ARIN',
      network: { name: 'GOOGLE', cidr: '74.125.0.0/16', country: 'US' },
      owner: 'Google Inc.',
      registeredAt: '2007-03-13',
      abuseContacts: [{ email: 'arin-contact@google.com', source: 'whois-text', rank: 1 }],
    });
    expect(emails('arin__2001_4860_4860__8888.txt')).toEqual(['arin-contact@google.com']);
  });

  it('takes RIPE’s "% Abuse contact for … is" line, not older remarks', () => {
    expect(emails('ripencc__62.239.237.1.txt')).toEqual(['protect@bt.com']);
    expect(emails('ripencc__2a00_2381_ffff__1.txt')).toEqual(['protect@bt.com']);
    expect(record('ripencc__62.239.237.1.txt').network).toMatchObject({
      name: 'BT-CORPORATE',
      cidr: '62.239.237.0/24',
      country: 'GB',
    });
  });

  it('ranks the APNIC member’s remark above the KRNIC IRT abuse-mailbox', () => {
    expect(record('apnic__210.107.73.73.txt').abuseContacts).toEqual([
      { email: 'abuse@bora.net', source: 'whois-text', rank: 1, registryLevel: false },
      { email: 'hostmaster@nic.or.kr', source: 'whois-text', rank: 2, registryLevel: true },
    ]);
  });

  it('uses the most specific network of an APNIC answer and finds no abuse contact for JPNIC', () => {
    expect(record('apnic__2001_240_10c_1__ca20_9d1d.txt')).toMatchObject({
      network: { name: 'IIJ-PRJNET', cidr: '2001:240:10c::/48', country: 'JP' },
      owner: 'Internet Initiative Japan Inc.',
      abuseContacts: [],
    });
  });

  it('follows LACNIC’s abuse-c handle to the person’s e-mail and expands "200.57.128/19"', () => {
    expect(record('lacnic__200.57.141.161.txt')).toMatchObject({
      registry: 'LACNIC',
      network: { cidr: '200.57.128.0/19', country: 'MX' },
      owner: 'Triara.com, S.A. de C.V.',
      registeredAt: '2000-12-04',
      lastChangedAt: '2014-07-16',
      abuseContacts: [{ email: 'operacion.redes@triara.com', source: 'whois-text', rank: 1 }],
    });
    expect(emails('lacnic__2801_10_c000__.txt')).toEqual(['sistemas.red@uco.edu.co']);
  });

  it('finds AFRINIC’s address in a remark when "No abuse contact registered", and nothing when there is none', () => {
    expect(emails('afrinic__196.11.240.215.txt')).toEqual(['abuse@mtnbusiness.co.za']);
    expect(record('afrinic__196.11.240.215.txt').owner).toBe('MTN SA');
    expect(emails('afrinic__2001_43f8_7b0__.txt')).toEqual([]);
  });

  it('says so when the pasted text is no WHOIS answer', () => {
    expect(readWhoisAnswer('Hello, this is a letter.', '183.62.140.253')).toEqual({
      ok: false,
      problem: 'this does not look like a WHOIS answer for an address: no network and no contact found',
    });
  });
});
