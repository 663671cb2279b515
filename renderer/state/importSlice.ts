import type { StateCreator } from 'zustand';
import type { ImportProgress } from '../workers/importProtocol';
import type { FileTimes } from '../workers/sniffFileTimes';
import type { TimeAssumptions } from '../core/logs/logFormat';

export type RunningImportState = ImportProgress & {
  caseId: number;
  fileName: string;
  fileNumber: number;
  fileCount: number;
};

/** What became of one file, told to the person in a sentence. */
/** 'check': imported, but something about how it was read needs the person's eye. */
export type ImportOutcome = {
  fileName: string;
  kind: 'imported' | 'check' | 'problem' | 'cancelled';
  message: string;
  /**
   * A damaged .gz refused: what "Import the readable part anyway" imports again (a File is
   * structured-cloneable, so it may wait here).
   */
  readablePart?: { caseId: number; file: File; time: TimeAssumptions; formatId?: string };
};

/** A picked file and what its first lines say about its times. */
export type PickedFile = { file: File; times: FileTimes };

/**
 * Files picked together, waiting for the person to confirm the year and zone of those whose log
 * does not write them. Files are structured-cloneable: they may wait here while the person looks
 * at another step.
 */
export type TimeQuestion = {
  caseId: number;
  /** The format chosen by hand for the whole pick, if any. */
  formatId?: string;
  /** The zone each answer starts with: the person's own, else this computer's. */
  defaultZone: string;
  files: PickedFile[];
};

export type ImportSlice = {
  runningImport: RunningImportState | null;
  importOutcomes: ImportOutcome[];
  /** Files whose first lines are being read, before the time question or the import. */
  readingPick: { caseId: number; fileCount: number } | null;
  timeQuestion: TimeQuestion | null;
  setRunningImport(state: RunningImportState | null): void;
  addImportOutcome(outcome: ImportOutcome): void;
  /** The outcome for `fileName` replaced (the readable part of a refused file imported after all). */
  replaceImportOutcome(fileName: string, outcome: ImportOutcome): void;
  clearImportOutcomes(): void;
  setReadingPick(reading: { caseId: number; fileCount: number } | null): void;
  setTimeQuestion(question: TimeQuestion | null): void;
};

export const createImportSlice: StateCreator<ImportSlice, [], [], ImportSlice> = (set) => ({
  runningImport: null,
  importOutcomes: [],
  readingPick: null,
  timeQuestion: null,
  setRunningImport: (runningImport) => set({ runningImport }),
  addImportOutcome: (outcome) => set((state) => ({ importOutcomes: [...state.importOutcomes, outcome] })),
  replaceImportOutcome: (fileName, outcome) =>
    set((state) => ({
      importOutcomes: state.importOutcomes.map((earlier) =>
        earlier.fileName === fileName && earlier.readablePart ? outcome : earlier,
      ),
    })),
  clearImportOutcomes: () => set({ importOutcomes: [] }),
  setReadingPick: (readingPick) => set({ readingPick }),
  setTimeQuestion: (timeQuestion) => set({ timeQuestion }),
});
