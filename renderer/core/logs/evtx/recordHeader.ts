// The 24-byte header of each event record: "**\0\0", the record's size (repeated in its last four
// bytes), its number in the file and when it was written; the event itself (BinXml) follows.
// The header's number is the file's own count (an exported file renumbers from 1): the number
// Event Viewer shows is the EventRecordID inside the event, which this app quotes.
import { hasSignature, u32, u64 } from './littleEndian';

export const recordHeaderBytes = 24;
const recordSignature = '**\0\0';

export type EvtxRecordHeader = {
  /** Chunk offset of the record. */
  offset: number;
  size: number;
  /** The record's number in this file (not its EventRecordID). */
  number: number;
  /** Chunk offsets of the record's BinXml: [start, end). */
  eventStart: number;
  eventEnd: number;
};

/**
 * The record at `offset` when it is whole below `limit` (the chunk's free-space offset, or the
 * bytes present): its signature, a size that fits, and the size repeated at its end. Undefined
 * otherwise: a reader walks records one after another and never scans for a signature.
 */
export function readRecordHeader(
  chunk: Uint8Array,
  offset: number,
  limit: number,
): EvtxRecordHeader | undefined {
  if (offset + recordHeaderBytes > limit || !hasSignature(chunk, offset, recordSignature)) return undefined;
  const size = u32(chunk, offset + 4);
  // A record is at least its header and the size copy.
  if (size < recordHeaderBytes + 4 || offset + size > limit) return undefined;
  if (u32(chunk, offset + size - 4) !== size) return undefined;
  return {
    offset,
    size,
    number: u64(chunk, offset + 8),
    eventStart: offset + recordHeaderBytes,
    eventEnd: offset + size - 4,
  };
}

/**
 * Whether the copy ends (at `limit`, the bytes present) before the record at `offset` does: its
 * header is not all there, or it claims to end further on. Such records are counted as cut off,
 * not as damaged.
 */
export function recordCutAt(chunk: Uint8Array, offset: number, limit: number): boolean {
  if (offset + 8 > limit) return true;
  return hasSignature(chunk, offset, recordSignature) && offset + u32(chunk, offset + 4) > limit;
}
