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
import type { BinaryFormat } from '../core/logs/logFormat';
import type { EvidenceFileRecord, EvidenceLineBlock, NotebookDatabase } from './schema';

export async function storeEvidenceFile(db: NotebookDatabase, record: EvidenceFileRecord): Promise<void> {
  await db.evidenceFiles.put(record);
}

/** The original bytes, or undefined when this evidence has none stored (older imports). */
export async function readEvidenceFile(db: NotebookDatabase, evidenceId: number): Promise<Blob | undefined> {
  const record = await db.evidenceFiles.get(evidenceId);
  return record ? originalBytesOf(record) : undefined;
}

/** The original bytes a stored record holds (a restore reads them from a backup's rows). */
export async function originalBytesOf(record: Pick<EvidenceFileRecord, 'encoding' | 'bytes'>): Promise<Blob> {
  return record.encoding === 'identity' ? record.bytes : gunzipBlob(record.bytes);
}

/**
 * The evidence's text bytes: the original, unpacked when the original is a rotated .gz, read into
 * its lines (derived, UTF-8) when it is a binary log such as an .evtx.
 */
export async function readPlainEvidence(db: NotebookDatabase, evidenceId: number): Promise<Blob | undefined> {
  const original = await readEvidenceFile(db, evidenceId);
  return original && plainOf(original);
}

async function plainOf(original: Blob): Promise<Blob> {
  const head = new Uint8Array(await original.slice(0, 64).arrayBuffer());
  if (isGzip(head)) return gunzipBlob(original, { readablePart: true });
  const binary = binaryFormatOf(head);
  return binary ? derivedText(original, binary) : original;
}

/** The text a binary log is read as, made as the import made it (core/file/logReading.ts). */
async function derivedText(original: Blob, binary: BinaryFormat): Promise<Blob> {
  const parts: string[] = [];
  const reader = binary.createTextReader('evidence');
  const stream = original.stream().getReader();
  for (let chunk = await stream.read(); !chunk.done; chunk = await stream.read()) {
    reader.push(chunk.value, (text) => parts.push(text));
  }
  reader.end((text) => parts.push(text));
  return new Blob(parts);
}

/** The whole evidence text, decoded in its own encoding; undefined when no bytes are stored. */
export async function readEvidenceText(
  db: NotebookDatabase,
  evidenceId: number,
): Promise<string | undefined> {
  const plain = await readPlainEvidence(db, evidenceId);
  if (!plain) return undefined;
  const encoding = detectTextEncoding(new Uint8Array(await plain.slice(0, sniffBytes).arrayBuffer()));
  return decodeBlob(plain, encoding);
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
  const encoding = await storedTextEncoding(record.bytes);
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
    // A .gz or .evtx kept as imported: neither can be entered in the middle, so read from the start.
    const whole = await plainOf(record.bytes);
    return decodeBlob(whole.slice(start.textOffset, next?.textOffset), encoding);
  }
  const slice = record.bytes.slice(start.storedOffset, next?.storedOffset);
  if (record.encoding === 'identity') return decodeBlob(slice, encoding);
  return decodeBlob(await gunzipBlob(slice), encoding); // one member per block: the slice unpacks alone
}

/** Enough of the first plain bytes for detectTextEncoding. */
const sniffBytes = 4096;

/** The text's encoding, from the first plain bytes of what is stored (a .gz unpacks only its start). */
async function storedTextEncoding(stored: Blob): Promise<TextEncodingName> {
  const head = new Uint8Array(await stored.slice(0, 64 * 1024).arrayBuffer());
  if (!isGzip(head)) return detectTextEncoding(head);
  const parts: Uint8Array<ArrayBuffer>[] = [];
  new Gunzip((chunk) => parts.push(chunk.slice())).push(head); // not final: the rest is not needed
  return detectTextEncoding(new Uint8Array(await new Blob(parts).slice(0, sniffBytes).arrayBuffer()));
}

async function decodeBlob(blob: Blob, encoding: TextEncodingName): Promise<string> {
  return new TextDecoder(encoding).decode(await blob.arrayBuffer());
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Streams the decompression so a large file never needs two whole copies at once. `readablePart`:
 * a damaged .gz the person imported anyway (its refusal came at import) gives what could be read.
 */
async function gunzipBlob(compressed: Blob, { readablePart = false } = {}): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  const gunzip = new Gunzip((chunk) => parts.push(chunk.slice()));
  const reader = compressed.stream().getReader();
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) gunzip.push(chunk.value);
    gunzip.push(new Uint8Array(0), true);
  } catch (error) {
    if (!readablePart) throw error;
    await reader.cancel().catch(() => undefined);
  }
  return new Blob(parts);
}
