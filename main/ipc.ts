// The one place that connects the bridge contract to ipcMain. Channels come from channelOf(), the
// handlers from notebookHandlers.ts; nothing here spells a channel name or trusts an argument.
import { app, BrowserWindow, dialog, ipcMain, safeStorage, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { channelOf, notebookApiMethods } from '../preload/api';
import type { HandlerDeps, NotebookHandlers } from './handlers/notebookHandlers';
import type { ChooseSavePath } from './handlers/saveFile';
import { isAllowedNavigation } from './security';
import { createInstallationKey, type KeySealer } from './journal/installationKey';

/** Only our own page may call main: not a frame or window that slipped past the navigation guard. */
function fromOurPage(event: IpcMainInvokeEvent): boolean {
  return isAllowedNavigation(event.senderFrame?.url ?? '');
}

export function registerNotebookHandlers(handlers: NotebookHandlers): void {
  for (const method of notebookApiMethods) {
    const handle = handlers[method];
    ipcMain.handle(channelOf(method), async (event, ...args: unknown[]) => {
      if (!fromOurPage(event)) {
        throw new Error(`${method} refused: the caller is not Incident Notebook's page`);
      }
      return handle(args);
    });
  }
}

const chooseSavePath: ChooseSavePath = async ({ suggestedName, filters }) => {
  const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters };
  const owner = BrowserWindow.getFocusedWindow();
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
};

const keySealer: KeySealer = {
  isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
  encryptString: (plainText) => safeStorage.encryptString(plainText),
  decryptString: (sealed) => safeStorage.decryptString(sealed),
  storageBackend: () => (process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined),
};

/** The few Electron facts the plain handlers need, gathered here so they never import Electron. */
export function electronHandlerDeps(): HandlerDeps {
  return {
    identity: { name: app.getName(), version: app.getVersion() },
    assetsDir: join(app.getAppPath(), 'assets'),
    chooseSavePath,
    lookup: { refreshedBootstrapPath: join(app.getPath('userData'), 'rdap-bootstrap.json') },
    journalKey: createInstallationKey({
      keyFile: join(app.getPath('userData'), 'journal-key.sealed'),
      sealer: keySealer,
    }),
  };
}
