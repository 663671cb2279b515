// Main-process entry: wiring only. Policy lives in security.ts, the window in window.ts, the
// bridge handlers in ipc.ts and handlers/.
import { app, BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import { createNotebookHandlers } from './handlers/notebookHandlers';
import { electronHandlerDeps, registerNotebookHandlers } from './ipc';
import { denyAllPermissions, hardenWebContents, keepDevToolsClosed } from './security';
import { createMainWindow, registerAppScheme, serveRenderer } from './window';

// Built layout: out/main/index.js next to out/preload/index.cjs and out/renderer/.
const outDir = join(import.meta.dirname, '..');
const preloadPath = join(outDir, 'preload', 'index.cjs');
const rendererRoot = join(outDir, 'renderer');

// One instance at a time: two would write the same IndexedDB and journal from two windows.
if (!app.requestSingleInstanceLock()) app.quit();
else start();

function start(): void {
  const packaged = app.isPackaged;
  app.enableSandbox();
  registerAppScheme();
  const openers = { openMailDraft: (url: string) => void shell.openExternal(url) };
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, openers);
    keepDevToolsClosed(contents, packaged);
  });
  // Starting the app again brings the open window forward instead.
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    serveRenderer(rendererRoot);
    registerNotebookHandlers(createNotebookHandlers(electronHandlerDeps()));
    createMainWindow(preloadPath, packaged);
    // macOS keeps the app running without windows; clicking the dock icon opens one again.
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preloadPath, packaged);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
