import { join } from 'node:path';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  contentSecurityPolicy,
  denyAllPermissions,
  hardenWebContents,
  isAllowedNavigation,
  isMailDraftLink,
  keepDevToolsClosed,
  mailDraftLink,
  resolveInsideRoot,
  secureWebPreferences,
} from '../../../main/security';

const directives = new Map(
  contentSecurityPolicy.split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    return [name, sources] as const;
  }),
);

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page and gives it no Node', () => {
    const preferences = secureWebPreferences('/app/out/preload/index.cjs');
    expect(preferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });
});

describe('contentSecurityPolicy', () => {
  it('allows neither inline code nor string eval', () => {
    const allSources = [...directives.values()].flat();
    expect(allSources).not.toContain("'unsafe-inline'");
    expect(allSources).not.toContain("'unsafe-eval'");
    expect(allSources).not.toContain("'unsafe-hashes'");
  });

  it('names no remote host: only the app itself, data: and blob:', () => {
    const allowedSources = new Set(["'self'", "'none'", "'wasm-unsafe-eval'", 'data:', 'blob:']);
    for (const [name, sources] of directives) {
      for (const source of sources) expect(allowedSources, `${name} ${source}`).toContain(source);
    }
  });

  it('runs scripts only from the app, with WebAssembly for the PDF library', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
  });

  it('closes plugins, base rewriting, form posts and framing', () => {
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(directives.get(name), name).toEqual(["'none'"]);
    }
  });
});

describe('isAllowedNavigation', () => {
  it.each(['app://bundle/index.html', 'app://bundle/', 'app://bundle/index.html#/case/7'])(
    'allows our own page %s',
    (url) => {
      expect(isAllowedNavigation(url)).toBe(true);
    },
  );

  it.each([
    'https://evil.example/',
    'http://bundle/index.html',
    'app://evil.example/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('resolveInsideRoot', () => {
  const root = join('/srv', 'app', 'out', 'renderer');

  it('maps request paths to files inside the root', () => {
    expect(resolveInsideRoot(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveInsideRoot(root, '/assets/index-1a2b.js')).toBe(join(root, 'assets', 'index-1a2b.js'));
    expect(resolveInsideRoot(root, '/assets/my%20font.woff2')).toBe(join(root, 'assets', 'my font.woff2'));
  });

  it.each([
    '../../etc/passwd',
    '/../../etc/passwd',
    '/assets/../../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    '/..%2f..%2fetc%2fpasswd',
    '/..%5c..%5cetc%5cpasswd',
    '/..\\..\\etc\\passwd',
    '/..',
  ])('refuses the traversal %s', (requestPath) => {
    expect(resolveInsideRoot(root, requestPath)).toBeNull();
  });

  it('refuses NUL bytes, malformed escapes and the root folder itself', () => {
    expect(resolveInsideRoot(root, '/index.html%00.png')).toBeNull();
    expect(resolveInsideRoot(root, '/%E0%A4%A')).toBeNull();
    expect(resolveInsideRoot(root, '/')).toBeNull();
  });

  it('decodes only once, so a double-encoded traversal stays a harmless file name inside the root', () => {
    expect(resolveInsideRoot(root, '/%252e%252e/%252e%252e/etc/passwd')).toBe(
      join(root, '%2e%2e', '%2e%2e', 'etc', 'passwd'),
    );
  });
});

type Listener = (event: { url: string; preventDefault: () => void }) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener);
    },
  };
  const fire = (name: string, url: string): boolean => {
    const preventDefault = vi.fn();
    listeners.get(name)?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return {
    contents: contents as unknown as WebContents,
    fire,
    openWindow: (url: string) => openHandler?.({ url }),
  };
}

