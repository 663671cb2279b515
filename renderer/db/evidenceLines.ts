// A few lines of an evidence file, read from its stored original bytes, so the person can read
// what the log says right after a login — including lines the app does not interpret yet.
import { detectTextEncoding } from '../core/text/textEncoding';
import type { NotebookDatabase } from './schema';
import { readPlainEvidence } from './evidenceFiles';
import { binaryFormats } from '../core/logs/formatRegistry';

export type EvidenceLine = { line: number; text: string };

/** Lines `first` … `first + count - 1` (1-based); stops reading once they are found. */
export async function evidenceLines(
  db: NotebookDatabase,
  evidenceId: number,
  first: number,
  count: number,
): Promise<EvidenceLine[] | undefined> {
  const blob = await readPlainEvidence(db, evidenceId);
  if (!blob) return undefined;
  const reader = blob.stream().getReader();
  // UTF-8 or UTF-16, as the import read it (see core/text/textEncoding.ts).
  const decoder = new TextDecoder(
    detectTextEncoding(new Uint8Array(await blob.slice(0, 4096).arrayBuffer())),
  );
  const lines: EvidenceLine[] = [];
  const last = first + count - 1;
  let lineNumber = 1;
  let pending = '';
  const take = (text: string) => {
    if (lineNumber >= first && lineNumber <= last)
      lines.push({ line: lineNumber, text: text.replace(/\r$/, '') });
    lineNumber += 1;
  };
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    pending += decoder.decode(chunk.value, { stream: true });
    let end = pending.indexOf('\n');
    while (end >= 0) {
      take(pending.slice(0, end));
      pending = pending.slice(end + 1);
      end = pending.indexOf('\n');
    }
    if (lineNumber > last) {
      await reader.cancel();
      return lines;
    }
  }
  pending += decoder.decode();
  if (pending !== '') take(pending);
  return lines;
}

/**
 * True when the evidence's lines are not the file's own but written out by the app from a binary
 * log (an .evtx: one line of XML per event), so the screen can say so.
 */
export async function evidenceLinesAreDerived(db: NotebookDatabase, evidenceId: number): Promise<boolean> {
  const evidence = await db.evidence.get(evidenceId);
  return evidence !== undefined && binaryFormats.some((binary) => binary.format.id === evidence.formatId);
}
