// The security policy of the desktop shell, written once. The pure pieces (web preferences, CSP,
// navigation and path checks) are unit-tested; the wiring below only takes Electron objects as
// parameters (type imports), so this module never loads Electron itself.
// Before loosening anything here, read https://www.electronjs.org/docs/latest/tutorial/security.
import { isAbsolute, join, relative, sep } from 'node:path';
import type { Session, WebContents, WebPreferences } from 'electron';

/** The renderer's own origin, app://bundle: the only origin the policy trusts. */
export const appScheme = 'app';
export const appHost = 'bundle';

/** The renderer is a web page that reads hostile log text: it gets no Node and no privileges. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
 * A mailto: link the page may hand to the person's mail program ("Open in mail program" for an
 * abuse email). Only mailto:, only to addresses, never a file:, http: or custom-scheme URL that
 * the operating system would open in some other program.
 */
export function isMailDraftLink(url: string): boolean {
  if (url.length > mailDraftLinkLimit) return false;
  try {
    const link = new URL(url);
    return link.protocol === 'mailto:' && /^[^\s/\\]+@[^\s/\\]+$/.test(decodeURIComponent(link.pathname));
  } catch {
    return false;
  }
}

export type ExternalOpeners = { openMailDraft(url: string): void };

/** Applied to every WebContents the app creates, so no window can escape the policy. */
export function hardenWebContents(contents: WebContents, openers?: ExternalOpeners): void {
  // No pop-ups: a link in a log excerpt must not open a window with our preload.
  contents.setWindowOpenHandler(({ url }) => {
    if (openers && isMailDraftLink(url)) openers.openMailDraft(url);
    return { action: 'deny' };
  });
  const stayHome = (event: { preventDefault(): void }, url: string): void => {
    if (isAllowedNavigation(url)) return;
    event.preventDefault();
    // The page stays; the draft goes to the mail program, as a browser would do it.
    if (openers && isMailDraftLink(url)) openers.openMailDraft(url);
  };
  contents.on('will-navigate', (event) => stayHome(event, event.url));
  contents.on('will-redirect', (event) => stayHome(event, event.url));
  // The page never needs <webview>; refuse one even if webviewTag were switched on by mistake.
  contents.on('will-attach-webview', (event) => event.preventDefault());
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
