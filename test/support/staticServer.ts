// A tiny static file server on 127.0.0.1 for the built browser host (out/web). Chromium needs a
// real text/html type for "/", or it downloads the page instead of showing it.
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.log': 'text/plain; charset=utf-8',
};

/** Where `npm run build:web` put the browser host (see vite.web.config.ts). */
export const webBuildDir = (): string => resolve(process.env.WEB_OUT_DIR ?? 'out/web');

export type StaticServer = { url: string; close(): Promise<void> };

/**
 * Optional same-origin proxy: requests under `prefix` ("/rdap-proxy/") go to `target` (a test
 * server on 127.0.0.1), so the page reaches it without loosening its connect-src policy.
 */
export type ProxyRoute = { prefix: string; target: string };

export async function serveDirectory(root: string, proxy?: ProxyRoute): Promise<StaticServer> {
  let ownUrl = '';
  const server: Server = createServer(async (request, response) => {
    if (proxy && request.url?.startsWith(proxy.prefix)) {
      await forward(
        request.url.slice(proxy.prefix.length),
        proxy,
        `${ownUrl.slice(0, -1)}${proxy.prefix}`,
        response,
      );
      return;
    }
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response
        .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  ownUrl = `http://127.0.0.1:${address.port}/`;
  return {
    url: ownUrl,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Passes one request on; a redirect inside the target is rewritten to stay behind the proxy. */
async function forward(rest: string, proxy: ProxyRoute, publicPrefix: string, response: ServerResponse) {
  const upstream = new AbortController();
  response.on('close', () => upstream.abort());
  try {
    const answer = await fetch(`${proxy.target}${rest}`, { redirect: 'manual', signal: upstream.signal });
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'retry-after', 'location']) {
      const value = answer.headers.get(name);
      if (value !== null)
        headers[name] = value.startsWith(proxy.target)
          ? publicPrefix + value.slice(proxy.target.length)
          : value;
    }
    response.writeHead(answer.status, headers).end(Buffer.from(await answer.arrayBuffer()));
  } catch {
    if (!response.headersSent) response.writeHead(502);
    response.end();
  }
}
