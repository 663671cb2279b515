// The original bytes of each evidence file. Large files are stored gzip-compressed (logs shrink
// about tenfold), one gzip member per block of about 1 MiB (see renderer/workers/evidenceStorage.ts);
// reading always returns the original bytes, whose SHA-256 is the evidence hash. The line index
// lets an excerpt be cut without unpacking the whole file.
import { Gunzip } from 'fflate';
import type { EvidenceFileRecord, EvidenceLineBlock, NotebookDatabase } from './schema';

export async function storeEvidenceFile(db: NotebookDatabase, record: EvidenceFileRecord): Promise<void> {
  await db.evidenceFiles.put(record);
}

/** The original bytes, or undefined when this evidence has none stored (older imports). */
export async function readEvidenceFile(db: NotebookDatabase, evidenceId: number): Promise<Blob | undefined> {
  const record = await db.evidenceFiles.get(evidenceId);
  if (!record) return undefined;
  if (record.encoding === 'identity') return record.bytes;
  return gunzipBlob(record.bytes);
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
  let from = 0;
  while (from + 1 < index.length && index[from + 1]!.firstLine <= firstLine) from += 1;
  let to = from;
  while (to + 1 < index.length && index[to + 1]!.firstLine <= lastLine) to += 1;
  const start = index[from]!;
  const text = await blockText(record, start, to + 1 < index.length ? index[to + 1] : undefined);
  if (text === undefined) return undefined;
  const lines = text.split('\n');
  const wanted = lines.slice(firstLine - start.firstLine, lastLine - start.firstLine + 1);
  return wanted.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

async function blockText(
  record: EvidenceFileRecord,
  start: EvidenceLineBlock,
  next: EvidenceLineBlock | undefined,
): Promise<string | undefined> {
  if (start.storedOffset < 0) {
    // A .gz kept as imported: gzip cannot be entered in the middle, so unpack from the start.
    const whole = await gunzipBlob(record.bytes);
    return whole.slice(start.textOffset, next?.textOffset).text();
  }
  const slice = record.bytes.slice(start.storedOffset, next?.storedOffset);
  if (record.encoding === 'identity') return slice.text();
  return (await gunzipBlob(slice)).text(); // one member per block: the slice unpacks alone
}

/** Streams the decompression so a large file never needs two whole copies at once. */
async function gunzipBlob(compressed: Blob): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  const gunzip = new Gunzip((chunk) => parts.push(chunk.slice()));
  const reader = compressed.stream().getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) gunzip.push(chunk.value);
  gunzip.push(new Uint8Array(0), true);
  return new Blob(parts);
}
