// A journal head — the newest entry's seq and hash — as this installation signs it, as a report
// prints it, and as a person types it back to check an earlier report. The signed message names
// its purpose and the case, so a signature can never be passed off for anything else.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { canonicalBytes } from './canonicalJson';

export type JournalHead = {
  /** The identity of the case (CaseRecord.caseKey). */
  caseKey: string;
  seq: number;
  /** Hex SHA-256 link hash of entry `seq`. */
  hash: string;
};

/** A head with its Ed25519 signature (hex) and the public key that made it (hex, 32 bytes). */
export type SignedHead = JournalHead & { signature: string; publicKey: string };

/** Checks an Ed25519 signature; given by whoever has a crypto library (WebCrypto in the page). */
export type SignatureCheck = (publicKey: string, message: Uint8Array, signature: string) => Promise<boolean>;

export const headPurpose = 'Incident Notebook journal head';

export const caseKeyPattern = /^[0-9a-f]{32}$/;
export const hashPattern = /^[0-9a-f]{64}$/;
export const publicKeyPattern = /^[0-9a-f]{64}$/;
export const signaturePattern = /^[0-9a-f]{128}$/;

/** The exact bytes that are signed. */
export function headMessage(head: JournalHead): Uint8Array {
  return canonicalBytes({ purpose: headPurpose, caseKey: head.caseKey, seq: head.seq, hash: head.hash });
}

/** "1a2b 3c4d 5e6f 7a8b": the first 64 bits of the public key's SHA-256, to compare by eye. */
export function keyFingerprint(publicKey: string): string {
  const digest = bytesToHex(sha256(hexToBytes(publicKey))).slice(0, 16);
  return digest.match(/.{4}/g)?.join(' ') ?? digest;
}

/** Hex digits of the hash a typed code carries: 64 bits, too many to forge a match for. */
export const codeHashDigits = 16;

/** "45-3f9a-c21b-7d04-e5a1": entry 45 and the start of its hash, short enough to type. */
export function headCode(head: Pick<JournalHead, 'seq' | 'hash'>): string {
  const groups = head.hash.slice(0, codeHashDigits).match(/.{4}/g) ?? [];
  return [String(head.seq), ...groups].join('-');
}

/** A head as read back from a code, a pasted line or a file: the hash may be only its start. */
export type ReportedHead = {
  seq: number;
  /** The whole hash, or its first codeHashDigits or more hex digits. */
  hash: string;
  caseKey?: string;
  signature?: string;
  publicKey?: string;
};

/**
 * Reads "45-3f9a-c21b-7d04-e5a1", "45 3f9a c21b 7d04 e5a1", "entry 45, 3f9ac21b…" or a seq and a
 * whole hash, in any case; undefined when no seq followed by enough hex digits is in the text.
 */
export function readHeadCode(text: string): ReportedHead | undefined {
  const found = /(?:^|[^0-9a-f])(\d{1,9})[\s,:;.–—-]+((?:[0-9a-f]{4}[\s-]?){4,16})/i.exec(text);
  if (!found) return undefined;
  const seq = Number(found[1]);
  const hash = (found[2] ?? '').replace(/[\s-]/g, '').toLowerCase();
  if (!Number.isSafeInteger(seq) || seq < 1 || hash.length < codeHashDigits) return undefined;
  return { seq, hash };
}

/** What a PDF keeps in its metadata (Keywords), so the file itself can be checked later. */
export function headKeywords(
  head: JournalHead & Partial<Pick<SignedHead, 'signature' | 'publicKey'>>,
): string {
  const signed = head.signature && head.publicKey ? ` signature=${head.signature} key=${head.publicKey}` : '';
  return `incident-notebook-journal-head seq=${head.seq} hash=${head.hash} case=${head.caseKey}${signed}`;
}

/** Finds headKeywords in a file's text (a PDF read as Latin-1). */
export function readHeadKeywords(text: string): ReportedHead | undefined {
  const found =
    /incident-notebook-journal-head seq=(\d{1,9}) hash=([0-9a-f]{64}) case=([0-9a-f]{32})(?: signature=([0-9a-f]{128}) key=([0-9a-f]{64}))?/.exec(
      text,
    );
  if (!found) return undefined;
  return {
    seq: Number(found[1]),
    hash: found[2] ?? '',
    caseKey: found[3],
    ...(found[4] && found[5] ? { signature: found[4], publicKey: found[5] } : {}),
  };
}
