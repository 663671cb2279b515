// Streams one evidence file into the database: hash, gunzip if it is a .gz, detect, parse, keep
// the original bytes, then write everything the analysis found in one transaction. The reading itself
// is core's file pipeline (core/file/logReading.ts); this adds the hash, the stored original and the
// database. Runs in the import worker (and in tests with fake-indexeddb).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { FileSummary } from '../core/analysis/logAnalyzer';
import { formatById } from '../core/logs/formatRegistry';
import type { TimeAssumptions, LogFormat } from '../core/logs/logFormat';
import type { EvidenceRecord, NotebookDatabase } from '../db/schema';
import { discardEvidence, findEvidenceByHash } from '../db/queries';
import { appendJournalEntry } from '../db/journal';
import { ImportCancelled, ImportProblem } from '../core/file/importProblem';
import { createLogReading, detectedFormat, textIsDerived } from '../core/file/logReading';
import { createEvidenceStorage } from './evidenceStorage';
import { storeEvidenceFile } from '../db/evidenceFiles';
import { hasPairedAttempts } from '../core/analysis/crossFileAttempts';
import { futureStampFact, futureStamps, suggestYear } from '../core/time/stampYear';
import type { ImportProgress } from './importProtocol';
import { judgeFileTimes, type TimeNeeds } from './timeNeeds';
import { readTailLines } from './fileTail';
import { assumedTimesNote } from '../core/time/assumedTimesNote';
import type { JournalEntryInput } from '../core/journal/journalEntry';
import { accountingFields, lineAccountingText } from '../core/analysis/lineAccounting';

export type ImportFileRequest = {
  caseId: number;
  file: Blob & { name: string; lastModified?: number };
  formatId?: string;
  time: TimeAssumptions;
  /**
   * Read a damaged .gz up to its damage instead of refusing it: only after the refusal, when the
   * person pressed "Import the readable part anyway" (core/file/damagedFile.ts).
   */
  acceptDamaged?: boolean;
};

export type ImportFileResult = { evidenceId: number; summary: FileSummary };

/** Progress at most this often: enough for a smooth bar, cheap for the page. */
const progressIntervalMs = 100;

/** The app reads files up to this size; larger ones are refused before anything is read. */
export const largestFile = 2 * 1024 ** 3 - 1;

export function chooseFormat(
  request: Pick<ImportFileRequest, 'file' | 'formatId'>,
  sample: readonly string[],
): LogFormat {
  if (request.formatId) {
    const chosen = formatById(request.formatId);
    if (!chosen) throw new ImportProblem(`Unknown log format "${request.formatId}".`);
    return chosen;
  }
  return detectedFormat(request.file.name, sample);
}

export function refuseUnreadable(file: Blob & { name: string }): void {
  if (file.size === 0) {
    throw new ImportProblem(
      `"${file.name}" is empty: there is nothing to import. Check that you chose the right file.`,
    );
  }
  if (file.size > largestFile) {
    throw new ImportProblem(
      `"${file.name}" is ${(file.size / 1024 ** 3).toFixed(1)} GB; this app reads logs up to 2 GB. ` +
        'Import the rotated files one by one (auth.log.1, auth.log.2.gz …), or split it on the server ' +
        'with "split -l 5000000 auth.log auth-part-" and import the parts.',
    );
  }
}

