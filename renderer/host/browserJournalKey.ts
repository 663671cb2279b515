// The browser host's journal key: an Ed25519 key pair made by WebCrypto with a non-extractable
// private key, kept in its own IndexedDB database (not the notebook's, so no backup or export of
// the notebook ever carries it). The page can use the key but never read it. This is weaker than
// the desktop app's: anyone who can run script in this page's origin (its developer tools, say)
// can sign with it too. The README says so.
import { Dexie, type EntityTable } from 'dexie';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { SignedJournalHead, SignJournalHeadRequest } from '../../preload/api';
import { headMessage } from '../core/journal/journalHead';

type StoredKey = { name: string; privateKey: CryptoKey; publicKey: string };

class JournalKeyDatabase extends Dexie {
  keys!: EntityTable<StoredKey, 'name'>;
  constructor(name: string) {
    super(name);
    // v1: one row, 'installation'.
    this.version(1).stores({ keys: '&name' });
  }
}

export const journalKeyDatabaseName = 'incident-notebook-journal-key';

async function makeKey(): Promise<StoredKey> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const publicKey = bytesToHex(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  return { name: 'installation', privateKey: pair.privateKey, publicKey };
}

/** The installation's key, made on first use; two tabs making one at once keep the first. */
async function installationKey(db: JournalKeyDatabase): Promise<StoredKey> {
  const stored = await db.keys.get('installation');
  if (stored) return stored;
  const made = await makeKey(); // outside a transaction: WebCrypto's promise would end it
  try {
    await db.keys.add(made);
    return made;
  } catch {
    const first = await db.keys.get('installation');
    if (!first) throw new Error('the journal key could not be kept in this browser');
    return first;
  }
}

export function createBrowserJournalKey(name = journalKeyDatabaseName) {
  let db: JournalKeyDatabase | undefined;
  return async function signJournalHead(head: SignJournalHeadRequest): Promise<SignedJournalHead> {
    db ??= new JournalKeyDatabase(name);
    const key = await installationKey(db);
    const signature = await crypto.subtle.sign('Ed25519', key.privateKey, headMessage(head).slice());
    return {
      signature: bytesToHex(new Uint8Array(signature)),
      publicKey: key.publicKey,
      keyProtection: 'browser-storage',
    };
  };
}
