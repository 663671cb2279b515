// A registry answer is used only for an address inside the network it describes: every recorded
// WHOIS and RDAP answer of the five registries, for its own address and for one outside.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { networkContains, networkWords } from '../../../../renderer/core/lookup/networkContains';
import { readRdapText } from '../../../../renderer/core/lookup/rdapRecord';
import { queryRdap } from '../../../../renderer/core/lookup/rdapQuery';
import { readWhoisAnswer } from '../../../../renderer/core/lookup/whoisRecord';
import { emptyNetwork } from '../../../../renderer/core/lookup/ownerRecord';
import { addressOfFixture } from '../../../support/registryFixtures';

const whoisOf = (name: string) => readFileSync(`test/fixtures/whois/${name}`, 'utf8');
const rdapOf = (name: string) => readFileSync(`test/fixtures/rdap/${name}`, 'utf8');
const whoisFixtures = readdirSync('test/fixtures/whois').filter((name) => name.endsWith('.txt'));
const rdapFixtures = readdirSync('test/fixtures/rdap').filter((name) => /^[a-z]+__.*\.json$/.test(name));
/** Outside every recorded network, of each family. */
const elsewhere = (ip: string) =>
  ip.includes(':') ? '2a02:c207:2018:1111::1' : ip === '183.62.140.253' ? '45.13.104.7' : '183.62.140.253';

describe('a pasted WHOIS answer', () => {
  it('is refused for 183.62.140.253 when it is the WHOIS of 210.107.0.0/17, naming that network', () => {
    const reading = readWhoisAnswer(whoisOf('apnic__210.107.73.73.txt'), '183.62.140.253');
    expect(reading).toEqual({
      ok: false,
      problem:
        'this WHOIS answer describes the network 210.107.0.0/17 (BORANET-NET-210-107, 210.107.0.0 – ' +
        '210.107.127.255), which does not contain 183.62.140.253; it was not used: paste the answer of ' +
        '"whois 183.62.140.253" (or of the registry\'s web page for 183.62.140.253) instead',
    });
  });

  it.each(whoisFixtures)('%s is used for its own address and refused for one outside', (name) => {
    const ip = addressOfFixture(name);
    expect(readWhoisAnswer(whoisOf(name), ip).ok, ip).toBe(true);
    const refused = readWhoisAnswer(whoisOf(name), elsewhere(ip));
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problem).toMatch(/^this WHOIS answer describes the network .+, which does not contain/);
  });

  it("reads AFRINIC's awkward range 196.11.239.0 - 196.11.246.255 to its exact ends", () => {
    const text = whoisOf('afrinic__196.11.240.215.txt');
    expect(readWhoisAnswer(text, '196.11.239.0').ok).toBe(true);
    expect(readWhoisAnswer(text, '196.11.246.255').ok).toBe(true);
    const below = readWhoisAnswer(text, '196.11.238.255');
    expect(below.ok).toBe(false);
    if (!below.ok) {
      expect(below.problem).toMatch(
        /^this WHOIS answer describes the network 196\.11\.239\.0 – 196\.11\.246\.255 \(NET-196-11-239-0\), which/,
      );
    }
    expect(readWhoisAnswer(text, '196.11.247.0').ok).toBe(false);
  });

  it("checks an IPv6 inet6num written with zero-padded groups (AFRINIC's 2001:43f8:07b0::/48)", () => {
    const text = whoisOf('afrinic__2001_43f8_7b0__.txt');
    expect(readWhoisAnswer(text, '2001:43f8:7b0:ffff::1').ok).toBe(true);
    expect(readWhoisAnswer(text, '2001:43f8:7b1::1').ok).toBe(false);
    expect(readWhoisAnswer(text, '196.11.240.215').ok).toBe(false);
  });

  it('uses the most specific network that contains the address, not the most specific one printed', () => {
    // An ARIN answer printing the customer's block and the provider's allocation around it.
    const text =
      `NetRange:       74.125.0.0 - 74.125.255.255\nCIDR:           74.125.0.0/16\nNetName:        GOOGLE\n` +
      `OrgName:        Google Inc.\nOrgAbuseEmail:  arin-contact@google.com\n\n` +
      `NetRange:       74.125.225.0 - 74.125.225.255\nCIDR:           74.125.225.0/24\nNetName:        CUSTOMER-NET\n`;
    const inner = readWhoisAnswer(text, '74.125.225.229');
    const outer = readWhoisAnswer(text, '74.125.1.1');
    expect(inner.ok && inner.record.network.name).toBe('CUSTOMER-NET');
    expect(outer.ok && outer.record.network.name).toBe('GOOGLE');
  });

  it('refuses an answer that names contacts but no range: nothing shows which network it is about', () => {
    const reading = readWhoisAnswer('OrgName: Example\nOrgAbuseEmail: abuse@example.net\n', '183.62.140.253');
    expect(reading).toEqual({
      ok: false,
      problem: expect.stringMatching(
        /^this WHOIS answer names no address range, so nothing shows it is about 183\.62\.140\.253; it was not used/,
      ),
    });
  });

  it('judges an IPv4-mapped IPv6 address (::ffff:a.b.c.d) as the IPv4 address it carries', () => {
    expect(readWhoisAnswer(whoisOf('apnic__210.107.73.73.txt'), '::ffff:210.107.73.73').ok).toBe(true);
  });
});

