// An installation key for tests: an Ed25519 pair held in memory, signing exactly as the hosts do
// (the message from headMessage), so signatures made here verify like the app's.
import { bytesToHex } from '@noble/hashes/utils.js';
import type { SignedJournalHead, SignJournalHeadRequest } from '../../preload/api';
import { headMessage } from '../../renderer/core/journal/journalHead';

export type TestJournalKey = {
  sign(head: SignJournalHeadRequest): Promise<SignedJournalHead>;
  publicKey(): Promise<string>;
};

export function testJournalKey(): TestJournalKey {
  const pair = crypto.subtle.generateKey({ name: 'Ed25519' }, false, [
    'sign',
    'verify',
  ]) as Promise<CryptoKeyPair>;
  const publicKey = pair.then(async (keys) =>
    bytesToHex(new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey))),
  );
  return {
    async sign(head) {
      const signature = await crypto.subtle.sign(
        'Ed25519',
        (await pair).privateKey,
        headMessage(head).slice(),
      );
      return {
        signature: bytesToHex(new Uint8Array(signature)),
        publicKey: await publicKey,
        keyProtection: 'browser-storage',
      };
    },
    publicKey: () => publicKey,
  };
}
