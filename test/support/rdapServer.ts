// A stand-in for the registries' RDAP servers on 127.0.0.1, answering with recorded responses from
// test/fixtures/rdap/. Tests point the RDAP bootstrap at it, so no lookup in a test ever leaves
// the machine. Each registry gets a path (/arin/, /ripe/, …) so redirects between them are real.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type RdapReply =
  | { fixture: string; status?: number }
  | { status: number; body?: string; headers?: Record<string, string> }
  | { redirectTo: string }
  | { hang: true };

export type RdapServer = {
  url: string;
  /** Every path asked for, in order: tests check what was (and was not) sent. */
  requests: string[];
  /** The bootstrap file's URL; `base` replaces the server's own URL in it (for a proxy). */
  bootstrapUrl(base?: string): string;
  close(): Promise<void>;
};

const registryPaths: Record<string, string> = {
  'rdap.arin.net': 'arin',
  'rdap.db.ripe.net': 'ripe',
  'rdap.apnic.net': 'apnic',
  'rdap.lacnic.net': 'lacnic',
  'rdap.afrinic.net': 'afrinic',
};

/** The shipped bootstrap with every registry's server replaced by a path on this server. */
function localBootstrap(base: string): string {
  const shipped = JSON.parse(readFileSync(resolve('assets/rdap-bootstrap.json'), 'utf8')) as {
    services: [string[], string[]][];
  };
  const services = shipped.services.map(([prefixes, urls]) => {
    const host = new URL(urls[0] ?? 'https://unknown/').hostname;
    return [prefixes, [`${base}${registryPaths[host] ?? 'unknown'}/`]];
  });
  return JSON.stringify({ publication: '2025-11-01T00:00:00Z', services });
}

/**
 * `replies` maps a path ("/arin/ip/74.125.225.229") to the answers it gives, one per request; the
 * last answer repeats. `{ redirectTo: '/ripe/ip/…' }` redirects within this server.
 */
export async function serveRdap(replies: Record<string, RdapReply[]>): Promise<RdapServer> {
  const requests: string[] = [];
  const counts = new Map<string, number>();
  const hanging = new Set<() => void>();
  let url = '';
  const server: Server = createServer((request, response) => {
    const target = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(target.pathname);
    if (target.pathname === '/bootstrap.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(localBootstrap(target.searchParams.get('base') ?? url));
      return;
    }
    const answers = replies[decodeURIComponent(target.pathname)];
    const index = counts.get(target.pathname) ?? 0;
    counts.set(target.pathname, index + 1);
    const reply = answers?.[Math.min(index, answers.length - 1)];
    if (!reply) {
      response
        .writeHead(404, { 'content-type': 'application/rdap+json' })
        .end('{"errorCode":404,"title":"Not Found"}');
    } else if ('hang' in reply) {
      // Never answers; the client's timeout must end it. Closed when the server closes.
      hanging.add(() => response.destroy());
    } else if ('redirectTo' in reply) {
      response.writeHead(301, { location: new URL(reply.redirectTo, url).toString() }).end();
    } else if ('fixture' in reply) {
      const body = readFileSync(resolve('test/fixtures/rdap', reply.fixture));
      response.writeHead(reply.status ?? 200, { 'content-type': 'application/rdap+json' }).end(body);
    } else {
      response
        .writeHead(reply.status, { 'content-type': 'application/rdap+json', ...reply.headers })
        .end(reply.body ?? '');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  url = `http://127.0.0.1:${address.port}/`;
  return {
    url,
    requests,
    bootstrapUrl: (base) => `${url}bootstrap.json${base ? `?base=${encodeURIComponent(base)}` : ''}`,
    close: () =>
      new Promise((done) => {
        for (const end of hanging) end();
        server.close(() => done());
      }),
  };
}
