// This installation's Ed25519 key pair for signing journal heads. The private key lives in one
// file in the app's data folder, sealed with Electron's safeStorage (the operating system's
// keychain), so a copy of the database — or of the file alone — cannot sign. On Linux without a
// keyring, safeStorage falls back to a password built into Electron: the file is then only
// obfuscated, and the signature status says so. Plain Node: safeStorage comes in from ipc.ts.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { JournalKeyProtection, SignedJournalHead } from '../../preload/api';
import { headMessage, type JournalHead } from '../../renderer/core/journal/journalHead';

/** The part of Electron's safeStorage this needs. */
export type KeySealer = {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(sealed: Buffer): string;
  /** Linux only: 'basic_text' means the fixed fallback password. */
  storageBackend(): string | undefined;
};

export type InstallationKeyDeps = { keyFile: string; sealer: KeySealer };

export type InstallationKey = { sign(head: JournalHead): Promise<SignedJournalHead> };

type LoadedKey = { privateKey: KeyObject; publicKey: string };

function publicKeyHex(privateKey: KeyObject): string {
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  return Buffer.from(jwk.x ?? '', 'base64url').toString('hex');
}

async function loadOrCreate({ keyFile, sealer }: InstallationKeyDeps): Promise<LoadedKey> {
  if (!sealer.isEncryptionAvailable()) {
    throw new Error('this computer offers no safe place for the journal key (safeStorage is not available)');
  }
  let sealed: Buffer | undefined;
  try {
    sealed = await readFile(keyFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (sealed === undefined) {
    const { privateKey } = generateKeyPairSync('ed25519');
    const der = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    await mkdir(dirname(keyFile), { recursive: true });
    // 'wx': never overwrite a key — every head it signed would then read as another installation's.
    await writeFile(keyFile, sealer.encryptString(der), { flag: 'wx', mode: 0o600 });
    return { privateKey, publicKey: publicKeyHex(privateKey) };
  }
  const privateKey = createPrivateKey({
    key: Buffer.from(sealer.decryptString(sealed), 'base64'),
    format: 'der',
    type: 'pkcs8',
  });
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error('the journal key file holds no Ed25519 key');
  return { privateKey, publicKey: publicKeyHex(privateKey) };
}

export function createInstallationKey(deps: InstallationKeyDeps): InstallationKey {
  let loaded: Promise<LoadedKey> | undefined;
  const protection = (): JournalKeyProtection =>
    deps.sealer.storageBackend() === 'basic_text' ? 'fixed-password' : 'os-keychain';
  return {
    async sign(head) {
      loaded ??= loadOrCreate(deps).catch((error: unknown) => {
        loaded = undefined; // a keyring that was locked may be open next time
        throw error;
      });
      const key = await loaded;
      const signature = sign(null, headMessage(head), key.privateKey).toString('hex');
      return { signature, publicKey: key.publicKey, keyProtection: protection() };
    },
  };
}
