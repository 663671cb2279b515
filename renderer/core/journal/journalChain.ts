// The hash chain that makes the journal tamper-evident. Each entry stores the SHA-256 of its own
// canonical content and the hash of the entry before it; its own hash covers both. Changing,
// removing, reordering or slipping in an entry breaks a link that verifyJournalChain names.
//
// What the content hash covers: seq, kind, summary, author, authorName, details, correctsSeq,
// occurredAt, writtenAt, and from hash scheme 2 on the scheme and the case's identity (caseKey).
// Not the database ids (id, caseId, corrects): a restore on another machine gives the case and its
// entries new ids, and the chain must still verify there.
//
// Scheme 1 entries (written before case binding) keep their hashes as written: nothing ever
// recomputes a stored hash. The first scheme 2 entry of a case commits to the scheme 1 head (its
// previousHash), or, in a case that has none, to the case's identity (caseGenesisHash), so a
// journal moved into another case no longer fits there.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalBytes } from './canonicalJson';
import type { JournalEntryInput } from './journalEntry';

/** The previous hash of the first entry: there is nothing before it. */
export const genesisHash = '0'.repeat(64);

/** Everything about an entry that the chain vouches for. */
export type JournalContent = Required<Pick<JournalEntryInput, 'kind' | 'summary' | 'author'>> &
  Pick<JournalEntryInput, 'details' | 'authorName'> & {
    /** Position in the case's journal, from 1. */
    seq: number;
    /** The seq of the entry this one corrects. */
    correctsSeq?: number;
    occurredAt: number;
    writtenAt: number;
    /** The hash scheme: 2 from case binding on; absent on entries written before it (scheme 1). */
    scheme?: typeof bindingScheme;
    /** The identity of the case the entry was written in (CaseRecord.caseKey); scheme 2 only. */
    caseKey?: string;
  };

/** The hash scheme that binds each entry to its case. */
export const bindingScheme = 2;

export type JournalLinks = {
  /** Hex SHA-256 of the entry before (genesisHash for the first). */
  previousHash: string;
  /** Hex SHA-256 of this entry's canonical content. */
  contentHash: string;
  /** Hex SHA-256 of previousHash + ":" + contentHash: the link the next entry points at. */
  hash: string;
};

export type ChainedEntry = JournalContent & JournalLinks;

/** Picks the hashed fields, so extra fields on a stored row (id, caseId) never change a hash. */
export function journalContentOf(entry: JournalContent): JournalContent {
  return {
    seq: entry.seq,
    kind: entry.kind,
    summary: entry.summary,
    author: entry.author,
    authorName: entry.authorName,
    details: entry.details,
    correctsSeq: entry.correctsSeq,
    occurredAt: entry.occurredAt,
    writtenAt: entry.writtenAt,
    scheme: entry.scheme,
    caseKey: entry.caseKey,
  };
}

/** Whether an entry was written before case binding (hash scheme 1). */
export const isBeforeCaseBinding = (entry: Pick<JournalContent, 'scheme'>): boolean =>
  entry.scheme === undefined;

/** The previous hash of a case's first scheme 2 entry when nothing was written before it. */
export function caseGenesisHash(caseKey: string): string {
  return bytesToHex(sha256(utf8ToBytes(`incident-notebook case ${caseKey}`)));
}

export function contentHashOf(entry: JournalContent): string {
  return bytesToHex(sha256(canonicalBytes(journalContentOf(entry))));
}

export function linkHashOf(previousHash: string, contentHash: string): string {
  return bytesToHex(sha256(utf8ToBytes(`${previousHash}:${contentHash}`)));
}

/** The previous hash the first entry of a journal must carry. */
export function firstPreviousHash(entry: Pick<JournalContent, 'scheme' | 'caseKey'>): string {
  return entry.scheme === bindingScheme ? caseGenesisHash(entry.caseKey ?? '') : genesisHash;
}

/** The links for a new entry written after `previous` (undefined for the first entry). */
export function chainLinks(
  content: JournalContent,
  previous: Pick<JournalLinks, 'hash'> | undefined,
): JournalLinks {
  const previousHash = previous?.hash ?? firstPreviousHash(content);
  const contentHash = contentHashOf(content);
  return { previousHash, contentHash, hash: linkHashOf(previousHash, contentHash) };
}
