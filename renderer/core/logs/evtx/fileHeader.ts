// The first 4,096 bytes of an .evtx file: "ElfFile\0", which chunks are in use, the next record
// number, and the flags Windows sets while it writes (dirty) or when the log is full. Layout from
// the libevtx documentation (Joachim Metz, "Windows XML Event Log (EVTX) format", file header);
// its CRC32 covers the first 120 bytes.
import CRC32 from 'crc-32';
import { hasSignature, u16, u32, u64 } from './littleEndian';

export const fileHeaderBytes = 4096;
export const fileSignature = 'ElfFile\0';

export type EvtxFileHeader = {
  firstChunk: number;
  lastChunk: number;
  /** The number the next record written would get: one more than the last record's. */
  nextRecordNumber: number;
  majorVersion: number;
  minorVersion: number;
  /** How many 64 KiB chunks follow the header and are in use. */
  chunkCount: number;
  /** Windows had the log open for writing: the header may lag behind the chunks. */
  dirty: boolean;
  /** The log reached its maximum size. */
  full: boolean;
  /** The header's own CRC32 matches: its numbers can be trusted. */
  checksumMatches: boolean;
};

/** True when `bytes` begins with the EVTX signature: the file is read as an .evtx, not as text. */
export function isEvtx(bytes: Uint8Array): boolean {
  return hasSignature(bytes, 0, fileSignature);
}

/** The header in `bytes` (at least its first 128 bytes), or undefined when it is not one. */
export function readFileHeader(bytes: Uint8Array): EvtxFileHeader | undefined {
  if (bytes.length < 128 || !isEvtx(bytes)) return undefined;
  const flags = u32(bytes, 120);
  return {
    firstChunk: u64(bytes, 8),
    lastChunk: u64(bytes, 16),
    nextRecordNumber: u64(bytes, 24),
    minorVersion: u16(bytes, 36),
    majorVersion: u16(bytes, 38),
    chunkCount: u16(bytes, 42),
    dirty: (flags & 1) !== 0,
    full: (flags & 2) !== 0,
    checksumMatches: CRC32.buf(bytes.subarray(0, 120)) >>> 0 === u32(bytes, 124),
  };
}
