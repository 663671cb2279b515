// The preload: runs in the sandboxed renderer before the page and exposes exactly one object, the
// bridge contract of preload/api.ts, one method per message. Never expose ipcRenderer, a generic
// invoke(channel, ...), or an IPC event: the page could then call any channel main listens on.
// Built as one CommonJS file (out/preload/index.cjs): a sandboxed preload cannot load ESM.
import { contextBridge, ipcRenderer } from 'electron';
import {
  channelOf,
  notebookApiGlobal,
  notebookApiMethods,
  type NotebookApi,
  type NotebookApiMethod,
} from './api';

/**
 * ipcRenderer.invoke is untyped; the contract types the result, and main validates every argument
 * before it uses it, so this cast is where the page's promise meets main's checks.
 */
function invoker<M extends NotebookApiMethod>(method: M): NotebookApi[M] {
  const channel = channelOf(method);
  // Bounded: the arguments of one bridge call (the contract's methods take one or two).
  // eslint-disable-next-line no-restricted-syntax
  const call = (...args: unknown[]): Promise<unknown> => ipcRenderer.invoke(channel, ...args);
  return call as NotebookApi[M];
}

const api = Object.fromEntries(notebookApiMethods.map((method) => [method, invoker(method)])) as {
  [M in NotebookApiMethod]: NotebookApi[M];
} satisfies NotebookApi;

contextBridge.exposeInMainWorld(notebookApiGlobal, api);
