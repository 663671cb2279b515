// The main-process side of the bridge contract (preload/api.ts): one validated handler per method.
// Plain Node, so tests call the handlers exactly as ipc.ts does. A method added to the contract
// fails to compile here until it has a handler, and every handler goes through `checked`.
import type { z } from 'zod';
import type { NotebookApi, NotebookApiMethod } from '../../preload/api';
import { createGetAppInfo, getAppInfoArgs, type AppIdentity } from './appInfo';
import { createLookUpAddress, lookUpAddressArgs, type LookupHandlerDeps } from './lookupAddress';
import { createLoadSampleLog, loadSampleLogArgs } from './sampleLog';
import { createResolveHostName, resolveHostNameArgs } from './resolveHostName';
import { composeAbuseEmailArgs, createComposeAbuseEmail } from './reportHandlers';
import { createSaveFile, saveFileArgs, type ChooseSavePath } from './saveFile';
import { createSignJournalHead, signJournalHeadArgs } from './journalHandlers';
import type { InstallationKey } from '../journal/installationKey';

/** What ipc.ts registers: raw IPC arguments in, the contract's result out. */
export type NotebookHandlers = {
  readonly [M in NotebookApiMethod]: (args: readonly unknown[]) => ReturnType<NotebookApi[M]>;
};

export type HandlerDeps = {
  identity: AppIdentity;
  assetsDir: string;
  chooseSavePath: ChooseSavePath;
  writeFile?: (path: string, bytes: Uint8Array) => Promise<void>;
  /** RDAP and DNS lookups: where a refreshed bootstrap lives; tests inject a local server and resolver. */
  lookup?: Omit<LookupHandlerDeps, 'assetsDir'>;
  /** This installation's journal key (sealed with safeStorage); without it nothing is signed. */
  journalKey?: InstallationKey;
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Validates the arguments before `run` sees them, and turns every failure into a plain message:
 * the page gets a sentence, never a stack trace or the offending bytes echoed back.
 */
function checked<Args extends unknown[], Result>(
  method: NotebookApiMethod,
  schema: z.ZodType<Args>,
  run: (...args: Args) => Promise<Result>,
): (args: readonly unknown[]) => Promise<Result> {
  return async (args) => {
    const parsed = schema.safeParse(args);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => {
        const where = issue.path.slice(1).join('.');
        return where === '' ? issue.message : `${where} ${issue.message}`;
      });
      throw new Error(`${method} refused: ${problems.join('; ')}`);
    }
    try {
      // Bounded: parsed.data is the zod tuple of this method's few arguments.
      // eslint-disable-next-line no-restricted-syntax
      return await run(...parsed.data);
    } catch (error) {
      throw new Error(`${method} failed: ${messageOf(error)}`);
    }
  };
}

export function createNotebookHandlers(deps: HandlerDeps): NotebookHandlers {
  return {
    getAppInfo: checked('getAppInfo', getAppInfoArgs, createGetAppInfo(deps.identity)),
    loadSampleLog: checked('loadSampleLog', loadSampleLogArgs, createLoadSampleLog(deps.assetsDir)),
    saveFile: checked(
      'saveFile',
      saveFileArgs,
      createSaveFile({
        chooseSavePath: deps.chooseSavePath,
        ...(deps.writeFile ? { writeFile: deps.writeFile } : {}),
      }),
    ),
    lookUpAddress: checked(
      'lookUpAddress',
      lookUpAddressArgs,
      createLookUpAddress({ ...deps.lookup, assetsDir: deps.assetsDir }),
    ),
    resolveHostName: checked(
      'resolveHostName',
      resolveHostNameArgs,
      createResolveHostName(deps.lookup?.resolver ? { resolver: deps.lookup.resolver } : {}),
    ),
    composeAbuseEmail: checked('composeAbuseEmail', composeAbuseEmailArgs, createComposeAbuseEmail()),
    signJournalHead: checked('signJournalHead', signJournalHeadArgs, createSignJournalHead(deps.journalKey)),
  };
}
