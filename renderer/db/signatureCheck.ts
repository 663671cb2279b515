// Ed25519 signature checks with WebCrypto, which the page, the import worker and Node 20 all have.
// A signature verifies on any computer: only the public key it names is needed.
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import type { SignatureCheck } from '../core/journal/journalHead';

// Every journal check re-verifies every signed head; a verified signature stays verified.
const known = new Map<string, boolean>();
const rememberAtMost = 20_000;

export const checkEd25519Signature: SignatureCheck = async (publicKey, message, signature) => {
  const memo = `${publicKey}:${signature}:${bytesToHex(message)}`;
  const remembered = known.get(memo);
  if (remembered !== undefined) return remembered;
  let valid = false;
  try {
    const key = await crypto.subtle.importKey(
      'raw',
      hexToBytes(publicKey).slice(),
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    valid = await crypto.subtle.verify('Ed25519', key, hexToBytes(signature).slice(), message.slice());
  } catch {
    valid = false; // not a key or not a signature: it does not verify
  }
  if (known.size >= rememberAtMost) known.clear();
  known.set(memo, valid);
  return valid;
};