describe('hardenWebContents', () => {
  it('blocks navigation and redirects away from the app', () => {
    const page = fakeWebContents();
    hardenWebContents(page.contents);
    expect(page.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(page.fire('will-redirect', 'https://evil.example/login')).toBe(true);
    expect(page.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
  });

  it('lets the app navigate within its own origin', () => {
    const page = fakeWebContents();
    hardenWebContents(page.contents);
    expect(page.fire('will-navigate', 'app://bundle/index.html')).toBe(false);
  });

  it('denies every new window, even one for our own origin', () => {
    const page = fakeWebContents();
    hardenWebContents(page.contents);
    expect(page.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(page.openWindow('app://bundle/index.html')).toEqual({ action: 'deny' });
  });

  it('prevents attaching a webview', () => {
    const page = fakeWebContents();
    hardenWebContents(page.contents);
    expect(page.fire('will-attach-webview', 'app://bundle/index.html')).toBe(true);
  });
});

describe('handing an abuse email to the mail program', () => {
  it('opens only mailto: links to an address, and never inside the app', () => {
    const page = fakeWebContents();
    const openMailDraft = vi.fn();
    hardenWebContents(page.contents, { openMailDraft });
    const draft = 'mailto:abuse@example.net?subject=Failed%20logins&body=Hello';
    expect(page.fire('will-navigate', draft)).toBe(true);
    expect(page.openWindow(draft)).toEqual({ action: 'deny' });
    expect(openMailDraft.mock.calls).toEqual([[draft], [draft]]);
  });

  it.each([
    ['a file', 'file:///etc/passwd'],
    ['a web page', 'https://evil.example/'],
    ["another program's scheme", 'ms-settings:privacy'],
    ['a mailto: without an address', 'mailto:'],
    ['a mailto: with a path', 'mailto:../../x'],
    ['an over-long draft', `mailto:abuse@example.net?body=${'x'.repeat(9000)}`],
    ['a local file to attach', 'mailto:abuse@example.net?attach=/etc/passwd&body=Hello'],
    ['an attachment in other case', 'mailto:abuse@example.net?Attachment=%2Fetc%2Fpasswd'],
    ['a copy recipient', 'mailto:abuse@example.net?cc=boss@example.org'],
    ['a blind copy recipient', 'mailto:abuse@example.net?BCC=eve@evil.example&subject=x'],
    ['more recipients in a field', 'mailto:abuse@example.net?to=eve@evil.example'],
    ['two recipients', 'mailto:abuse@example.net,eve@evil.example?subject=x'],
    ['two recipients, encoded', 'mailto:abuse@example.net%2Ceve@evil.example'],
    ['a name with the address', 'mailto:Abuse%20%3Cabuse@example.net%3E'],
    ['a field hidden in the address', 'mailto:a%3Fcc%3Deve@evil.example'],
    ['a line break in the subject', 'mailto:abuse@example.net?subject=Hi%0D%0ABcc:%20eve@evil.example'],
    ['a subject given twice', 'mailto:abuse@example.net?subject=a&subject=b'],
    ['a fragment', 'mailto:abuse@example.net?subject=a#x'],
    ['a broken escape', 'mailto:abuse@example.net?body=%E0%A4%A'],
  ])('refuses to hand %s to another program', (_what, url) => {
    const page = fakeWebContents();
    const openMailDraft = vi.fn();
    hardenWebContents(page.contents, { openMailDraft });
    page.fire('will-navigate', url);
    page.openWindow(url);
    expect(openMailDraft).not.toHaveBeenCalled();
  });
});

describe('mailDraftLink', () => {
  it('rebuilds the link from the one recipient, the subject and the body it checked', () => {
    expect(
      mailDraftLink('mailto:abuse@example.net?body=Line%201%0D%0ALine%202+plus&SUBJECT=Failed%20logins'),
    ).toBe('mailto:abuse@example.net?body=Line%201%0D%0ALine%202%2Bplus&subject=Failed%20logins');
    expect(mailDraftLink('mailto:abuse@example.net')).toBe('mailto:abuse@example.net');
    expect(isMailDraftLink('mailto:abuse@example.net?cc=x@example.org')).toBe(false);
  });
});

describe('DevTools', () => {
  it('cannot be opened in a packaged app, and are closed again should anything open them', () => {
    expect(secureWebPreferences('/p.cjs', true).devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs', false).devTools).toBe(true);
    const listeners = new Map<string, () => void>();
    const contents = {
      on: (name: string, listener: () => void) => listeners.set(name, listener),
      closeDevTools: vi.fn(),
    };
    keepDevToolsClosed(contents as unknown as WebContents, true);
    listeners.get('devtools-opened')?.();
    expect(contents.closeDevTools).toHaveBeenCalledTimes(1);
    const unpackaged = { on: vi.fn() };
    keepDevToolsClosed(unpackaged as unknown as WebContents, false);
    expect(unpackaged.on).not.toHaveBeenCalled();
  });
});

describe('denyAllPermissions', () => {
  it('refuses every permission request and check except writing text to the clipboard', () => {
    type RequestHandler = (contents: unknown, permission: string, grant: (granted: boolean) => void) => void;
    type CheckHandler = (contents: unknown, permission: string) => boolean;
    let onRequest: RequestHandler | undefined;
    let onCheck: CheckHandler | undefined;
    const session = {
      setPermissionRequestHandler: (handler: RequestHandler) => (onRequest = handler),
      setPermissionCheckHandler: (handler: CheckHandler) => (onCheck = handler),
    };
    denyAllPermissions(session as unknown as Session);

    const grantClipboardWrite = vi.fn();
    onRequest?.(null, 'clipboard-sanitized-write', grantClipboardWrite);
    expect(grantClipboardWrite).toHaveBeenCalledWith(true);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const grant = vi.fn();
      onRequest?.(null, permission, grant);
      expect(grant).toHaveBeenCalledWith(false);
      expect(onCheck?.(null, permission)).toBe(false);
    }
  });
});
