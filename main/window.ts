// The one BrowserWindow and the app:// scheme it loads from. Security settings come from
// security.ts; this file only applies them.
import { BrowserWindow, protocol } from 'electron';
import { appEntryUrl, serveRendererFile } from './appProtocol';
import { appScheme, secureWebPreferences } from './security';

/**
 * Must run before `ready`. `standard` and `secure` give app://bundle a real origin, so module
 * workers, IndexedDB and fetch work as on https; `supportFetchAPI` lets the page fetch its own
 * files. `corsEnabled` is needed because Chromium fetches module scripts and module workers in CORS
 * mode; we never send Access-Control-Allow-Origin, so no other origin can read our files.
 * No `bypassCSP`: the policy applies to our own page too.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

/** After `ready`: answers app:// requests from the built renderer folder only. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(appScheme, (request) => serveRendererFile(rendererRoot, request));
}

/** `packaged`: app.isPackaged (no DevTools then, see secureWebPreferences). */
export function createMainWindow(preloadPath: string, packaged = false): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 560,
    title: 'Incident Notebook',
    show: false,
    webPreferences: secureWebPreferences(preloadPath, packaged),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appEntryUrl);
  return window;
}
