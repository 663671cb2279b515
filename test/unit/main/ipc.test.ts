import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { channelOf, notebookApiMethods } from '../../../preload/api';
import { createNotebookHandlers } from '../../../main/handlers/notebookHandlers';
import { electronHandlerDeps, registerNotebookHandlers } from '../../../main/ipc';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

// Only the pieces of Electron that ipc.ts touches; the real module needs a binary we do not have.
const electron = vi.hoisted(() => ({
  channels: new Map<string, Listener>(),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
}));

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: Listener) => electron.channels.set(channel, listener) },
  app: {
    getName: () => 'Incident Notebook',
    getVersion: () => '0.1.0',
    getAppPath: () => '/opt/Incident Notebook/resources/app.asar',
    getPath: (name: string) => `/home/it/${name}`,
  },
  dialog: { showSaveDialog: electron.showSaveDialog },
  BrowserWindow: { getFocusedWindow: () => null },
}));

const assetsDir = fileURLToPath(new URL('../../../assets', import.meta.url));
const fromOurPage = { senderFrame: { url: 'app://bundle/index.html' } };

registerNotebookHandlers(
  createNotebookHandlers({
    identity: { name: 'Incident Notebook', version: '0.1.0' },
    assetsDir,
    chooseSavePath: async () => null,
  }),
);

const listenerFor = (channel: string): Listener => {
  const listener = electron.channels.get(channel);
  if (!listener) throw new Error(`nothing registered on ${channel}`);
  return listener;
};

describe('registerNotebookHandlers', () => {
  it('registers exactly one channel per contract method', () => {
    expect([...electron.channels.keys()].sort()).toEqual(notebookApiMethods.map(channelOf).sort());
  });

  it('answers our own page through the validated handler', async () => {
    await expect(listenerFor(channelOf('getAppInfo'))(fromOurPage)).resolves.toEqual({
      name: 'Incident Notebook',
      version: '0.1.0',
      host: 'electron',
    });
  });

  it('passes the validation refusal back as a plain message', async () => {
    const request = { suggestedName: '../x.pdf', mimeType: 'application/pdf', bytes: new Uint8Array(1) };
    await expect(listenerFor(channelOf('saveFile'))(fromOurPage, request)).rejects.toThrow(
      'saveFile refused: suggestedName must be a bare file name, without folders',
    );
  });

  it.each([
    ['another origin', { senderFrame: { url: 'https://evil.example/' } }],
    ['a file:// page', { senderFrame: { url: 'file:///tmp/evil.html' } }],
    ['a frame that is gone', { senderFrame: null }],
  ])('refuses a call from %s', async (_label, event) => {
    for (const method of notebookApiMethods) {
      await expect(listenerFor(channelOf(method))(event)).rejects.toThrow(`${method} refused: the caller`);
    }
  });
});

describe('electronHandlerDeps', () => {
  it("takes the app's name, version and the assets folder next to the app code", () => {
    const deps = electronHandlerDeps();
    expect(deps.identity).toEqual({ name: 'Incident Notebook', version: '0.1.0' });
    expect(deps.assetsDir).toBe(join('/opt/Incident Notebook/resources/app.asar', 'assets'));
  });

  it('offers the name in Documents and returns the chosen path, or null when cancelled', async () => {
    const { chooseSavePath } = electronHandlerDeps();
    const offer = { suggestedName: 'summary.pdf', filters: [{ name: 'PDF document', extensions: ['pdf'] }] };

    await expect(chooseSavePath(offer)).resolves.toBeNull();
    expect(electron.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join('/home/it/documents', 'summary.pdf'),
      filters: offer.filters,
    });

    electron.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: '/home/it/Desktop/summary.pdf',
    });
    await expect(chooseSavePath(offer)).resolves.toBe('/home/it/Desktop/summary.pdf');
  });
});
