// Imports files one after another through the worker and keeps the progress bar and the outcome
// messages in the store. One runner per app, so any screen can follow or cancel the import.
import type { TimeAssumptions } from '../core/logs/logFormat';
import type { ImportClient, RunningImport } from '../workers/importClient';
import { useNotebookStore } from './store';

export type ImportRunner = {
  /** `formatId` overrides format detection for these files (undefined = detect each). */
  importFiles(
    caseId: number,
    files: readonly File[],
    time: TimeAssumptions,
    formatId?: string,
  ): Promise<void>;
  cancel(): void;
};

const linesFormat = new Intl.NumberFormat('en-US');

export function createImportRunner(importClient: ImportClient): ImportRunner {
  let running: RunningImport | null = null;
  let cancelled = false;

  return {
    async importFiles(caseId, files, time, formatId) {
      const store = useNotebookStore.getState();
      store.clearImportOutcomes();
      cancelled = false;
      for (const [index, file] of files.entries()) {
        if (cancelled) break;
        const base = { caseId, fileName: file.name, fileNumber: index + 1, fileCount: files.length };
        store.setRunningImport({ ...base, bytesRead: 0, totalBytes: file.size, linesRead: 0 });
        running = importClient.start({ caseId, file, time, formatId }, (progress) =>
          store.setRunningImport({ ...base, ...progress }),
        );
        try {
          const { summary } = await running.result;
          store.addImportOutcome({
            fileName: file.name,
            kind: 'imported',
            message:
              `Imported ${file.name}: ${linesFormat.format(summary.lines)} lines, ` +
              `${linesFormat.format(summary.events)} of them about logins.`,
          });
        } catch (error) {
          const kind = error instanceof Error && error.name === 'ImportCancelled' ? 'cancelled' : 'problem';
          const message = error instanceof Error ? error.message : String(error);
          store.addImportOutcome({ fileName: file.name, kind, message });
        }
      }
      running = null;
      store.setRunningImport(null);
    },
    cancel() {
      cancelled = true;
      running?.cancel();
    },
  };
}