describe('an RDAP answer', () => {
  it.each(rdapFixtures)('%s contains its own address and not one outside', (name) => {
    const reading = readRdapText(rdapOf(name));
    if (!reading.ok) throw new Error(reading.problem);
    const ip = addressOfFixture(name);
    expect(networkContains(reading.record.network, ip), ip).toBe(true);
    expect(networkContains(reading.record.network, elsewhere(ip))).toBe(false);
  });

  it('is checked against cidr0_cidrs when it gives no startAddress and endAddress', () => {
    const json = JSON.parse(rdapOf('apnic__210.107.73.73.json')) as Record<string, unknown>;
    delete json.startAddress;
    delete json.endAddress;
    json.cidr0_cidrs = [{ v4prefix: '210.107.0.0', length: 17 }];
    const reading = readRdapText(JSON.stringify(json));
    if (!reading.ok) throw new Error(reading.problem);
    expect(networkContains(reading.record.network, '210.107.73.73')).toBe(true);
    expect(networkContains(reading.record.network, '210.107.128.1')).toBe(false);
  });

  it('is not believed when a server answers about another network', async () => {
    const body = rdapOf('apnic__210.107.73.73.json');
    const http = vi.fn(async (url: string) => ({
      status: 200,
      location: null,
      retryAfter: null,
      url,
      text: async () => body,
    }));
    const result = await queryRdap('https://rdap.apnic.net/', '183.62.140.253', {
      http,
      wait: async () => {},
      isAllowedServer: () => true,
      timeoutMs: 1000,
      maxRateLimitWaitMs: 0,
    });
    expect(result).toMatchObject({
      ok: false,
      problem:
        'the answer from APNIC describes the network 210.107.0.0/17 (BORANET-NET-210-107, 210.107.0.0 – ' +
        '210.107.127.255), which does not contain 183.62.140.253; it was not used: look up again later, or ' +
        "paste the WHOIS answer for 183.62.140.253 from the registry's web page",
    });
  });
});

describe('the words for a network', () => {
  it('names one block with its ends, several blocks by their ends', () => {
    expect(
      networkWords({
        ...emptyNetwork,
        name: 'X',
        cidr: '10.0.0.0/8',
        start: '10.0.0.0',
        end: '10.255.255.255',
      }),
    ).toBe('10.0.0.0/8 (X, 10.0.0.0 – 10.255.255.255)');
    expect(networkWords({ ...emptyNetwork, cidr: '196.11.239.0/24, 196.11.240.0/21' })).toBe(
      '196.11.239.0/24, 196.11.240.0/21',
    );
    expect(networkWords(emptyNetwork)).toBe('an unnamed network');
  });
});
