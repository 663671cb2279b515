import { notebookApiGlobal, type NotebookApi } from '../../preload/api';

declare global {
  interface Window {
    [notebookApiGlobal]?: NotebookApi;
  }
}

/**
 * In the desktop app the preload script provides the API; in a plain browser page (tests,
 * development without the Electron binary) the browser host implements the same contract.
 */
export async function getNotebookApi(): Promise<NotebookApi> {
  const fromPreload = window[notebookApiGlobal];
  if (fromPreload) return fromPreload;
  const { browserHost } = await import('./browserHost');
  return browserHost;
}
