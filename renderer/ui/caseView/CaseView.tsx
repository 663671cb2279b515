import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../appServices';
import { getCase } from '../../db/queries';
import { useNavigation } from '../../state/store';
import { StepNavigation } from './StepNavigation';
import { NextStepPanel } from './NextStepPanel';
import { stepScreens } from './stepScreens';
import { JournalPanel } from '../journal/JournalPanel';
import { RecordStatus } from '../journal/RecordStatus';
import { StorageStatus } from '../cases/StorageStatus';
import { EmailCaseView } from '../email/EmailCaseView';

export function CaseView({ caseId }: { caseId: number }) {
  const { db } = useServices();
  const { step, closeCase } = useNavigation();
  const incidentCase = useLiveQuery(() => getCase(db, caseId), [db, caseId]);
  if (incidentCase === undefined) return <p role="status">Opening the case…</p>;
  // A suspicious e-mail has its own steps; it shares the header, the journal and the record.
  if (incidentCase.kind === 'email') return <EmailCaseView incidentCase={incidentCase} />;

  return (
    <div className="case-view">
      <div className="case-header">
        <button type="button" className="link-button" onClick={closeCase}>
          ← All cases
        </button>
        <h1>
          {incidentCase.title}
          {incidentCase.status === 'closed' && <span className="case-status-closed"> (closed)</span>}
        </h1>
        {incidentCase.server && <p className="case-server">Server: {incidentCase.server}</p>}
        <RecordStatus caseId={caseId} />
        <StorageStatus onlyWhenLow />
      </div>
      <StepNavigation />
      <NextStepPanel caseId={caseId} />
      <div className="case-layout">
        <section className="step-content" aria-live="polite">
          {stepScreens[step]({ incidentCase })}
        </section>
        <JournalPanel caseId={caseId} />
      </div>
    </div>
  );
}
