// The bridge contract: every call the page may make to the main process. main/ implements it,
// preload/ exposes it with contextBridge, renderer/host/ implements it for a plain browser page.
// Before adding a method: it must be something a sandboxed page cannot do itself, its arguments
// must be plain data, and main/handlers must validate them with zod. Never pass ipcRenderer,
// a generic invoke, or an IPC event through here.

import type { AddressLookup } from '../renderer/core/lookup/addressLookup';
import type { HostNameAddresses } from '../renderer/core/lookup/hostNameAddresses';
import type { AbuseEmailDraft } from '../renderer/core/report/abuseEmailDraft';

export type AppInfo = {
  name: string;
  version: string;
  /** Which host runs the page: the desktop app or the browser host used for tests. */
  host: 'electron' | 'browser';
};

/** The demo log shipped in assets/, for "Try it with a sample". */
export type SampleLog = { name: string; bytes: Uint8Array };

export type SaveFileRequest = {
  /** File name offered in the save dialog; the person may change it. */
  suggestedName: string;
  mimeType: string;
  bytes: Uint8Array;
};

export type SaveFileResult = { saved: true; path: string } | { saved: false };

/** One public address to look up (RDAP and reverse DNS). Main refuses anything else. */
export type LookUpAddressRequest = { ip: string };

/** A host name the log wrote instead of an address (sshd's UseDNS); main refuses anything else. */
export type ResolveHostNameRequest = { name: string };

/** A journal head to sign: the case's identity and its newest entry's seq and hash. Main refuses anything else. */
export type SignJournalHeadRequest = { caseKey: string; seq: number; hash: string };

/**
 * Where this installation's private key is kept: sealed by the operating system's keychain, sealed
 * with Electron's fixed fallback password (Linux without a keyring), or as a non-extractable key in
 * the browser's own storage (the browser host).
 */
export type JournalKeyProtection = 'os-keychain' | 'fixed-password' | 'browser-storage';

/** An Ed25519 signature over the head (hex) and the public key that checks it (hex, 32 bytes). */
export type SignedJournalHead = { signature: string; publicKey: string; keyProtection: JournalKeyProtection };

export type NotebookApi = {
  getAppInfo(): Promise<AppInfo>;
  loadSampleLog(): Promise<SampleLog>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Sends the address to its registry's RDAP server and asks DNS for its name; only when the person asked. */
  lookUpAddress(request: LookUpAddressRequest): Promise<AddressLookup>;
  /** Asks DNS which addresses a host name from the log points to now; only when the person asked. */
  resolveHostName(request: ResolveHostNameRequest): Promise<HostNameAddresses>;
  /** Builds an .eml draft (X-Unsent: 1) of an abuse email; the page then saves it with saveFile. */
  composeAbuseEmail(draft: AbuseEmailDraft): Promise<Uint8Array>;
  /** Signs a journal head with this installation's key, which never leaves the host. */
  signJournalHead(head: SignJournalHeadRequest): Promise<SignedJournalHead>;
};

/** Every method name, so preload and main derive their channels from one list. */
export const notebookApiMethods = [
  'getAppInfo',
  'loadSampleLog',
  'saveFile',
  'lookUpAddress',
  'resolveHostName',
  'composeAbuseEmail',
  'signJournalHead',
] as const satisfies readonly (keyof NotebookApi)[];

export type NotebookApiMethod = (typeof notebookApiMethods)[number];

/** Fails to compile when a NotebookApi method is missing from notebookApiMethods: nothing would serve it. */
type MustBeTrue<T extends true> = T;
export type EveryNotebookApiMethodListed = MustBeTrue<
  [Exclude<keyof NotebookApi, NotebookApiMethod>] extends [never] ? true : false
>;

/** The IPC channel of a method. The only place a channel name is spelled. */
export const channelOf = (method: NotebookApiMethod): string => `notebook:${method}`;

/** Name of the global the preload defines in the page. */
export const notebookApiGlobal = 'incidentNotebook';
