// The records of one 64 KiB chunk, checked before they are read: the chunk header's checksum and
// the records' checksum must match, each record must be whole, and its BinXml must read. What
// does not check out is skipped and counted by reason (skippedRecords.ts says it to the person).
//
// Records are walked one after another from byte 512 to the free-space offset, never found by
// scanning for their signature: past that offset lie stale records of an earlier use of the chunk,
// well-formed but not events of this log. Only a chunk Windows was still writing when the file
// was copied (the file is marked dirty, this is its last chunk) is read past it, and only while
// the records go on with the next numbers — what was written after the header was last updated.
import { BinXmlDamage, createChunkContext, type ChunkContext } from './binXmlNodes';
import { readFragment } from './binXmlTokens';
import { chunkHeaderBytes, readChunkHeader, recordsChecksumMatches } from './chunkHeader';
import { readRecordHeader, recordCutAt } from './recordHeader';
import { renderXml } from './xmlRender';
import type { SkippedRecords } from './skippedRecords';

/** One event as read: the file's own number for it, and its XML on one line. */
export type EvtxRecord = { number: number; xml: string };

export type ChunkSituation = {
  /** Windows had the file open (dirty) and this is the chunk it was writing. */
  beingWritten: boolean;
  /** The chunk's 64 KiB are all in the file; false when the copy ends inside it. */
  whole: boolean;
};

export type ChunkOutcome = {
  /** The highest record number read or counted as skipped here (-1 for none). */
  lastNumber: number;
};

/**
 * Reads the chunk in `bytes`, hands each record to `onRecord` and counts what it skips in
 * `skipped`. `renderers`: the file's template renderers so far (see xmlRender.ts).
 */
export function readChunkRecords(
  bytes: Uint8Array,
  situation: ChunkSituation,
  onRecord: (record: EvtxRecord) => void,
  skipped: SkippedRecords,
  renderers?: ChunkContext['renderers'],
): ChunkOutcome {
  const header = readChunkHeader(bytes);
  if (!header) {
    // A chunk cut before the end of its header is counted with the file (see evtxReader.ts).
    if (situation.whole) skipped.unreadableChunks += 1;
    return { lastNumber: -1 };
  }
  const free = header.freeSpaceOffset;
  const recordsPresent = free <= bytes.length;
  const checked = header.checksumMatches && (!recordsPresent || recordsChecksumMatches(bytes, header));
  if (!checked && !situation.beingWritten) {
    // Changed or damaged after Windows wrote it: no record in it can be trusted.
    if (header.checksumMatches) {
      skipped.checksum += header.lastRecordNumber - header.firstRecordNumber + 1;
      return { lastNumber: header.lastRecordNumber };
    }
    const walked = walkRecords(bytes, Math.min(free, bytes.length));
    skipped.checksum += walked.count;
    return { lastNumber: walked.lastNumber };
  }
  const trusted = header.checksumMatches;
  const context = createChunkContext(bytes, renderers);
  // A chunk being written may hold records its header does not list yet; any other ends at free.
  const limit = situation.beingWritten ? bytes.length : Math.min(free, bytes.length);
  let at = chunkHeaderBytes;
  let lastNumber = -1;
  for (;;) {
    const record = readRecordHeader(bytes, at, limit);
    if (!record) break;
    // Past what a trusted header lists, only the next numbers are this log's; the rest is stale.
    const vouchedFor = trusted && at < free;
    const goesOn =
      lastNumber >= 0
        ? record.number === lastNumber + 1
        : !trusted || record.number === header.firstRecordNumber;
    if (!vouchedFor && !goesOn) break;
    try {
      const xml = renderXml(context, readFragment(context, record.eventStart, record.eventEnd), undefined);
      onRecord({ number: record.number, xml });
    } catch (error) {
      if (!(error instanceof BinXmlDamage) && !(error instanceof RangeError)) throw error;
      skipped.unreadable += 1;
    }
    lastNumber = record.number;
    at += record.size;
  }
  // Records the header lists that were not reached: cut off by the end of the copy, or damaged.
  if (trusted && lastNumber < header.lastRecordNumber && at < free) {
    const missing = header.lastRecordNumber - Math.max(lastNumber, header.firstRecordNumber - 1);
    if (!situation.whole && recordCutAt(bytes, at, bytes.length)) skipped.cut += missing;
    else skipped.unreadable += missing;
    lastNumber = header.lastRecordNumber;
  }
  return { lastNumber };
}

/** How many whole records follow one another from byte 512 up to `limit`, and the last one's number. */
function walkRecords(bytes: Uint8Array, limit: number): { count: number; lastNumber: number } {
  let count = 0;
  let lastNumber = -1;
  for (let at = chunkHeaderBytes, record = readRecordHeader(bytes, at, limit); record;) {
    count += 1;
    lastNumber = record.number;
    at += record.size;
    record = readRecordHeader(bytes, at, limit);
  }
  return { count, lastNumber };
}
