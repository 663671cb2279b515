// Which screen each workflow step shows. A new step adds one entry here and one in
// state/navigationSlice.ts (workflowSteps), nothing else.
import type { ReactNode } from 'react';
import type { CaseRecord } from '../../db/schema';
import type { WorkflowStep } from '../../state/navigationSlice';
import { CaseStep } from './CaseStep';
import { ImportStep } from '../importStep/ImportStep';

export type StepScreenProps = { incidentCase: CaseRecord };

export const stepScreens: Record<WorkflowStep, (props: StepScreenProps) => ReactNode> = {
  case: ({ incidentCase }) => <CaseStep incidentCase={incidentCase} />,
  import: ({ incidentCase }) => <ImportStep caseId={incidentCase.id} />,
};
