// Reads an evidence file's original bytes again through the import's own steps — core's file
// pipeline (core/file/logReading.ts) with the format and times the import used, and the evidence
// store — and returns what the import would have written: its SHA-256, the analysis and the stored
// bytes with their line index. A restore uses it so that nothing derived from the evidence comes
// from the backup file, where it could be planted: only the bytes are carried, and they must match
// the hash taken at import.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { LogAnalysis } from '../core/analysis/logAnalyzer';
import { formatById } from '../core/logs/formatRegistry';
import { assumedTimesNote } from '../core/time/assumedTimesNote';
import { ImportProblem } from '../core/file/importProblem';
import { createLogReading, textIsDerived } from '../core/file/logReading';
import { createEvidenceStorage, type StoredEvidence } from './evidenceStorage';
import { ownTimeZone } from './importFile';
import { readablePartNoteStart } from '../core/file/damagedFile';

/** What the evidence record says about how the file was read at import. */
export type EvidenceReading = {
  name: string;
  formatId: string;
  year: number;
  timeZone: string;
  yearSource?: 'person' | 'file-date' | 'in-log' | undefined;
  /** The import's notes: one says when only the readable part of a damaged .gz was imported. */
  readingNotes?: readonly string[] | undefined;
};

export type ReanalyzedEvidence = { sha256: string; analysis: LogAnalysis; stored: StoredEvidence };

export async function reanalyzeEvidence(
  original: Blob,
  reading: EvidenceReading,
): Promise<ReanalyzedEvidence> {
  const format = formatById(reading.formatId);
  if (!format) {
    throw new ImportProblem(
      `"${reading.name}" was read as "${reading.formatId}", a format this version does not know.`,
    );
  }
  // Formats that write their own zone were stored under a label; their stamps need no zone.
  const timeZone = reading.timeZone === ownTimeZone ? 'UTC' : reading.timeZone;
  const time = { year: reading.year, timeZone, yearFromFileDate: false };
  const reader = original.stream().getReader();
  const first = await reader.read();
  const firstBlock = first.value ?? new Uint8Array();
  const hash = sha256.create();
  const storage = createEvidenceStorage(original, textIsDerived(firstBlock));
  const logReading = createLogReading({
    fileName: reading.name,
    firstBytes: firstBlock,
    chooseFormat: () => format,
    onPlainBytes: (plain) => storage.pushPlain(plain),
    start: () => ({ time, fileName: reading.name }),
    // Read as the person chose at import: a damaged copy up to its damage, nothing more.
    acceptDamaged: (reading.readingNotes ?? []).some((note) => note.startsWith(readablePartNoteStart)),
  });
  for (let chunk = first; !chunk.done; chunk = await reader.read()) {
    hash.update(chunk.value);
    storage.pushOriginal(chunk.value);
    await logReading.push(chunk.value);
  }
  const { analysis, assumedTimes } = await logReading.end();
  // As the import says it (importFile.ts): stamps read by assumption in a log that writes its zone.
  const assumed = reading.yearSource === undefined ? assumedTimes : 0;
  if (assumed > 0) {
    const whatToDo =
      "write the server's zone in the journal, and add or subtract the difference where you quote them.";
    analysis.summary.notes = [...(analysis.summary.notes ?? []), assumedTimesNote(assumed, time, whatToDo)];
  }
  return { sha256: bytesToHex(hash.digest()), analysis, stored: storage.finish() };
}
