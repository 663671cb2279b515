import { describe, expect, it, vi } from 'vitest';
import { channelOf, notebookApiMethods } from '../../../preload/api';
import { contentSecurityPolicy, secureWebPreferences } from '../../../main/security';

type Handler = (...args: unknown[]) => unknown;

// A stand-in for the parts of Electron main/index.ts wires together, recording the order of calls.
const electron = vi.hoisted(() => {
  const calls: string[] = [];
  const appListeners = new Map<string, Handler>();
  let markReady = (): void => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const windows: FakeWindow[] = [];
  class FakeWindow {
    readonly loadURL = vi.fn(async (_url: string) => {});
    readonly once = vi.fn();
    constructor(readonly options: { webPreferences?: unknown }) {
      calls.push('new BrowserWindow');
      windows.push(this);
    }
    static getAllWindows = (): FakeWindow[] => windows;
    static getFocusedWindow = (): null => null;
  }
  return {
    calls,
    appListeners,
    markReady,
    windows,
    FakeWindow,
    app: {
      requestSingleInstanceLock: vi.fn(() => true),
      isPackaged: false,
      enableSandbox: vi.fn(() => calls.push('enableSandbox')),
      whenReady: () => ready,
      on: (name: string, listener: Handler) => appListeners.set(name, listener),
      quit: vi.fn(),
      getName: () => 'Incident Notebook',
      getVersion: () => '0.1.0',
      getAppPath: () => '/opt/incident-notebook',
      getPath: () => '/home/it/Documents',
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn((_scheme: string, _handler: (request: Request) => Promise<Response>) =>
        calls.push('protocol.handle'),
      ),
    },
    ipcMain: { handle: vi.fn((channel: string) => calls.push(`ipcMain.handle ${channel}`)) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(() => calls.push('setPermissionRequestHandler')),
        setPermissionCheckHandler: vi.fn(() => calls.push('setPermissionCheckHandler')),
      },
    },
  };
});

vi.mock('electron', () => ({
  app: electron.app,
  BrowserWindow: electron.FakeWindow,
  protocol: electron.protocol,
  ipcMain: electron.ipcMain,
  session: electron.session,
  dialog: { showSaveDialog: vi.fn() },
}));

await import('../../../main/index');
const beforeReady = [...electron.calls];
electron.markReady();
await new Promise((resolve) => setTimeout(resolve, 0));

describe('main/index.ts wiring', () => {
  it('sandboxes every renderer and makes app:// a privileged scheme before the app is ready', () => {
    expect(beforeReady).toEqual(['enableSandbox', 'registerSchemesAsPrivileged']);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      },
    ]);
    const [[schemes]] = electron.protocol.registerSchemesAsPrivileged.mock.calls as unknown as [
      [{ privileges: object }[]],
    ];
    expect(schemes[0]?.privileges).not.toHaveProperty('bypassCSP');
  });

  it('denies permissions, serves app:// and registers the bridge before the window opens', () => {
    const windowAt = electron.calls.indexOf('new BrowserWindow');
    for (const step of [
      'setPermissionRequestHandler',
      'setPermissionCheckHandler',
      'protocol.handle',
      ...notebookApiMethods.map((method) => `ipcMain.handle ${channelOf(method)}`),
    ]) {
      expect(electron.calls.indexOf(step), step).toBeGreaterThan(1);
      expect(electron.calls.indexOf(step), step).toBeLessThan(windowAt);
    }
  });

  it('serves app:// responses with the Content-Security-Policy', async () => {
    const [scheme, serve] = electron.protocol.handle.mock.calls[0] ?? [];
    expect(scheme).toBe('app');
    const response = await serve?.(new Request('app://bundle/no-such-file.js'));
    expect(response?.status).toBe(404);
    expect(response?.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('opens one window with the secure preferences and the bundled CommonJS preload, on app://', () => {
    expect(electron.windows).toHaveLength(1);
    const [window] = electron.windows;
    const preferences = window?.options.webPreferences as { preload: string };
    expect(preferences.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(preferences).toEqual(secureWebPreferences(preferences.preload));
    expect(window?.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
  });

  it('runs as the one instance, and a second start brings its window forward', () => {
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(electron.app.quit).not.toHaveBeenCalled();
    const [window] = electron.windows as unknown as {
      isMinimized?: () => boolean;
      restore?: () => void;
      focus?: () => void;
    }[];
    Object.assign(window!, { isMinimized: () => true, restore: vi.fn(), focus: vi.fn() });
    electron.appListeners.get('second-instance')?.();
    expect(window?.restore).toHaveBeenCalledTimes(1);
    expect(window?.focus).toHaveBeenCalledTimes(1);
  });

  it('hardens every web contents the app creates', () => {
    const setWindowOpenHandler = vi.fn();
    const on = vi.fn();
    electron.appListeners.get('web-contents-created')?.({}, { setWindowOpenHandler, on });
    expect(setWindowOpenHandler).toHaveBeenCalledTimes(1);
    expect(on.mock.calls.map(([name]: unknown[]) => name)).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    );
  });
});
