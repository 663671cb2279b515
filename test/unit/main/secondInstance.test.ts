// A second start of the app while one runs: it quits before it makes a window, registers a
// handler or opens the database (the first one gets the focus, see index.test.ts).
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: {
    requestSingleInstanceLock: vi.fn(() => false),
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    whenReady: vi.fn(() => new Promise(() => {})),
    on: vi.fn(),
    isPackaged: true,
  },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  BrowserWindow: vi.fn(),
}));

vi.mock('electron', () => ({
  app: electron.app,
  BrowserWindow: electron.BrowserWindow,
  protocol: electron.protocol,
  ipcMain: { handle: vi.fn() },
  session: { defaultSession: {} },
  dialog: { showSaveDialog: vi.fn() },
  shell: { openExternal: vi.fn() },
}));

await import('../../../main/index');

describe('a second instance', () => {
  it('quits at once and wires nothing', () => {
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(electron.app.enableSandbox).not.toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(electron.app.on).not.toHaveBeenCalled();
  });
});
