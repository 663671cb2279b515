// The original bytes of each evidence file. Large files are stored gzip-compressed (logs shrink
// about tenfold), one gzip member per block of about 1 MiB (see renderer/workers/evidenceStorage.ts);
// reading always returns the original bytes, whose SHA-256 is the evidence hash. The line index
// lets an excerpt be cut without unpacking the whole file. Text is decoded in the encoding its
// first plain bytes show (UTF-8 or UTF-16, see core/text/textEncoding.ts), found again on reading
// as the import found it, so the record needs no field for it. A binary log (.evtx) is stored as
// it came; its text — one line per event, derived from it by core's reader — is made again from
// those bytes whenever it is read, so what is shown can never drift from the evidence.
import { Gunzip } from 'fflate';
import { detectTextEncoding, type TextEncodingName } from '../core/text/textEncoding';
import { binaryFormatOf } from '../core/logs/formatRegistry';
import type { EvidenceFileRecord, EvidenceLineBlock, NotebookDatabase } from './schema';

export async function storeEvidenceFile(db: NotebookDatabase, record: EvidenceFileRecord): Promise<void> {
  await db.evidenceFiles.put(record);
}

/** The original bytes, or undefined when this evidence has none stored (older imports). */
export async function readEvidenceFile(db: NotebookDatabase, evidenceId: number): Promise<Blob | undefined> {
  const record = await db.evidenceFiles.get(evidenceId);
  return record ? originalBytesOf(record) : undefined;
}

/**
 * The original bytes a stored record holds (a restore reads them from a backup's rows). Builds
 * one Blob of the whole file: for a restore, which needs it as a whole; readers of large
 * evidence go through originalChunks instead.
 */
export async function originalBytesOf(record: Pick<EvidenceFileRecord, 'encoding' | 'bytes'>): Promise<Blob> {
  if (record.encoding === 'identity') return record.bytes;
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for await (const chunk of originalChunks(record)) parts.push(chunk);
  return new Blob(parts);
}

/** The stored evidence's original bytes, piece by piece: a compressed store is unpacked as it goes. */
export async function* originalChunks(
  record: Pick<EvidenceFileRecord, 'encoding' | 'bytes'>,
): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  if (record.encoding === 'identity') yield* blobChunks(record.bytes);
  else yield* gunzipChunks(blobChunks(record.bytes), { readablePart: false });
}

/**
 * The evidence's text bytes, piece by piece: the original, unpacked when it is a rotated .gz (a
 * damaged copy the person imported anyway up to its damage), read into its lines (UTF-8) when it
 * is a binary log such as an .evtx — as the import read it, so line numbers and offsets agree.
 */
async function* plainChunks(record: EvidenceFileRecord): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  const head = new Uint8Array(await record.bytes.slice(0, 64).arrayBuffer());
  const original = originalChunks(record);
  // The original's head: for a compressed store, the first bytes of what it unpacks to.
  const first = record.encoding === 'identity' ? head : await firstOriginalBytes(record);
  if (isGzip(first)) {
    yield* gunzipChunks(original, { readablePart: true });
    return;
  }
  const binary = binaryFormatOf(first);
  if (!binary) {
    yield* original;
    return;
  }
  // The text a binary log is read as, made as the import made it (core/file/logReading.ts).
  const reader = binary.createTextReader('evidence');
  const encoder = new TextEncoder();
  const made: Uint8Array<ArrayBuffer>[] = [];
  const keep = (text: string) => made.push(encoder.encode(text));
  for await (const chunk of original) {
    reader.push(chunk, keep);
    yield* made.splice(0);
  }
  reader.end(keep);
  yield* made.splice(0);
}

async function firstOriginalBytes(record: EvidenceFileRecord): Promise<Uint8Array> {
  for await (const chunk of originalChunks(record)) return chunk.subarray(0, 64);
  return new Uint8Array(0);
}

/**
 * The evidence text, piece by piece, decoded in its own encoding (UTF-8 or UTF-16, found again
 * from its first bytes as the import found it); undefined when no bytes are stored. Never the
 * whole file as one string: a 2 GB log is more than a string can hold.
 */
export async function evidenceTextPieces(
  db: NotebookDatabase,
  evidenceId: number,
): Promise<AsyncGenerator<string> | undefined> {
  const record = await db.evidenceFiles.get(evidenceId);
  return record ? decodedPieces(plainChunks(record)) : undefined;
}

async function* decodedPieces(chunks: AsyncGenerator<Uint8Array<ArrayBuffer>>): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  for await (const chunk of chunks) {
    decoder ??= new TextDecoder(detectTextEncoding(chunk.subarray(0, sniffBytes)));
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder?.decode() ?? '';
  if (rest !== '') yield rest;
}

