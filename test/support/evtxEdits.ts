// Edits of real .evtx files, for the EVTX tests and the bench (DECISIONS.md: edge cases come from
// editing copies of the CC0 samples — flip bytes, cut, repeat chunks and fix the header — not from
// committed big files). Offsets from the libevtx documentation, as the reader uses them.
import CRC32 from 'crc-32';

export const fileHeaderBytes = 4096;
export const chunkBytes = 65536;

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The file header's CRC32 (over its first 120 bytes) made right again after an edit. */
export function fixFileHeaderChecksum(file: Uint8Array): Uint8Array {
  view(file).setUint32(124, CRC32.buf(file.subarray(0, 120)) >>> 0, true);
  return file;
}

/** The chunk at `offset`: its records' CRC32 and then its header's made right again. */
export function fixChunkChecksums(file: Uint8Array, offset: number): Uint8Array {
  const chunk = file.subarray(offset, offset + chunkBytes);
  const free = view(chunk).getUint32(48, true);
  view(chunk).setUint32(52, CRC32.buf(chunk.subarray(512, free)) >>> 0, true);
  const header = CRC32.buf(chunk.subarray(128, 512), CRC32.buf(chunk.subarray(0, 120)));
  view(chunk).setUint32(124, header >>> 0, true);
  return file;
}

/** A copy with the dirty flag set, as Windows leaves a log it has open (header checksum fixed). */
export function markedDirty(file: Uint8Array): Uint8Array {
  const copy = file.slice();
  view(copy).setUint32(120, view(copy).getUint32(120, true) | 1, true);
  return fixFileHeaderChecksum(copy);
}

/** A copy with one byte changed (its checksums left as they were: damage). */
export function withFlippedByte(file: Uint8Array, offset: number): Uint8Array {
  const copy = file.slice();
  copy[offset] = copy[offset]! ^ 0xff;
  return copy;
}

/** The chunk offsets of each record in the first chunk, in order (walking their sizes). */
export function recordOffsets(file: Uint8Array): number[] {
  const chunk = file.subarray(fileHeaderBytes, fileHeaderBytes + chunkBytes);
  const free = view(chunk).getUint32(48, true);
  const offsets: number[] = [];
  for (let at = 512; at < free; at += view(chunk).getUint32(at + 4, true)) offsets.push(at);
  return offsets;
}

/**
 * A file of `copies` chunks, each a copy of the sample's single chunk with its records renumbered
 * to follow on from the chunk before (records, chunk header and file header fixed up, checksums
 * right): the "large file" of the tests and the bench, made from a real one.
 */
export function repeatedChunks(file: Uint8Array, copies: number): Uint8Array {
  return joinedChunks(Array.from({ length: copies }, () => file));
}

/** One file of the first chunk of each of `files`, in order, renumbered and fixed up as above. */
export function joinedChunks(files: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(fileHeaderBytes + files.length * chunkBytes);
  out.set(files[0]!.subarray(0, fileHeaderBytes), 0);
  let next = 1; // the number the next record gets
  files.forEach((file, index) => {
    const offset = fileHeaderBytes + index * chunkBytes;
    out.set(file.subarray(fileHeaderBytes, fileHeaderBytes + chunkBytes), offset);
    const chunk = out.subarray(offset, offset + chunkBytes);
    const first = Number(view(chunk).getBigUint64(8, true));
    const last = Number(view(chunk).getBigUint64(16, true));
    const shift = BigInt(next - first);
    for (const field of [8, 16, 24, 32]) {
      view(chunk).setBigUint64(field, view(chunk).getBigUint64(field, true) + shift, true);
    }
    const free = view(chunk).getUint32(48, true);
    for (let at = 512; at < free; at += view(chunk).getUint32(at + 4, true)) {
      view(chunk).setBigUint64(at + 8, view(chunk).getBigUint64(at + 8, true) + shift, true);
    }
    fixChunkChecksums(out, offset);
    next += last - first + 1;
  });
  const header = view(out);
  header.setBigUint64(8, 0n, true); // first chunk
  header.setBigUint64(16, BigInt(files.length - 1), true); // last chunk
  header.setBigUint64(24, BigInt(next), true); // next record number
  header.setUint16(42, files.length, true);
  return fixFileHeaderChecksum(out);
}

/**
 * A copy whose first chunk's header lists only its first `listed` records, as when Windows had
 * written more records than it had yet recorded in the header (checksums right for what it lists).
 */
export function headerListingOnly(file: Uint8Array, listed: number): Uint8Array {
  const copy = file.slice();
  const offsets = recordOffsets(copy);
  const chunk = copy.subarray(fileHeaderBytes, fileHeaderBytes + chunkBytes);
  const first = Number(view(chunk).getBigUint64(8, true));
  view(chunk).setBigUint64(16, BigInt(first + listed - 1), true);
  view(chunk).setBigUint64(32, BigInt(first + listed - 1), true);
  view(chunk).setUint32(44, offsets[listed - 1]!, true);
  view(chunk).setUint32(48, offsets[listed]!, true);
  view(copy).setBigUint64(24, BigInt(first + listed), true);
  fixChunkChecksums(copy, fileHeaderBytes);
  return fixFileHeaderChecksum(copy);
}

/** A copy whose file header says it holds `chunks` chunks (its checksum fixed). */
export function withChunkCount(file: Uint8Array, chunks: number): Uint8Array {
  const copy = file.slice();
  view(copy).setUint16(42, chunks, true);
  view(copy).setBigUint64(16, BigInt(Math.max(chunks - 1, 0)), true);
  return fixFileHeaderChecksum(copy);
}
