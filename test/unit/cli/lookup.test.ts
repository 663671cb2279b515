// `lookup` end to end: a child process asks a local stand-in for the registries (127.0.0.1 only)
// and prints one JSON line per address. Covers a redirect, a rate limit, a 404, a timeout,
// malformed JSON and addresses that must never be sent anywhere.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRdap, type RdapServer } from '../../support/rdapServer';

const tsx = 'node_modules/.bin/tsx';
const scratch = mkdtempSync(join(tmpdir(), 'incident-notebook-lookup-'));
const dnsFixture = join(scratch, 'dns.json');
let rdap: RdapServer;

/** RIPE's recorded answer, moved to the block a transfer would have put 8.8.4.4 in. */
function transferredBlock(): string {
  const answer = JSON.parse(readFileSync('test/fixtures/rdap/ripencc__62.239.237.1.json', 'utf8')) as Record<
    string,
    unknown
  >;
  return JSON.stringify({ ...answer, startAddress: '8.8.4.0', endAddress: '8.8.4.255' });
}

beforeAll(async () => {
  rdap = await serveRdap({
    '/arin/ip/74.125.225.229': [{ fixture: 'arin__74.125.225.229.json' }],
    // A transferred block: ARIN sends the question on to RIPE.
    '/arin/ip/8.8.4.4': [{ redirectTo: '/ripe/ip/8.8.4.4' }],
    '/ripe/ip/8.8.4.4': [{ status: 200, body: transferredBlock() }],
    // A registry that answers about another network than the one asked about.
    '/arin/ip/8.8.8.8': [{ redirectTo: '/ripe/ip/8.8.8.8' }],
    '/ripe/ip/8.8.8.8': [{ fixture: 'ripencc__62.239.237.1.json' }],
    '/apnic/ip/210.107.73.73': [
      { status: 429, headers: { 'retry-after': '1' }, body: '' },
      { fixture: 'apnic__210.107.73.73.json' },
    ],
    '/afrinic/ip/196.11.240.215': [{ fixture: 'afrinic__196.11.240.215.json' }],
    '/afrinic/ip/2001:43f8:7b0::1': [{ fixture: 'afrinic__2001_43f8_7b0__.json' }],
    '/apnic/ip/2001:240:10c:1::ca20:9d1d': [{ fixture: 'apnic__2001_240_10c_1__ca20_9d1d.json' }],
    '/arin/ip/23.1.2.3': [{ status: 404, body: '{"errorCode":404,"title":"Not Found"}' }],
    '/arin/ip/23.4.5.6': [{ hang: true }],
    '/arin/ip/23.7.8.9': [{ status: 200, body: '{"objectClassName": "ip network", "name": ' }],
    '/arin/ip/23.9.9.9': [{ status: 429, headers: { 'retry-after': '3600' } }],
    '/arin/ip/23.6.6.6': [{ redirectTo: 'https://rdap.example.net/ip/23.6.6.6' }],
  });
  writeFileSync(
    dnsFixture,
    JSON.stringify({
      reverse: { '74.125.225.229': ['ord08s08-in-f5.1e100.net'], '196.11.240.215': ['spoofed.example'] },
      forward: { 'ord08s08-in-f5.1e100.net': ['74.125.225.229'], 'spoofed.example': ['192.0.2.9'] },
    }),
  );
});

afterAll(async () => {
  await rdap?.close();
  rmSync(scratch, { recursive: true, force: true });
});

type Run = { code: number; stdout: string; stderr: string };
type Line = {
  ip: string;
  scope: string;
  registry: string | null;
  network: { name: string | null; cidr: string | null; country: string | null };
  owner: string | null;
  abuseContacts: { email: string; source: string }[];
  networkContacts: { role: string; name: string | null; emails: string[] }[];
  writeTo: { kind: string; email?: string; role?: string; registryPage?: string | null };
  reverseDns: string | null;
  error: string | null;
};

