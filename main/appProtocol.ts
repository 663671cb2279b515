// Serves the built renderer under app://bundle/. A privileged standard scheme gives the page a real
// origin (module workers, fetch and IndexedDB behave as on the web) without file://'s extra powers.
// Plain Node: no electron import, so the file serving and its headers are unit-tested directly.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { appHost, appScheme, contentSecurityPolicy, resolveInsideRoot } from './security';

export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.log': 'text/plain; charset=utf-8',
};

/** Headers on every response, errors included, so no document of ours ever runs without the CSP. */
function securityHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    // A served log must never be sniffed into HTML or script.
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
}

function refusal(status: 403 | 404 | 405): Response {
  return new Response(null, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/** Answers one app:// request with a file from `rendererRoot`, never from anywhere else. */
export async function serveRendererFile(rendererRoot: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
  const url = new URL(request.url);
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return refusal(404);

  const requestPath = url.pathname === '/' ? '/index.html' : url.pathname;
  const file = resolveInsideRoot(rendererRoot, requestPath);
  if (file === null) return refusal(403);

  try {
    const body = await readFile(file);
    const contentType = mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(request.method === 'HEAD' ? null : body, { headers: securityHeaders(contentType) });
  } catch {
    // Missing file or a directory: the page asked for something the build does not contain.
    return refusal(404);
  }
}
