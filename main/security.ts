// The security policy of the desktop shell, written once. The pure pieces (web preferences, CSP,
// navigation and path checks) are unit-tested; the wiring below only takes Electron objects as
// parameters (type imports), so this module never loads Electron itself.
// Before loosening anything here, read https://www.electronjs.org/docs/latest/tutorial/security.
import { isAbsolute, join, relative, sep } from 'node:path';
import type { Session, WebContents, WebPreferences } from 'electron';
import { parseAddressSpec } from '../renderer/core/report/mailbox';

/** The renderer's own origin, app://bundle: the only origin the policy trusts. */
export const appScheme = 'app';
export const appHost = 'bundle';

/**
 * The renderer is a web page that reads hostile log text: it gets no Node and no privileges. In a
 * packaged app (`packaged`) DevTools cannot be opened: they would let anyone at the keyboard, or a
 * page that tricked them, run code with the page's bridge to main.
 */
export function secureWebPreferences(preloadPath: string, packaged = false): WebPreferences {
  return {
    preload: preloadPath,
    devTools: !packaged,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // A dropped log file must go to the import, never replace the page.
    navigateOnDragDrop: false,
    // Chromium's spellchecker downloads dictionaries from Google; the app makes no traffic unasked.
    spellcheck: false,
  };
}

/**
 * Only our own files run. 'wasm-unsafe-eval' lets the PDF library compile WebAssembly; it does not
 * allow eval() of strings. No 'unsafe-inline' anywhere: log lines chosen by attackers end up on
 * screen, and an injected <script> or style must stay inert. Network lookups (RDAP, DNS) run in
 * main, so connect-src needs no remote host.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** True only for our own app://bundle pages; every other URL is somebody else's code. */
export function isAllowedNavigation(url: string): boolean {
  try {
    const target = new URL(url);
    // Node and Chromium disagree on the origin of custom schemes, so compare scheme and host.
    return target.protocol === `${appScheme}:` && target.host === appHost;
  } catch {
    return false;
  }
}

/**
 * Maps a URL path to a file under `root`, or null when it would leave `root`. Decodes first, so
 * `%2e%2e%2f` and `..%5c` are judged as the `../` and `..\` they become.
 */
export function resolveInsideRoot(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  // Treat both slashes as separators on every platform, so a Windows-style path is judged the same.
  const segments = decoded.split(/[\\/]+/).filter((segment) => segment !== '');
  // One joined path, not one argument per segment: a hostile URL can hold a million slashes.
  const file = join(root, segments.join(sep));
  const fromRoot = relative(root, file);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) {
    return null;
  }
  return file;
}

/** Longest mailto: link handed to the mail program; longer drafts are saved as .eml instead. */
export const mailDraftLinkLimit = 8000;

/**
 * The mailto: link handed to the person's mail program ("Open in mail program" for an abuse
 * email), rebuilt from what was checked, or null. One recipient, a subject and a body: nothing
 * else a mail program would act on (`attach=` a local file, `cc`, `bcc`, `to`, several
 * recipients, `from`), never a file:, http: or custom-scheme URL that the operating system would
 * open in some other program. A compromised page gets no more than the app's own button does.
 */
export function mailDraftLink(url: string): string | null {
  if (url.length > mailDraftLinkLimit || !url.toLowerCase().startsWith('mailto:') || url.includes('#'))
    return null;
  const rest = url.slice('mailto:'.length);
  const query = rest.indexOf('?');
  const to = decoded(query < 0 ? rest : rest.slice(0, query));
  // One plain address exactly: "a@b,c@d", "Name <a@b>" and "a?cc=x@b" (written with %3F) are
  // refused; abuse mailboxes use letters, digits, ".", "_", "+" and "-" before the "@".
  if (to === null || parseAddressSpec(to) === null || !/^[A-Za-z0-9._+-]+@/.test(to)) return null;
  const fields = new Map<string, string>();
  for (const pair of query < 0 ? [] : rest.slice(query + 1).split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const name = decoded(equals < 0 ? pair : pair.slice(0, equals))?.toLowerCase();
    const value = decoded(equals < 0 ? '' : pair.slice(equals + 1));
    if (name === undefined || value === null || (name !== 'subject' && name !== 'body') || fields.has(name))
      return null;
    fields.set(name, value);
  }
  // A subject is one header line: a line break in it would be a header of its own.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(fields.get('subject') ?? '')) return null;
  const parts = [...fields].map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
  return `mailto:${to}${parts.length > 0 ? `?${parts.join('&')}` : ''}`;
}

/** RFC 6068 reads %XX escapes only ("+" is a plus sign); null when they are not valid UTF-8. */
function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export const isMailDraftLink = (url: string): boolean => mailDraftLink(url) !== null;

export type ExternalOpeners = { openMailDraft(url: string): void };

/** Applied to every WebContents the app creates, so no window can escape the policy. */
export function hardenWebContents(contents: WebContents, openers?: ExternalOpeners): void {
  // No pop-ups: a link in a log excerpt must not open a window with our preload.
  const handOver = (url: string) => {
    const link = openers ? mailDraftLink(url) : null;
    if (openers && link !== null) openers.openMailDraft(link);
  };
  contents.setWindowOpenHandler(({ url }) => {
    handOver(url);
    return { action: 'deny' };
  });
  const stayHome = (event: { preventDefault(): void }, url: string): void => {
    if (isAllowedNavigation(url)) return;
    event.preventDefault();
    // The page stays; the draft goes to the mail program, as a browser would do it.
    handOver(url);
  };
  contents.on('will-navigate', (event) => stayHome(event, event.url));
  contents.on('will-redirect', (event) => stayHome(event, event.url));
  // The page never needs <webview>; refuse one even if webviewTag were switched on by mistake.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** DevTools closed again at once in a packaged app, should anything still open them. */
export function keepDevToolsClosed(contents: WebContents, packaged: boolean): void {
  if (packaged) contents.on('devtools-opened', () => contents.closeDevTools());
}

/**
 * The one web permission the app uses: writing plain text to the clipboard ("Copy" on an abuse
 * email or a firewall command). Reading the clipboard stays refused.
 */
const grantedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** The app needs no camera, location, notifications or other web permissions: refuse them all. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, grant) =>
    grant(grantedPermissions.has(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => grantedPermissions.has(permission));
}