function lookup(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(tsx, ['main/cli/index.ts', 'lookup', ...args], (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const online = (...addresses: string[]) =>
  lookup(
    '--rdap-bootstrap',
    rdap.bootstrapUrl(),
    '--dns-fixture',
    dnsFixture,
    '--timeout',
    '1',
    ...addresses,
  );

const lines = (run: Run): Line[] =>
  run.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Line);

describe('lookup ADDRESS...', { timeout: 30_000 }, () => {
  it('prints owner, network, abuse contact and a forward-confirmed reverse name for an ARIN address', async () => {
    const run = await online('74.125.225.229');
    expect(run.code).toBe(0);
    expect(lines(run)).toEqual([
      {
        ip: '74.125.225.229',
        scope: 'public',
        registry: 'ARIN',
        network: { name: 'GOOGLE', cidr: '74.125.0.0/16', country: null },
        owner: 'Google Inc.',
        abuseContacts: [{ email: 'arin-contact@google.com', source: 'rdap-abuse-role' }],
        networkContacts: [
          { role: 'registrant', name: 'Google Inc.', handle: 'GOGL', emails: [], phones: [] },
        ],
        writeTo: { kind: 'abuse', email: 'arin-contact@google.com' },
        reverseDns: 'ord08s08-in-f5.1e100.net',
        error: null,
      },
    ]);
  });

  it('follows a redirect from one registry to another listed in the bootstrap', async () => {
    const run = await online('8.8.4.4');
    const [line] = lines(run);
    expect(line?.registry).toBe('RIPE NCC');
    expect(line?.network.name).toBe('BT-CORPORATE');
    expect(rdap.requests).toContain('/ripe/ip/8.8.4.4');
    expect(run.stderr).toMatch(/passed the question on/);
  });

  it('refuses an answer about a network that does not contain the address, naming that network', async () => {
    const [line] = lines(await online('8.8.8.8'));
    expect(line).toMatchObject({ registry: null, owner: null, abuseContacts: [] });
    expect(line?.error).toBe(
      'the answer from RIPE NCC describes the network 62.239.237.0/24 (BT-CORPORATE, 62.239.237.0 – ' +
        '62.239.237.255), which does not contain 8.8.8.8; it was not used: look up again later, or paste ' +
        "the WHOIS answer for 8.8.8.8 from the registry's web page",
    );
  });

  it('refuses a pasted WHOIS answer for another network', async () => {
    const run = await lookup(
      '--offline',
      '--whois-file',
      'test/fixtures/whois/apnic__210.107.73.73.txt',
      '183.62.140.253',
    );
    expect(lines(run)[0]).toMatchObject({
      owner: null,
      abuseContacts: [],
      error: expect.stringMatching(
        /^this WHOIS answer describes the network 210\.107\.0\.0\/17 .*which does not contain 183\.62\.140\.253/,
      ),
    });
  });

  it('waits as a rate limit asks, says so, and then gets the answer', async () => {
    const run = await online('210.107.73.73');
    const [line] = lines(run);
    expect(line?.error).toBeNull();
    expect(line?.abuseContacts.map((contact) => contact.email)).toEqual([
      'abuse@bora.net',
      'hostmaster@nic.or.kr',
    ]);
    expect(run.stderr).toMatch(/asked to slow down \(rate limit\): waited 1 seconds and asked again/);
  });

  it('does not wait out a rate limit of an hour: it says when to try again', async () => {
    const [line] = lines(await online('23.9.9.9'));
    expect(line?.error).toMatch(/limiting how often it answers \(rate limit\); try again in 3600 seconds/);
  });

  it('reads an abuse address from an AFRINIC remark and prints a reverse name even when it does not map back', async () => {
    const [line] = lines(await online('196.11.240.215'));
    expect(line?.abuseContacts).toEqual([{ email: 'abuse@mtnbusiness.co.za', source: 'rdap-remarks' }]);
    expect(line?.reverseDns).toBe('spoofed.example');
  });

  it('names the contact of the network it writes to instead when AFRINIC lists no abuse contact', async () => {
    const [line] = lines(await online('2001:43f8:7b0::1'));
    expect(line?.abuseContacts).toEqual([]);
    expect(line?.writeTo).toEqual({
      kind: 'network-contact',
      email: 'mwangi@isoc.org',
      role: 'registrant',
      name: 'ORG-TA38-AFRINIC',
    });
    expect(line?.networkContacts.map((contact) => [contact.role, contact.name])).toEqual([
      ['registrant', 'ORG-TA38-AFRINIC'],
      ['unstated', 'TESPOK TESPOK'],
      ['unstated', 'Barry macharia'],
    ]);
  });

  it("never offers a registry's mailbox: with no contact of the network it names the registry's page", async () => {
    const [line] = lines(await online('2001:240:10c:1::ca20:9d1d'));
    expect(line?.writeTo).toEqual({
      kind: 'nobody',
      registryPage: 'https://www.apnic.net/manage-ip/using-whois/abuse-and-spamming/',
    });
  });

  it('says plainly when the registry has no record, does not answer in time, or answers garbage', async () => {
    const started = Date.now();
    const [missing, silent, garbled] = lines(await online('23.1.2.3', '23.4.5.6', '23.7.8.9'));
    expect(missing?.error).toMatch(/has no record for 23\.1\.2\.3 \(404 not found\); paste the WHOIS answer/);
    // Nobody answered: not "no abuse contact registered".
    expect(missing?.writeTo).toEqual({ kind: 'not-known' });
    expect(silent?.error).toMatch(/did not answer within 1 seconds/);
    expect(garbled?.error).toMatch(/not valid JSON/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('refuses a redirect to a server the bootstrap does not list, without asking it', async () => {
    const [line] = lines(await online('23.6.6.6'));
    expect(line?.error).toMatch(/rdap\.example\.net, which is not an RDAP server this app knows/);
  });

  it('never sends private, documentation or loopback addresses anywhere', async () => {
    const before = rdap.requests.length;
    const run = await online('192.168.1.20', '203.0.113.7', '127.0.0.1', '100.64.1.1', 'not-an-ip');
    const printed = lines(run);
    expect(printed.map((line) => line.scope)).toEqual([
      'private',
      'documentation',
      'loopback',
      'cgnat',
      'invalid',
    ]);
    expect(printed[0]?.error).toMatch(/inside your own network/);
    // Only the bootstrap was fetched.
    expect(rdap.requests.slice(before)).toEqual(['/bootstrap.json']);
  });

  it('looks up an IPv4-mapped IPv6 address as the IPv4 address it carries', async () => {
    const [line] = lines(await online('::ffff:74.125.225.229'));
    expect(line?.ip).toBe('74.125.225.229');
    expect(line?.registry).toBe('ARIN');
  });

  it('sends nothing in offline mode and reads a pasted WHOIS answer instead', async () => {
    const before = rdap.requests.length;
    const offline = lines(await lookup('--offline', '74.125.225.229'));
    expect(offline[0]?.error).toMatch(/offline: nothing was looked up/);
    const run = await lookup(
      '--offline',
      '--whois-file',
      'test/fixtures/whois/ripencc__62.239.237.1.txt',
      '62.239.237.1',
    );
    expect(lines(run)[0]).toMatchObject({
      registry: 'RIPE NCC',
      network: { name: 'BT-CORPORATE', cidr: '62.239.237.0/24', country: 'GB' },
      abuseContacts: [{ email: 'protect@bt.com', source: 'whois-text' }],
      error: null,
    });
    expect(rdap.requests.length).toBe(before);
  });

  it('explains a missing address or an unreadable bootstrap with exit code 2', async () => {
    await expect(lookup()).resolves.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/lookup: no address given/),
    });
    const run = await lookup('--rdap-bootstrap', join(scratch, 'missing.json'), '74.125.225.229');
    expect(run).toMatchObject({ code: 2, stderr: expect.stringMatching(/RDAP bootstrap could not be read/) });
  });
});