export async function importFile(
  db: NotebookDatabase,
  request: ImportFileRequest,
  onProgress: (progress: ImportProgress) => void,
  signal: AbortSignal,
  now: () => number = Date.now,
): Promise<ImportFileResult> {
  const { file, caseId, time } = request;
  refuseUnreadable(file);
  const reader = file.stream().getReader();
  const hash = sha256.create();
  const cancelled = () => new ImportCancelled('Import cancelled: nothing from this file was kept.');

  const first = await reader.read();
  const firstBlock = first.value ?? new Uint8Array();
  let evidenceId: number | undefined;
  try {
    let needs = 'year-and-zone' as TimeNeeds; // set when the format is known (start)
    let fileTime: TimeAssumptions = time;
    let evidenceName = file.name;
    const storage = createEvidenceStorage(file, textIsDerived(firstBlock));
    const reading = createLogReading({
      fileName: file.name,
      firstBytes: firstBlock,
      chooseFormat: (sample) => chooseFormat(request, sample),
      acceptDamaged: request.acceptDamaged,
      onPlainBytes: (plain) => storage.pushPlain(plain),
      async start(format, sample) {
        // Judged as the Import step judged it before asking (sniffFileTimes.ts).
        const judged = judgeFileTimes(format, sample, await readTailLines(file, firstBlock));
        needs = judged.needs;
        fileTime = timeForFile(time, file, judged, now());
        // A year that puts lines in the future is a wrong answer: ask again, keep nothing.
        const future =
          needs === 'year-and-zone'
            ? futureStamps(fileTime, judged.firstStamp, judged.lastStamp, now())
            : undefined;
        if (future) {
          throw new ImportProblem(
            `${futureStampFact(file.name, future, now(), fileTime.timeZone)} Import it again with the year its ` +
              `lines were written in (${future.latestYearThatFits} is the latest that fits).`,
          );
        }
        evidenceName = await unusedEvidenceName(db, caseId, file.name);
        evidenceId = await db.evidence.add({
          caseId,
          name: evidenceName,
          size: file.size,
          sha256: '',
          importedAt: now(),
          formatId: format.id,
          formatLabel: format.label,
          timeZone: format.carriesOwnTime ? ownTimeZone : fileTime.timeZone,
          year: fileTime.year,
          yearSource: yearSourceOf(needs, fileTime),
          lines: 0,
          events: 0,
          unrecognized: 0,
          unrecognizedSample: [],
          status: 'importing',
        });
        return { time: fileTime, fileName: evidenceName };
      },
    });

    let bytesRead = 0;
    let lastProgress = 0;
    for (let chunk = first; !chunk.done; chunk = await reader.read()) {
      if (signal.aborted) throw cancelled();
      hash.update(chunk.value);
      storage.pushOriginal(chunk.value);
      await reading.push(chunk.value);
      bytesRead += chunk.value.length;
      if (now() - lastProgress >= progressIntervalMs) {
        lastProgress = now();
        onProgress({ bytesRead, totalBytes: file.size, linesRead: reading.linesRead() });
      }
    }
    if (signal.aborted) throw cancelled();
    const { format, analysis, assumedTimes } = await reading.end();
    if (evidenceId === undefined) throw new ImportProblem(`"${file.name}" could not be read.`);
    // Classic stamps between first and last lines that carry a zone: read by assumption, unasked.
    const assumed = needs === 'nothing' ? assumedTimes : 0;
    if (assumed > 0) {
      const whatToDo =
        "write the server's zone in the journal, and add or subtract the difference where you quote them.";
      analysis.summary.notes = [
        ...(analysis.summary.notes ?? []),
        assumedTimesNote(assumed, fileTime, whatToDo),
      ];
    }
    onProgress({ bytesRead, totalBytes: file.size, linesRead: analysis.summary.lines });

    const fileHash = bytesToHex(hash.digest());
    const earlier = await findEvidenceByHash(db, caseId, fileHash);
    if (earlier) {
      throw new ImportProblem(
        `"${file.name}" is already in this case (imported as "${earlier.name}"; same SHA-256). Nothing was added.`,
      );
    }
    const stored = storage.finish();
    const chosenFormat = format;
    const chosenNeeds = needs;
    const id = evidenceId;
    const perEvidence = { caseId, evidenceId: id };
    await db.transaction(
      'rw',
      [
        db.evidence,
        db.attackSources,
        db.logins,
        db.notableEvents,
        db.cases,
        db.attemptTimelines,
        db.pairedAttempts,
        db.evidenceFiles,
        db.journal,
        db.settings,
      ],
      async () => {
        const entry = importJournalEntry(
          file,
          evidenceName,
          fileHash,
          chosenFormat,
          chosenNeeds,
          fileTime,
          analysis.summary,
        );
        await appendJournalEntry(db, caseId, entry, now());
        await db.attemptTimelines.put({ ...analysis.timeline, ...perEvidence });
        if (hasPairedAttempts(analysis.twoFileAttempts))
          await db.pairedAttempts.put({ ...analysis.twoFileAttempts, ...perEvidence });
        await db.attackSources.bulkAdd(analysis.sources.map((source) => ({ ...source, ...perEvidence })));
        await db.logins.bulkAdd(analysis.logins.map((login) => ({ ...login, ...perEvidence })));
        await db.notableEvents.bulkAdd(analysis.notableEvents.map((event) => ({ ...event, ...perEvidence })));
        await storeEvidenceFile(db, { ...perEvidence, ...stored });
        await db.evidence.update(id, {
          sha256: fileHash,
          lines: analysis.summary.lines,
          events: analysis.summary.events,
          unrecognized: analysis.summary.unrecognized,
          unrecognizedSample: analysis.summary.unrecognizedSample,
          ...accountingFields(analysis.summary),
          ...(analysis.summary.notes ? { readingNotes: analysis.summary.notes } : {}),
          ...(analysis.unplacedAttempts ? { unplacedAttempts: analysis.unplacedAttempts } : {}),
          status: 'complete',
        });
        await db.cases.update(caseId, { updatedAt: now() });
      },
    );
    return { evidenceId: id, summary: analysis.summary };
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    if (evidenceId !== undefined) await discardEvidence(db, evidenceId);
    throw error;
  }
}

