// A few lines of an evidence file, read from its stored original bytes, so the person can read
// what the log says right after a login — including lines the app does not interpret yet.
import type { NotebookDatabase } from './schema';
import { evidenceTextPieces } from './evidenceFiles';
import { binaryFormats } from '../core/logs/formatRegistry';

export type EvidenceLine = { line: number; text: string };

/** Lines `first` … `first + count - 1` (1-based); stops reading once they are found. */
export async function evidenceLines(
  db: NotebookDatabase,
  evidenceId: number,
  first: number,
  count: number,
): Promise<EvidenceLine[] | undefined> {
  const pieces = await evidenceTextPieces(db, evidenceId);
  if (!pieces) return undefined;
  const lines: EvidenceLine[] = [];
  const last = first + count - 1;
  let lineNumber = 1;
  let pending = '';
  const take = (text: string) => {
    if (lineNumber >= first && lineNumber <= last)
      lines.push({ line: lineNumber, text: text.replace(/\r$/, '') });
    lineNumber += 1;
  };
  for await (const piece of pieces) {
    let from = 0;
    for (let end = piece.indexOf('\n'); end >= 0; end = piece.indexOf('\n', from)) {
      // Only the wanted lines are cut out; the others are counted.
      if (lineNumber >= first && lineNumber <= last) take(pending + piece.slice(from, end));
      else lineNumber += 1;
      pending = '';
      from = end + 1;
      if (lineNumber > last) return lines; // leaving the loop stops the reading
    }
    // A line longer than any log line is not kept whole while it is skipped.
    pending = lineNumber >= first ? pending + piece.slice(from) : '';
  }
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
