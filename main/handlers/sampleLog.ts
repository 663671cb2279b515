import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { NotebookApi } from '../../preload/api';

/** loadSampleLog takes no arguments: the page cannot choose which file main reads. */
export const loadSampleLogArgs = z.tuple([]);

export const sampleLogFileName = 'sample-auth.log';

/** `assetsDir` is app.getAppPath()/assets: the project folder in development, the asar when packaged. */
export function createLoadSampleLog(assetsDir: string): NotebookApi['loadSampleLog'] {
  return async () => {
    const contents = await readFile(join(assetsDir, sampleLogFileName));
    return {
      name: sampleLogFileName,
      bytes: new Uint8Array(contents.buffer, contents.byteOffset, contents.byteLength),
    };
  };
}
