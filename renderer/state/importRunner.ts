// Imports files one after another through the worker and keeps the progress bar and the outcome
// messages in the store. One runner per app, so any screen can follow or cancel the import.
// A pick first has its files' first lines read: files whose log writes no year or zone wait in
// the store's time question until the person confirms them; a pick without such files imports
// at once.
import type { TimeAssumptions } from '../core/logs/logFormat';
import type { ImportClient, RunningImport } from '../workers/importClient';
import type { FileTimes } from '../workers/sniffFileTimes';
import type { ImportOutcome, PickedFile } from './importSlice';
import { DamagedFileProblem } from '../core/file/importProblem';
import { useNotebookStore } from './store';
import { lineAccountingText } from '../core/analysis/lineAccounting';

/** One file and the times it is read with. */
export type FileToImport = { file: File; time: TimeAssumptions };

export type ImportRunner = {
  /**
   * Reads the first lines of each picked file, then imports them at once when no file needs a
   * year or a zone, or leaves the time question in the store. `timeZone` is the zone answers
   * start with; `formatId` overrides format detection for these files (undefined = detect each).
   */
  pickFiles(
    caseId: number,
    files: readonly File[],
    options: { timeZone: string; formatId?: string },
  ): Promise<void>;
  /** Imports the files of the open time question, each with its own answer (same order). */
  answerTimeQuestion(times: readonly TimeAssumptions[]): Promise<void>;
  /** The person cancelled the time question: nothing is imported. */
  dropTimeQuestion(): void;
  /** Imports files with times already known (the sample case), all read the same way. */
  importFiles(
    caseId: number,
    files: readonly File[],
    time: TimeAssumptions,
    formatId?: string,
  ): Promise<void>;
  /**
   * After a damaged .gz was refused: imports what of it can be read, with the note that says
   * where it was cut (the outcome's "Import the readable part anyway").
   */
  importReadablePart(outcome: ImportOutcome): Promise<void>;
  cancel(): void;
};

/** For files that write their own times, or whose problem the import will report. */
export const unaskedTime = (timeZone: string): TimeAssumptions => ({
  year: new Date().getFullYear(),
  timeZone,
  yearFromFileDate: true,
});

const couldNotRead = (error: unknown): FileTimes => ({
  needs: 'nothing',
  problem: error instanceof Error ? error.message : String(error),
});

/**
 * `onImported` runs after each file the worker imported: the page signs the journal head then, so
 * the worker's entry (the worker cannot sign) is covered at once.
 */
export function createImportRunner(
  importClient: ImportClient,
  onImported: (caseId: number) => void = () => undefined,
): ImportRunner {
  let running: RunningImport | null = null;
  let cancelled = false;

  /** Imports one file through the worker and says in a sentence what became of it. */
  async function importOne(
    request: {
      caseId: number;
      file: File;
      time: TimeAssumptions;
      formatId?: string;
      acceptDamaged?: boolean;
    },
    place: { fileNumber: number; fileCount: number },
  ): Promise<ImportOutcome> {
    const store = useNotebookStore.getState();
    const { caseId, file } = request;
    const base = { caseId, fileName: file.name, ...place };
    store.setRunningImport({ ...base, bytesRead: 0, totalBytes: file.size, linesRead: 0 });
    running = importClient.start(request, (progress) => store.setRunningImport({ ...base, ...progress }));
    try {
      const { summary } = await running.result;
      onImported(caseId);
      const imported = `Imported ${file.name}: ${lineAccountingText(summary)}.`;
      return summary.notes
        ? { fileName: file.name, kind: 'check', message: `${imported} Check: ${summary.notes.join(' ')}` }
        : { fileName: file.name, kind: 'imported', message: imported };
    } catch (error) {
      const kind = error instanceof Error && error.name === 'ImportCancelled' ? 'cancelled' : 'problem';
      const message = error instanceof Error ? error.message : String(error);
      // A damaged .gz: the person may still choose to import what of it can be read.
      const damaged = error instanceof DamagedFileProblem && !request.acceptDamaged;
      return {
        fileName: file.name,
        kind,
        message,
        ...(damaged
          ? { readablePart: { caseId, file, time: request.time, formatId: request.formatId } }
          : {}),
      };
    } finally {
      running = null;
      store.setRunningImport(null);
    }
  }

  async function importEach(caseId: number, files: readonly FileToImport[], formatId?: string) {
    const store = useNotebookStore.getState();
    store.clearImportOutcomes();
    cancelled = false;
    for (const [index, { file, time }] of files.entries()) {
      if (cancelled) break;
      const place = { fileNumber: index + 1, fileCount: files.length };
      store.addImportOutcome(await importOne({ caseId, file, time, formatId }, place));
    }
  }

  return {
    async pickFiles(caseId, files, { timeZone, formatId }) {
      const store = useNotebookStore.getState();
      store.clearImportOutcomes();
      store.setTimeQuestion(null);
      store.setReadingPick({ caseId, fileCount: files.length });
      const picked: PickedFile[] = [];
      try {
        for (const file of files) {
          picked.push({ file, times: await importClient.sniff(file, formatId).catch(couldNotRead) });
        }
      } finally {
        store.setReadingPick(null);
      }
      if (picked.some(({ times }) => times.needs !== 'nothing')) {
        store.setTimeQuestion({ caseId, formatId, defaultZone: timeZone, files: picked });
        return;
      }
      await importEach(
        caseId,
        picked.map(({ file }) => ({ file, time: unaskedTime(timeZone) })),
        formatId,
      );
    },
    async answerTimeQuestion(times) {
      const store = useNotebookStore.getState();
      const question = store.timeQuestion;
      if (!question || times.length !== question.files.length) return;
      store.setTimeQuestion(null);
      await importEach(
        question.caseId,
        question.files.map(({ file }, index) => ({ file, time: times[index]! })),
        question.formatId,
      );
    },
    dropTimeQuestion() {
      useNotebookStore.getState().setTimeQuestion(null);
    },
    importFiles: (caseId, files, time, formatId) =>
      importEach(
        caseId,
        files.map((file) => ({ file, time })),
        formatId,
      ),
    async importReadablePart(outcome) {
      const part = outcome.readablePart;
      if (!part || running) return;
      const imported = await importOne({ ...part, acceptDamaged: true }, { fileNumber: 1, fileCount: 1 });
      useNotebookStore.getState().replaceImportOutcome(outcome.fileName, imported);
    },
    cancel() {
      cancelled = true;
      running?.cancel();
    },
  };
}