/**
 * The whole evidence text as one string, for tests and small files; undefined when no bytes are
 * stored. The app's readers stream (evidenceTextPieces, readEvidenceLines).
 */
export async function readEvidenceText(
  db: NotebookDatabase,
  evidenceId: number,
): Promise<string | undefined> {
  const pieces = await evidenceTextPieces(db, evidenceId);
  if (!pieces) return undefined;
  let text = '';
  for await (const piece of pieces) text += piece;
  return text;
}

/**
 * Lines firstLine…lastLine (1-based, inclusive) of the evidence text, or undefined when the file
 * has no stored bytes or no line index. Reads only the blocks that hold those lines.
 */
export async function readEvidenceLines(
  db: NotebookDatabase,
  evidenceId: number,
  firstLine: number,
  lastLine: number,
): Promise<string[] | undefined> {
  const record = await db.evidenceFiles.get(evidenceId);
  const index = record?.lineIndex;
  if (!record || !index || index.length === 0) return undefined;
  // A block begins wherever 1 MiB ended, often inside a line, and its firstLine is that line:
  // start reading from a block that began before firstLine, so the line is read whole.
  let from = 0;
  while (from + 1 < index.length && index[from + 1]!.firstLine < firstLine) from += 1;
  let to = from;
  while (to + 1 < index.length && index[to + 1]!.firstLine <= lastLine) to += 1;
  const start = index[from]!;
  const encoding = await storedTextEncoding(record);
  const text = await blockText(record, start, to + 1 < index.length ? index[to + 1] : undefined, encoding);
  if (text === undefined) return undefined;
  const lines = text.split('\n');
  const wanted = lines.slice(firstLine - start.firstLine, lastLine - start.firstLine + 1);
  return wanted.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

async function blockText(
  record: EvidenceFileRecord,
  start: EvidenceLineBlock,
  next: EvidenceLineBlock | undefined,
  encoding: TextEncodingName,
): Promise<string | undefined> {
  if (start.storedOffset < 0) {
    // A .gz or .evtx kept as imported: neither can be entered in the middle, so its text is read
    // from the start and only the bytes of these blocks are kept.
    const parts: Uint8Array<ArrayBuffer>[] = [];
    let offset = 0;
    const end = next?.textOffset ?? Infinity;
    for await (const chunk of plainChunks(record)) {
      const from = Math.max(start.textOffset - offset, 0);
      const until = Math.min(end - offset, chunk.length);
      if (from < until) parts.push(chunk.slice(from, until));
      offset += chunk.length;
      if (offset >= end) break;
    }
    return decodeBlob(new Blob(parts), encoding);
  }
  const slice = record.bytes.slice(start.storedOffset, next?.storedOffset);
  if (record.encoding === 'identity') return decodeBlob(slice, encoding);
  // One member per block: the slice unpacks alone.
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for await (const chunk of gunzipChunks(blobChunks(slice), { readablePart: false })) parts.push(chunk);
  return decodeBlob(new Blob(parts), encoding);
}

/** Enough of the first plain bytes for detectTextEncoding. */
const sniffBytes = 4096;

/** The text's encoding, from its first plain bytes (a .gz unpacks only its start). */
async function storedTextEncoding(record: EvidenceFileRecord): Promise<TextEncodingName> {
  for await (const chunk of plainChunks(record)) return detectTextEncoding(chunk.subarray(0, sniffBytes));
  return 'utf-8';
}

async function decodeBlob(blob: Blob, encoding: TextEncodingName): Promise<string> {
  return new TextDecoder(encoding).decode(await blob.arrayBuffer());
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * The blob in slices of 64 KiB, whatever size of chunk the host's blob stream would give (Node
 * gives a small in-memory blob in one piece): what is unpacked from one slice stays small too.
 */
async function* blobChunks(blob: Blob): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  for (let at = 0; at < blob.size; at += sliceBytes) {
    yield new Uint8Array(await blob.slice(at, at + sliceBytes).arrayBuffer());
  }
}

const sliceBytes = 64 * 1024;

/**
 * Unpacks gzip (any number of members) as it streams, so a large file is never whole in memory.
 * `readablePart`: a damaged .gz the person imported anyway (its refusal came at import) ends
 * where the damage is instead of failing.
 */
async function* gunzipChunks(
  compressed: AsyncGenerator<Uint8Array<ArrayBuffer>>,
  { readablePart }: { readablePart: boolean },
): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  const out: Uint8Array<ArrayBuffer>[] = [];
  const gunzip = new Gunzip((chunk) => out.push(chunk.slice()));
  try {
    for await (const chunk of compressed) {
      gunzip.push(chunk);
      yield* out.splice(0);
    }
    gunzip.push(new Uint8Array(0), true);
  } catch (error) {
    if (!readablePart) throw error;
  }
  yield* out.splice(0);
}
