// The one bridge method that signs: main's installation key, sealed with (a stand-in for)
// Electron's safeStorage, signing only journal heads it can check the shape of.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNotebookHandlers } from '../../../main/handlers/notebookHandlers';
import { createInstallationKey, type KeySealer } from '../../../main/journal/installationKey';
import { headMessage } from '../../../renderer/core/journal/journalHead';
import { checkEd25519Signature } from '../../../renderer/db/signatureCheck';

const scratch = mkdtempSync(join(resolve('.tmp'), 'journal-key-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Seals by reversing and prefixing, so a test can tell sealed from plain. */
const sealer = (backend?: string): KeySealer => ({
  isEncryptionAvailable: () => true,
  encryptString: (plain) => Buffer.from(`sealed:${[...plain].reverse().join('')}`),
  decryptString: (sealed) => [...sealed.toString().slice(7)].reverse().join(''),
  storageBackend: () => backend,
});

const head = { caseKey: 'ab'.repeat(16), seq: 3, hash: 'cd'.repeat(32) };

function handlersWith(keyFile: string, backend?: string) {
  return createNotebookHandlers({
    identity: { name: 'Incident Notebook', version: 'test' },
    assetsDir: resolve('assets'),
    chooseSavePath: async () => null,
    journalKey: createInstallationKey({ keyFile, sealer: sealer(backend) }),
  });
}

describe('signing a journal head in main', () => {
  it('makes one key on first use, keeps it sealed, and signs with it from then on', async () => {
    const keyFile = join(scratch, 'first', 'journal-key.sealed');
    const signed = await handlersWith(keyFile).signJournalHead([head]);
    expect(signed.keyProtection).toBe('os-keychain');
    await expect(checkEd25519Signature(signed.publicKey, headMessage(head), signed.signature)).resolves.toBe(
      true,
    );
    expect(readFileSync(keyFile, 'utf8').startsWith('sealed:')).toBe(true);
    // A new start reads the same key: earlier signatures stay this installation's.
    const again = await handlersWith(keyFile).signJournalHead([{ ...head, seq: 4 }]);
    expect(again.publicKey).toBe(signed.publicKey);
  });

  it('says when Linux had no keyring and the key is sealed with the fixed fallback password', async () => {
    const signed = await handlersWith(join(scratch, 'basic', 'key'), 'basic_text').signJournalHead([head]);
    expect(signed.keyProtection).toBe('fixed-password');
  });

  it('signs nothing but a head: other shapes are refused before the key is touched', async () => {
    const handlers = handlersWith(join(scratch, 'refuse', 'key'));
    await expect(handlers.signJournalHead([{ ...head, hash: 'not a hash' }])).rejects.toThrow(
      /signJournalHead refused: hash must be a SHA-256 in hex/,
    );
    await expect(handlers.signJournalHead([{ ...head, message: 'sign me' }])).rejects.toThrow(/refused/);
    await expect(handlers.signJournalHead(['raw bytes'])).rejects.toThrow(/refused/);
  });
});
