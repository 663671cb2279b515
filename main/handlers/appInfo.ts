import { z } from 'zod';
import type { NotebookApi } from '../../preload/api';

/** getAppInfo takes no arguments; anything sent along is refused. */
export const getAppInfoArgs = z.tuple([]);

/** Name and version as Electron's `app` reports them, injected so this module stays plain Node. */
export type AppIdentity = { name: string; version: string };

export function createGetAppInfo(identity: AppIdentity): NotebookApi['getAppInfo'] {
  return async () => ({ name: identity.name, version: identity.version, host: 'electron' });
}
