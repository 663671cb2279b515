import type { StateCreator } from 'zustand';
import type { ImportProgress } from '../workers/importProtocol';

export type RunningImportState = ImportProgress & {
  caseId: number;
  fileName: string;
  fileNumber: number;
  fileCount: number;
};

/** What became of one file, told to the person in a sentence. */
export type ImportOutcome = { fileName: string; kind: 'imported' | 'problem' | 'cancelled'; message: string };

export type ImportSlice = {
  runningImport: RunningImportState | null;
  importOutcomes: ImportOutcome[];
  setRunningImport(state: RunningImportState | null): void;
  addImportOutcome(outcome: ImportOutcome): void;
  clearImportOutcomes(): void;
};

export const createImportSlice: StateCreator<ImportSlice, [], [], ImportSlice> = (set) => ({
  runningImport: null,
  importOutcomes: [],
  setRunningImport: (runningImport) => set({ runningImport }),
  addImportOutcome: (outcome) => set((state) => ({ importOutcomes: [...state.importOutcomes, outcome] })),
  clearImportOutcomes: () => set({ importOutcomes: [] }),
});
