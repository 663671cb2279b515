// An e-mail case: the same header, journal and record as a log case, with its own steps —
// the message, its route, the sender's network, the "did anyone click?" question and the report.
import { useState } from 'react';
import type { CaseRecord } from '../../db/schema';
import { useNavigation } from '../../state/store';
import { JournalPanel } from '../journal/JournalPanel';
import { RecordStatus } from '../journal/RecordStatus';
import { StorageStatus } from '../cases/StorageStatus';
import { emailSteps, type EmailStep } from './emailSteps';
import { MessageImport } from './MessageImport';
import { RouteStep } from './RouteStep';
import { SenderNetwork } from './SenderNetwork';
import { ClickQuestion } from './ClickQuestion';
import { EmailReportStep } from './EmailReportStep';
import { useMessageTrace } from './useMessageTrace';
import './email.css';

export function EmailCaseView({ incidentCase }: { incidentCase: CaseRecord }) {
  const { closeCase } = useNavigation();
  const [step, setStep] = useState<EmailStep>('message');
  const view = useMessageTrace(incidentCase.id);
  const caseId = incidentCase.id;
  const screens: Record<EmailStep, () => React.ReactNode> = {
    message: () => <MessageImport caseId={caseId} view={view} onNext={() => setStep('route')} />,
    route: () => <RouteStep caseId={caseId} view={view} onNext={() => setStep('sender')} />,
    sender: () => <SenderNetwork caseId={caseId} view={view} onNext={() => setStep('clicked')} />,
    clicked: () => <ClickQuestion caseId={caseId} onNext={() => setStep('report')} />,
    report: () => <EmailReportStep incidentCase={incidentCase} view={view} />,
  };
  return (
    <div className="case-view email-case">
      <div className="case-header">
        <button type="button" className="link-button" onClick={closeCase}>
          ← All cases
        </button>
        <h1>
          {incidentCase.title}
          {incidentCase.status === 'closed' && <span className="case-status-closed"> (closed)</span>}
        </h1>
        <p className="case-server">Suspicious e-mail</p>
        <RecordStatus caseId={caseId} />
        <StorageStatus onlyWhenLow />
      </div>
      <nav aria-label="E-mail case steps" className="step-nav">
        <ol>
          {emailSteps.map((emailStep, index) => (
            <li key={emailStep.id}>
              <button
                type="button"
                aria-current={emailStep.id === step ? 'step' : undefined}
                onClick={() => setStep(emailStep.id)}
              >
                <span className="step-number" aria-hidden="true">
                  {index + 1}
                </span>
                {emailStep.label}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div className="case-layout">
        <section className="step-content" aria-live="polite">
          {screens[step]()}
        </section>
        <JournalPanel caseId={caseId} />
      </div>
    </div>
  );
}
