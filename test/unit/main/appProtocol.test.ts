import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appEntryUrl, serveRendererFile } from '../../../main/appProtocol';
import { contentSecurityPolicy } from '../../../main/security';

let sandbox: string;
let rendererRoot: string;

beforeAll(async () => {
  // The renderer folder, with a secret beside it that no app:// URL may reach.
  sandbox = await mkdtemp(join(tmpdir(), 'app-protocol-'));
  rendererRoot = join(sandbox, 'renderer');
  await mkdir(join(rendererRoot, 'assets'), { recursive: true });
  await writeFile(join(rendererRoot, 'index.html'), '<!doctype html><title>Incident Notebook</title>');
  await writeFile(join(rendererRoot, 'assets', 'index.js'), 'console.log(1)');
  await writeFile(join(sandbox, 'secret.txt'), 'private key');
});

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

const serve = (url: string, method = 'GET') => serveRendererFile(rendererRoot, new Request(url, { method }));

describe('serveRendererFile', () => {
  it('serves the entry page as HTML with the Content-Security-Policy', async () => {
    const response = await serve(appEntryUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Incident Notebook');
  });

  it('serves / as index.html and scripts as JavaScript', async () => {
    expect(await (await serve('app://bundle/')).text()).toContain('Incident Notebook');
    const script = await serve('app://bundle/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://bundle/..%2fsecret.txt',
    'app://bundle/assets/..%2f..%2fsecret.txt',
    'app://bundle/..%5csecret.txt',
  ])('refuses the traversal %s, still with the policy header', async (url) => {
    const response = await serve(url);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).not.toContain('private key');
  });

  it('answers 404 with the policy for a missing file or a folder', async () => {
    for (const url of ['app://bundle/missing.js', 'app://bundle/assets']) {
      const response = await serve(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    }
  });

  it('answers only for its own host and only to reads', async () => {
    expect((await serve('app://elsewhere/index.html')).status).toBe(404);
    expect((await serve(appEntryUrl, 'POST')).status).toBe(405);
    const head = await serve(appEntryUrl, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
