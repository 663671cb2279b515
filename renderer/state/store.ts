// One store made of slices, one per concern. It holds ids, the current step and progress —
// never rows from the database (those are read through db/queries.ts).
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createNavigationSlice, type NavigationSlice } from './navigationSlice';
import { createImportSlice, type ImportSlice } from './importSlice';

export type NotebookState = NavigationSlice & ImportSlice;

export const useNotebookStore = create<NotebookState>()((set, get, store) => ({
  ...createNavigationSlice(set, get, store),
  ...createImportSlice(set, get, store),
}));

/** Typed selector hooks: components pick what they need and re-render only when it changes. */
export const useNavigation = () =>
  useNotebookStore(
    useShallow((state) => ({
      openCaseId: state.openCaseId,
      step: state.step,
      openCase: state.openCase,
      closeCase: state.closeCase,
      goToStep: state.goToStep,
    })),
  );

export const useImportState = () =>
  useNotebookStore(
    useShallow((state) => ({
      runningImport: state.runningImport,
      importOutcomes: state.importOutcomes,
      readingPick: state.readingPick,
      timeQuestion: state.timeQuestion,
    })),
  );
