// The 512-byte header of each 64 KiB chunk: which records it holds, where its free space begins,
// and two CRC32s — one over the header itself (bytes 0–119 and 128–511), one over the records
// (from byte 512 to the free-space offset). Layout from the libevtx documentation (chunk header).
// Bytes after the free-space offset are not part of the log: in most real files they hold stale,
// well-formed records of an earlier use of the chunk (9 of the 10 CC0 samples).
import CRC32 from 'crc-32';
import { hasSignature, u32, u64 } from './littleEndian';

export const chunkBytes = 65536;
export const chunkHeaderBytes = 512;
export const chunkSignature = 'ElfChnk\0';

export type EvtxChunkHeader = {
  firstRecordNumber: number;
  lastRecordNumber: number;
  /** Where the last record begins (chunk offset). */
  lastRecordOffset: number;
  /** Where the records end and the unused space begins (chunk offset). */
  freeSpaceOffset: number;
  recordsChecksum: number;
  /** The header's CRC32 matches: its record numbers and offsets can be trusted. */
  checksumMatches: boolean;
};

/** The header of the chunk in `chunk` (its first 512 bytes at least), or undefined without the signature. */
export function readChunkHeader(chunk: Uint8Array): EvtxChunkHeader | undefined {
  if (chunk.length < chunkHeaderBytes || !hasSignature(chunk, 0, chunkSignature)) return undefined;
  const headerCrc = CRC32.buf(chunk.subarray(128, chunkHeaderBytes), CRC32.buf(chunk.subarray(0, 120)));
  return {
    firstRecordNumber: u64(chunk, 8),
    lastRecordNumber: u64(chunk, 16),
    lastRecordOffset: u32(chunk, 44),
    freeSpaceOffset: u32(chunk, 48),
    recordsChecksum: u32(chunk, 52),
    checksumMatches: headerCrc >>> 0 === u32(chunk, 124),
  };
}

/** True when the records (byte 512 to the free-space offset, all present in `chunk`) are as written. */
export function recordsChecksumMatches(chunk: Uint8Array, header: EvtxChunkHeader): boolean {
  const end = header.freeSpaceOffset;
  if (end < chunkHeaderBytes || end > chunk.length) return false;
  return CRC32.buf(chunk.subarray(chunkHeaderBytes, end)) >>> 0 === header.recordsChecksum;
}

/** A chunk slot never written: all zero (Windows allocates the file ahead of its records). */
export function isUnusedChunk(chunk: Uint8Array): boolean {
  for (let at = 0; at < Math.min(chunk.length, chunkHeaderBytes); at++) if (chunk[at] !== 0) return false;
  return true;
}
