// The shared RDAP query logic with a scripted transport: what is asked, what is refused, and the
// sentence each failure becomes. No sockets at all.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  isBootstrapServer,
  readBootstrap,
  rdapServerFor,
} from '../../../../renderer/core/lookup/rdapBootstrap';
import {
  queryRdap,
  retryAfterSeconds,
  type RdapHttpResponse,
} from '../../../../renderer/core/lookup/rdapQuery';

const shipped = readBootstrap(JSON.parse(readFileSync('assets/rdap-bootstrap.json', 'utf8')));
const arinFixture = readFileSync('test/fixtures/rdap/arin__74.125.225.229.json', 'utf8');

const answer = (status: number, extra: Partial<RdapHttpResponse> = {}): RdapHttpResponse => ({
  status,
  location: null,
  retryAfter: null,
  url: '',
  text: async () => '',
  ...extra,
});

function scripted(...answers: (RdapHttpResponse | Error)[]) {
  const asked: string[] = [];
  const http = vi.fn(async (url: string) => {
    asked.push(url);
    const next = answers.shift();
    if (!next) throw new Error('asked more often than scripted');
    if (next instanceof Error) throw next;
    return next;
  });
  return { http, asked };
}

const options = (http: ReturnType<typeof scripted>['http'], wait = vi.fn(async () => {})) => ({
  http,
  wait,
  isAllowedServer: (url: string) => (shipped ? isBootstrapServer(shipped, url) : false),
  timeoutMs: 2000,
  maxRateLimitWaitMs: 30_000,
});

describe('the shipped RDAP bootstrap', () => {
  it('sends each address to its registry over HTTPS', () => {
    if (!shipped) throw new Error('assets/rdap-bootstrap.json unreadable');
    expect(rdapServerFor(shipped, '74.125.225.229')).toBe('https://rdap.arin.net/registry/');
    expect(rdapServerFor(shipped, '62.239.237.1')).toBe('https://rdap.db.ripe.net/');
    expect(rdapServerFor(shipped, '210.107.73.73')).toBe('https://rdap.apnic.net/');
    expect(rdapServerFor(shipped, '200.57.141.161')).toBe('https://rdap.lacnic.net/rdap/');
    expect(rdapServerFor(shipped, '196.11.240.215')).toBe('https://rdap.afrinic.net/rdap/');
    expect(rdapServerFor(shipped, '2a00:2381:ffff::1')).toBe('https://rdap.db.ripe.net/');
  });

  it('allows plain HTTP only to 127.0.0.1, and never a listed HTTP fallback of a real registry', () => {
    if (!shipped) throw new Error('assets/rdap-bootstrap.json unreadable');
    expect(isBootstrapServer(shipped, 'http://rdap.afrinic.net/rdap/ip/1.2.3.4')).toBe(false);
    expect(isBootstrapServer(shipped, 'https://rdap.example.net/ip/1.2.3.4')).toBe(false);
    const local = readBootstrap({
      services: [[['0.0.0.0/0'], ['http://127.0.0.1:9/', 'http://localhost:9/']]],
    });
    expect(local && rdapServerFor(local, '8.8.8.8')).toBe('http://127.0.0.1:9/');
    const remoteHttp = readBootstrap({ services: [[['0.0.0.0/0'], ['http://rdap.example.net/']]] });
    expect(remoteHttp && rdapServerFor(remoteHttp, '8.8.8.8')).toBeNull();
  });
});

describe('asking an RDAP server', () => {
  it('asks ip/ADDRESS and reads the answer', async () => {
    const { http, asked } = scripted(answer(200, { text: async () => arinFixture }));
    const result = await queryRdap('https://rdap.arin.net/registry/', '74.125.225.229', options(http));
    expect(asked).toEqual(['https://rdap.arin.net/registry/ip/74.125.225.229']);
    expect(result).toMatchObject({ ok: true, record: { registry: 'ARIN', network: { name: 'GOOGLE' } } });
  });

  it('follows a redirect to another registry, but not to a server outside the bootstrap', async () => {
    const moved = scripted(
      answer(301, { location: 'https://rdap.db.ripe.net/ip/74.125.225.229' }),
      answer(200, { text: async () => arinFixture }),
    );
    const followed = await queryRdap(
      'https://rdap.arin.net/registry/',
      '74.125.225.229',
      options(moved.http),
    );
    expect(followed).toMatchObject({ ok: true, server: 'https://rdap.db.ripe.net/ip/74.125.225.229' });
    expect(followed.notes).toEqual(['ARIN passed the question on to RIPE NCC']);

    const away = scripted(answer(302, { location: 'http://rdap.db.ripe.net/ip/74.125.225.229' }));
    const refused = await queryRdap('https://rdap.arin.net/registry/', '74.125.225.229', options(away.http));
    expect(refused).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/not an RDAP server this app knows; stopped/),
    });
    expect(away.asked).toHaveLength(1);
  });

  it('refuses a page-followed redirect that ended outside the bootstrap', async () => {
    const { http } = scripted(
      answer(200, { url: 'https://elsewhere.example/ip/1', text: async () => arinFixture }),
    );
    const result = await queryRdap('https://rdap.arin.net/registry/', '74.125.225.229', options(http));
    expect(result).toMatchObject({ ok: false, problem: expect.stringMatching(/elsewhere\.example/) });
  });

  it('waits once as a rate limit asks, then gives up with a sentence', async () => {
    const wait = vi.fn(async () => {});
    const { http } = scripted(answer(429, { retryAfter: '2' }), answer(429, { retryAfter: '2' }));
    const result = await queryRdap('https://rdap.arin.net/registry/', '74.125.225.229', options(http, wait));
    expect(wait).toHaveBeenCalledWith(2000);
    expect(result).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/ARIN is limiting how often it answers/),
    });
    expect(result.notes).toEqual(['ARIN asked to slow down (rate limit): waited 2 seconds and asked again']);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterSeconds('7')).toBe(7);
    expect(retryAfterSeconds('Sat, 21 Nov 2026 12:00:30 GMT', Date.parse('2026-11-21T12:00:00Z'))).toBe(30);
    expect(retryAfterSeconds('soon')).toBe(5);
  });

  it('turns a timeout, a refused connection and an HTTP error into plain sentences', async () => {
    const timeout = Object.assign(new Error('The operation was aborted due to timeout'), {
      name: 'TimeoutError',
    });
    const cases: [RdapHttpResponse | Error, RegExp][] = [
      [timeout, /rdap\.arin\.net did not answer within 2 seconds; try again later/],
      [
        new TypeError('fetch failed'),
        /could not reach rdap\.arin\.net \(fetch failed\); check the internet connection/,
      ],
      [answer(503), /ARIN answered with an error \(HTTP 503\)/],
      [answer(404), /ARIN has no record for 74\.125\.225\.229 \(404 not found\)/],
      [answer(200, { text: async () => '<html>' }), /not valid JSON/],
    ];
    for (const [reply, problem] of cases) {
      const { http } = scripted(reply);
      const result = await queryRdap('https://rdap.arin.net/registry/', '74.125.225.229', options(http));
      expect(result).toMatchObject({ ok: false, problem: expect.stringMatching(problem) });
    }
  });
});
