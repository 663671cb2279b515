// Which screen each workflow step shows. A new step adds one entry here and one in
// state/navigationSlice.ts (workflowSteps), nothing else.
import type { ReactNode } from 'react';
import type { CaseRecord } from '../../db/schema';
import type { WorkflowStep } from '../../state/navigationSlice';
import { CaseStep } from './CaseStep';
import { ImportStep } from '../importStep/ImportStep';
import { ConfirmStep } from '../confirmStep/ConfirmStep';
import { LoginsStep } from '../loginsStep/LoginsStep';
import { SourceStep } from '../sourceStep/SourceStep';
import { ReportStep } from '../reportStep/ReportStep';
import { FollowUpStep } from '../followUpStep/FollowUpStep';

export type StepScreenProps = { incidentCase: CaseRecord };

export const stepScreens: Record<WorkflowStep, (props: StepScreenProps) => ReactNode> = {
  case: ({ incidentCase }) => <CaseStep incidentCase={incidentCase} />,
  import: ({ incidentCase }) => <ImportStep caseId={incidentCase.id} />,
  confirm: ({ incidentCase }) => <ConfirmStep caseId={incidentCase.id} />,
  logins: ({ incidentCase }) => <LoginsStep caseId={incidentCase.id} />,
  source: ({ incidentCase }) => <SourceStep caseId={incidentCase.id} />,
  report: ({ incidentCase }) => <ReportStep caseId={incidentCase.id} />,
  'follow-up': ({ incidentCase }) => <FollowUpStep caseId={incidentCase.id} />,
};
