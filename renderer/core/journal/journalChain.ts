// The hash chain that makes the journal tamper-evident. Each entry stores the SHA-256 of its own
// canonical content and the hash of the entry before it; its own hash covers both. Changing,
// removing, reordering or slipping in an entry breaks a link that verifyJournalChain names.
//
// What the content hash covers: seq, kind, summary, author, authorName, details, correctsSeq,
// occurredAt, writtenAt. Not the database ids (id, caseId, corrects): a restore on another
// machine gives the case and its entries new ids, and the chain must still verify there.
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
  };

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
  };
}

export function contentHashOf(entry: JournalContent): string {
  return bytesToHex(sha256(canonicalBytes(journalContentOf(entry))));
}

export function linkHashOf(previousHash: string, contentHash: string): string {
  return bytesToHex(sha256(utf8ToBytes(`${previousHash}:${contentHash}`)));
}

/** The links for a new entry written after `previous` (undefined for the first entry). */
export function chainLinks(
  content: JournalContent,
  previous: Pick<JournalLinks, 'hash'> | undefined,
): JournalLinks {
  const previousHash = previous?.hash ?? genesisHash;
  const contentHash = contentHashOf(content);
  return { previousHash, contentHash, hash: linkHashOf(previousHash, contentHash) };
}
