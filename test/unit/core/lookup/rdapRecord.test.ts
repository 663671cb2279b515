// Every recorded RDAP response through the extraction, pinning the abuse contact each yields.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRdapResponse, readRdapText } from '../../../../renderer/core/lookup/rdapRecord';

const fixture = (name: string): unknown => JSON.parse(readFileSync(`test/fixtures/rdap/${name}`, 'utf8'));

function record(name: string) {
  const reading = readRdapResponse(fixture(name));
  if (!reading.ok) throw new Error(reading.problem);
  return reading.record;
}

const abuse = (name: string) =>
  record(name).abuseContacts.map(({ email, source, rank, registryLevel }) => ({
    email,
    source,
    rank,
    registryLevel,
  }));

describe('reading RDAP responses from the five registries', () => {
  it('finds ARIN’s abuse role nested inside the registrant (IPv4 and IPv6)', () => {
    for (const name of ['arin__74.125.225.229.json', 'arin__2001_4860_4860__8888.json']) {
      expect(abuse(name)).toEqual([
        { email: 'arin-contact@google.com', source: 'rdap-abuse-role', rank: 1, registryLevel: false },
      ]);
      expect(record(name).owner).toBe('Google Inc.');
    }
  });

  it('reads ARIN’s zero-padded start address as a plain CIDR block with dates', () => {
    expect(record('arin__74.125.225.229.json')).toMatchObject({
      registry: 'ARIN',
      network: {
        name: 'GOOGLE',
        handle: 'NET-74-125-0-0-1',
        cidr: '74.125.0.0/16',
        start: '74.125.0.0',
        end: '74.125.255.255',
      },
      registeredAt: '2007-03-13',
      lastChangedAt: '2012-02-24',
    });
    expect(record('arin__2001_4860_4860__8888.json').network.cidr).toBe('2001:4860::/32');
  });

  it('takes the cidr0 prefix when the registry gives one (icann-rdap sample)', () => {
    expect(record('network_192_198_0_0.json')).toMatchObject({
      network: { name: 'RADIOLINK-ARIN-1', cidr: '192.198.0.0/22' },
      owner: 'Radio Link Internet',
      abuseContacts: [
        { email: 'daniel.petsinger@radiolinkinternet.com', source: 'rdap-abuse-role', rank: 1 },
      ],
    });
  });

  it('lists every mailbox of RIPE’s abuse-role entity in the order published', () => {
    for (const name of ['ripencc__62.239.237.1.json', 'ripencc__2a00_2381_ffff__1.json']) {
      expect(abuse(name).map((contact) => contact.email)).toEqual([
        'zzdnsr@bt.com',
        'steve.a.marshall@bt.com',
        'lee.bailey-hague@bt.com',
      ]);
      expect(record(name)).toMatchObject({ registry: 'RIPE NCC', network: { country: 'GB' } });
    }
    expect(record('ripencc__62.239.237.1.json').network).toMatchObject({
      name: 'BT-CORPORATE',
      cidr: '62.239.237.0/24',
    });
  });

  it('puts a mailbox RIPE marks with type "abuse" first, even in an entity without the abuse role', () => {
    const response = fixture('ripencc__62.239.237.1.json') as {
      entities: { roles: string[]; vcardArray: [string, unknown[][]] }[];
    };
    const entity = response.entities[0];
    if (!entity) throw new Error('fixture changed');
    entity.roles = ['technical'];
    entity.vcardArray[1].push(['email', { type: 'abuse' }, 'text', 'abuse@bt.example']);
    const reading = readRdapResponse(response);
    expect(reading.ok && reading.record.abuseContacts).toEqual([
      { email: 'abuse@bt.example', source: 'rdap-abuse-role', rank: 1, registryLevel: false },
    ]);
  });

  it('ranks the network’s own abuse address from a remark above KRNIC’s registry-level IRT', () => {
    expect(abuse('apnic__210.107.73.73.json')).toEqual([
      { email: 'abuse@bora.net', source: 'rdap-remarks', rank: 1, registryLevel: false },
      { email: 'hostmaster@nic.or.kr', source: 'rdap-abuse-role', rank: 2, registryLevel: true },
    ]);
    expect(record('apnic__210.107.73.73.json')).toMatchObject({
      owner: 'DACOM Corp.',
      network: { cidr: '210.107.0.0/17', country: 'KR' },
    });
  });

  it('finds no abuse contact in a JPNIC block whose remark only says "refer to the contacts"', () => {
    const jpnic = record('apnic__2001_240_10c_1__ca20_9d1d.json');
    expect(jpnic.abuseContacts).toEqual([]);
    expect(jpnic.otherContacts).toEqual(['hostmaster@nic.ad.jp']);
    expect(jpnic.owner).toBe('Japan Network Information Center');
  });

  it('reads LACNIC’s abuse role on the person entity', () => {
    expect(abuse('lacnic__200.57.141.161.json')).toEqual([
      { email: 'operacion.redes@triara.com', source: 'rdap-abuse-role', rank: 1, registryLevel: false },
    ]);
    expect(abuse('lacnic__2801_10_c000__.json')).toEqual([
      { email: 'sistemas.red@uco.edu.co', source: 'rdap-abuse-role', rank: 1, registryLevel: false },
    ]);
    expect(record('lacnic__200.57.141.161.json').owner).toBe('Triara.com, S.A. de C.V.');
  });

  it('falls back to an AFRINIC remark near the word "abuse" when no entity has a role', () => {
    expect(abuse('afrinic__196.11.240.215.json')).toEqual([
      { email: 'abuse@mtnbusiness.co.za', source: 'rdap-remarks', rank: 1, registryLevel: false },
    ]);
    expect(record('afrinic__196.11.240.215.json').network.cidr).toBe(
      '196.11.239.0/24, 196.11.240.0/22, 196.11.244.0/23, 196.11.246.0/24',
    );
  });

  it('reports no abuse contact, but the other published mailboxes, when AFRINIC has neither roles nor remarks', () => {
    const tespok = record('afrinic__2001_43f8_7b0__.json');
    expect(tespok.abuseContacts).toEqual([]);
    expect(tespok.otherContacts).toEqual([
      'jpmuga@tespok.co.ke',
      'mwangi@isoc.org',
      'Barry@tespok.co.ke',
      'support@kixp.or.ke',
      'support@tespok.co.ke',
    ]);
  });

  it('turns an RDAP error, an entity record and broken JSON into sentences', () => {
    expect(readRdapResponse(fixture('error_ripe_net.json'))).toEqual({
      ok: false,
      problem: 'the registry answered with error 501: 501 Not Implemented',
    });
    expect(readRdapResponse(fixture('entity_arin_hostmaster.json'))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/"entity" record, not a network/),
    });
    expect(readRdapText('{"name": ')).toEqual({
      ok: false,
      problem: 'the registry answered with something that is not valid JSON',
    });
    expect(readRdapResponse({ entities: 'nonsense' })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/not with an RDAP record/),
    });
  });

  it('survives entities nested deeper than any registry nests them', () => {
    let entity: Record<string, unknown> = {
      roles: ['abuse'],
      vcardArray: ['vcard', [['email', {}, 'text', 'deep@example.net']]],
    };
    for (let depth = 0; depth < 50; depth++) entity = { roles: ['registrant'], entities: [entity] };
    const reading = readRdapResponse({ objectClassName: 'ip network', entities: [entity] });
    expect(reading.ok && reading.record.abuseContacts).toEqual([]);
  });
});
