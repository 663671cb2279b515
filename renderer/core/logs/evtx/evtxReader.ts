// Reads an .evtx file as its bytes stream in, one 64 KiB chunk at a time: the file is never whole
// in memory (one chunk is), and records come out chunk by chunk, for progress. Which chunks are
// read follows the file header: those it lists as in use; past them only chunks a dirty file
// (Windows was writing it) may have added since its header was last written, and only when they
// go on with the next record numbers. What is skipped is counted (skippedRecords.ts).
import type { ChunkContext } from './binXmlNodes';
import { chunkBytes, isUnusedChunk, readChunkHeader } from './chunkHeader';
import { readChunkRecords, type EvtxRecord } from './chunkRecords';
import { fileHeaderBytes, readFileHeader, type EvtxFileHeader } from './fileHeader';
import { noSkippedRecords, type SkippedRecords } from './skippedRecords';

export type EvtxReading = {
  /** The file's next bytes, in order (they may be reused by the caller after it returns). */
  push(bytes: Uint8Array): void;
  /** After the last bytes: reads what the copy ends with. */
  end(): void;
  /** The file header, once its bytes are in; undefined before, or when it is not an .evtx. */
  header(): EvtxFileHeader | undefined;
  recordsRead(): number;
  skipped(): SkippedRecords;
  /** How many bytes the file had, when it ended before its first chunk (else undefined). */
  endedEarly(): number | undefined;
};

export function createEvtxReader(onRecord: (record: EvtxRecord) => void): EvtxReading {
  const skipped = noSkippedRecords();
  let header: EvtxFileHeader | undefined;
  let readingHeader = true;
  const headerBuffer = new Uint8Array(fileHeaderBytes);
  const chunk = new Uint8Array(chunkBytes);
  let filled = 0; // bytes in the buffer being filled (the header's, then the chunk's)
  let totalBytes = 0;
  let chunkIndex = 0;
  let endedInsideChunk = false;
  let recordsRead = 0;
  let highestNumber = -1; // the highest record number read or counted as skipped
  const renderers: ChunkContext['renderers'] = new Map();
  const countRecord = (record: EvtxRecord) => {
    recordsRead += 1;
    onRecord(record);
  };

  function readChunk(bytes: Uint8Array, whole: boolean): void {
    const index = chunkIndex++;
    if (!header || isUnusedChunk(bytes)) return;
    // A damaged header's chunk count cannot say which chunks are in use: each chunk then says itself.
    const listed = index < header.chunkCount || !header.checksumMatches;
    if (!listed) {
      // Not in use, unless Windows added it after it last wrote the header: it goes on from the last record.
      const added = readChunkHeader(bytes);
      const goesOn = highestNumber < 0 || added?.firstRecordNumber === highestNumber + 1;
      if (!header.dirty || !added?.checksumMatches || !goesOn) return;
    }
    const beingWritten = header.dirty && (index === header.lastChunk || !listed);
    const outcome = readChunkRecords(bytes, { beingWritten, whole }, countRecord, skipped, renderers);
    highestNumber = Math.max(highestNumber, outcome.lastNumber);
  }

  return {
    push(bytes) {
      totalBytes += bytes.length;
      for (let at = 0; at < bytes.length;) {
        if (!readingHeader && filled === 0 && bytes.length - at >= chunkBytes) {
          // A whole chunk in the bytes given: read in place (it is read before push returns).
          readChunk(bytes.subarray(at, at + chunkBytes), true);
          at += chunkBytes;
          continue;
        }
        const target = readingHeader ? headerBuffer : chunk;
        const take = Math.min(target.length - filled, bytes.length - at);
        target.set(bytes.subarray(at, at + take), filled);
        filled += take;
        at += take;
        if (filled < target.length) break;
        filled = 0;
        if (readingHeader) {
          header = readFileHeader(headerBuffer);
          readingHeader = false;
        } else {
          readChunk(chunk, true);
        }
      }
    },
    end() {
      if (readingHeader) {
        header = readFileHeader(headerBuffer.subarray(0, filled));
        readingHeader = false;
      } else if (filled > 0) {
        endedInsideChunk = true;
        readChunk(chunk.subarray(0, filled), false);
      }
      filled = 0;
      // Records the file header counts beyond the last one found. A dirty file's header lags
      // behind its chunks, so it counts for nothing there.
      if (!header?.checksumMatches || header.dirty || header.nextRecordNumber - 1 <= highestNumber) return;
      const notFound = header.nextRecordNumber - 1 - Math.max(highestNumber, 0);
      if (endedInsideChunk || chunkIndex < header.chunkCount) skipped.cut += notFound;
      else skipped.missing += notFound;
    },
    header: () => header,
    recordsRead: () => recordsRead,
    skipped: () => skipped,
    endedEarly: () => (chunkIndex === 0 ? totalBytes : undefined),
  };
}
