// The original bytes of each evidence file. Large files are stored gzip-compressed (logs shrink
// about tenfold); reading always returns the original bytes, whose SHA-256 is the evidence hash.
import { Gunzip } from 'fflate';
import type { EvidenceFileRecord, NotebookDatabase } from './schema';

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

/** Streams the decompression so a large file never needs two whole copies at once. */
async function gunzipBlob(compressed: Blob): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  const gunzip = new Gunzip((chunk) => parts.push(chunk.slice()));
  const reader = compressed.stream().getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) gunzip.push(chunk.value);
  gunzip.push(new Uint8Array(0), true);
  return new Blob(parts);
}
