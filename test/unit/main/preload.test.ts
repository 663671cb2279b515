import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { notebookApiGlobal, notebookApiMethods } from '../../../preload/api';

// A stand-in ipcRenderer with every method the real one has that could leak IPC to the page.
const electron = vi.hoisted(() => {
  const ipcRenderer = {
    invoke: vi.fn(async (..._args: unknown[]) => ({ saved: false })),
    send: vi.fn(),
    sendSync: vi.fn(),
    on: vi.fn(),
    once: vi.fn(),
    postMessage: vi.fn(),
  };
  return { ipcRenderer, exposeInMainWorld: vi.fn() };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: electron.ipcRenderer,
}));

await import('../../../preload/index');

const exposed = (): Record<string, unknown> => {
  expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, api] = electron.exposeInMainWorld.mock.calls[0] ?? [];
  expect(name).toBe(notebookApiGlobal);
  return api as Record<string, unknown>;
};

describe('preload', () => {
  it('exposes one object with exactly the contract methods', () => {
    expect(Object.keys(exposed()).sort()).toEqual([...notebookApiMethods].sort());
  });

  it('exposes only wrapper functions, never ipcRenderer or one of its methods', () => {
    const ipcPieces = new Set<unknown>([electron.ipcRenderer, ...Object.values(electron.ipcRenderer)]);
    for (const [method, value] of Object.entries(exposed())) {
      expect(typeof value, method).toBe('function');
      expect(ipcPieces.has(value), method).toBe(false);
    }
  });

  it("sends each call on the method's own channel with the page's arguments", async () => {
    const api = exposed();
    const request = { suggestedName: 'summary.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([1]) };
    const saveFile = api['saveFile'] as (request: unknown) => Promise<unknown>;
    await expect(saveFile(request)).resolves.toEqual({ saved: false });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('notebook:saveFile', request);
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
  });

  it('never hands ipcRenderer to exposeInMainWorld in its source', async () => {
    const source = await readFile(new URL('../../../preload/index.ts', import.meta.url), 'utf8');
    const exposeCalls = source.match(/exposeInMainWorld\([^)]*\)/g) ?? [];
    expect(exposeCalls).toEqual(['exposeInMainWorld(notebookApiGlobal, api)']);
  });
});
