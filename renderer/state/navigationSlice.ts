import type { StateCreator } from 'zustand';

/** The workflow steps built so far; later steps are added here as they land. */
export const workflowSteps = [
  { id: 'case', label: 'Case' },
  { id: 'import', label: 'Import' },
  { id: 'confirm', label: 'Confirm' },
  { id: 'logins', label: 'Logins' },
  { id: 'source', label: 'Source' },
  { id: 'report', label: 'Report' },
  { id: 'follow-up', label: 'Follow up' },
] as const;

export type WorkflowStep = (typeof workflowSteps)[number]['id'];

export type NavigationSlice = {
  openCaseId: number | null;
  step: WorkflowStep;
  openCase(caseId: number, step?: WorkflowStep): void;
  closeCase(): void;
  goToStep(step: WorkflowStep): void;
};

export const createNavigationSlice: StateCreator<NavigationSlice, [], [], NavigationSlice> = (set) => ({
  openCaseId: null,
  step: 'case',
  openCase: (caseId, step = 'case') => set({ openCaseId: caseId, step }),
  closeCase: () => set({ openCaseId: null, step: 'case' }),
  goToStep: (step) => set({ step }),
});