/** The journal line of an import: which file, its hash, what was read and how its times were read. */
function importJournalEntry(
  file: Blob & { name: string },
  evidenceName: string,
  sha256Hex: string,
  format: LogFormat,
  needs: TimeNeeds,
  time: TimeAssumptions,
  summary: FileSummary,
): JournalEntryInput {
  const yearSource = yearSourceOf(needs, time);
  const times =
    yearSource === undefined
      ? 'times as written in the log'
      : yearSource === 'in-log'
        ? `times read in ${time.timeZone} (the year is written in the log)`
        : `times read in ${time.timeZone}, year ${time.year}${yearSource === 'file-date' ? " (from the file's date)" : ''}`;
  return {
    kind: 'evidence',
    author: 'app',
    summary:
      `Evidence added: ${evidenceName}` +
      (evidenceName === file.name
        ? ' '
        : ` (the file ${file.name}; the case already has one of that name) `) +
      `(${file.size.toLocaleString('en-US')} bytes, SHA-256 ${sha256Hex}): ` +
      // The events stay in the details: a count of parser events means nothing to the person.
      `${lineAccountingText(summary)}; ` +
      `${format.label}; ${times}.` +
      (summary.notes ? ` ${summary.notes.join(' ')}` : ''),
    details: {
      file: file.name,
      ...(evidenceName === file.name ? {} : { shownAs: evidenceName }),
      sha256: sha256Hex,
      bytes: file.size,
      format: format.id,
      lines: summary.lines,
      events: summary.events,
      unrecognized: summary.unrecognized,
      ...accountingFields(summary),
      timeZone: yearSource === undefined ? null : time.timeZone,
      year: yearSource === undefined || yearSource === 'in-log' ? null : time.year,
    },
  };
}

/** What the evidence record says was assumed about the year (see EvidenceRecord.yearSource). */
function yearSourceOf(needs: TimeNeeds, time: TimeAssumptions): EvidenceRecord['yearSource'] {
  if (needs === 'nothing') return undefined;
  if (needs === 'zone') return 'in-log';
  return time.yearFromFileDate ? 'file-date' : 'person';
}

/** What the evidence table says for formats whose times carry their own zone. */
export const ownTimeZone = 'as written in the log';

/** The person's year, or the one the file's date (or today) suggests (core/time/stampYear.ts). */
function timeForFile(
  time: TimeAssumptions,
  file: { lastModified?: number },
  judged: { firstStamp?: string; lastStamp?: string },
  now: number,
): TimeAssumptions {
  if (!time.yearFromFileDate) return { ...time, yearFromFileDate: false };
  const { year } = suggestYear(file.lastModified, judged.firstStamp, judged.lastStamp, time.timeZone, now);
  return { ...time, year };
}

/**
 * The name the evidence is shown and referred to by: the file's own, or "auth.log (2)" when the
 * case already holds a file of that name (two servers' auth.log). Logins, decisions about them and
 * report excerpts name their file: two files with one name must not be mistaken for each other.
 */
async function unusedEvidenceName(db: NotebookDatabase, caseId: number, name: string): Promise<string> {
  const taken = new Set(
    (await db.evidence.where('caseId').equals(caseId).toArray()).map((evidence) => evidence.name),
  );
  if (!taken.has(name)) return name;
  let number = 2;
  while (taken.has(`${name} (${number})`)) number += 1;
  return `${name} (${number})`;
}
