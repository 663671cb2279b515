// Step 7, Follow up and close: the correspondence with each abuse desk, the remediation checklist,
// and the closing note with the final report.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../appServices';
import { caseCorrespondence } from '../../db/correspondence';
import { gatherCaseReport, readReportEdits } from '../../db/reports';
import { keysConfirmedId, remediationChecklist } from '../../core/report/remediationChecklist';
import { summaryReport } from '../../core/report/summaryReport';
import { attemptsSince } from '../../core/report/reportEvidence';
import { attackingSources } from '../../core/analysis/attackHeadline';
import { useCaseReport } from '../reportStep/useCaseReport';
import { caseFileStem } from '../reportStep/reportFiles';
import { CorrespondenceCard } from './CorrespondenceCard';
import { RemediationChecklist } from './RemediationChecklist';
import { CloseCasePanel } from './CloseCasePanel';

export function FollowUpStep({ caseId }: { caseId: number }) {
  const { db } = useServices();
  const loaded = useCaseReport(caseId);
  const correspondence = useLiveQuery(() => caseCorrespondence(db, caseId), [db, caseId]);
  // "Overdue" is judged against when the screen opened; a reload brings it up to date.
  const [now] = useState(() => Date.now());
  if (loaded === undefined || correspondence === undefined)
    return <p role="status">Opening the follow-up…</p>;
  if (loaded === null) return <p>This case no longer exists.</p>;
  const { report, edits } = loaded;
  const attackers = attackingSources(report.facts.sources).map((source) => source.ip);
  const overdue = correspondence.filter((row) => row.followUpDue !== null && row.followUpDue < now).length;

  return (
    <div className="follow-up-step">
      <h2>Follow up and close</h2>
      <p>
        {correspondence.length === 0
          ? 'No abuse email is marked as sent yet. Send them from the Report step, then note the replies here.'
          : `${correspondence.length} abuse ${correspondence.length === 1 ? 'desk has' : 'desks have'} been written to${overdue > 0 ? `; ${overdue} follow-up${overdue === 1 ? ' is' : 's are'} overdue` : ''}.`}
      </p>
      <section aria-labelledby="correspondence-title">
        <h3 id="correspondence-title">Correspondence</h3>
        {correspondence.map((row) => (
          <CorrespondenceCard
            key={row.id}
            row={row}
            reporter={report.reporter}
            reference={report.reference}
            fileStem={caseFileStem(report.facts.caseTitle)}
            now={now}
            since={attemptsSince(report.evidence.byAddress, row.addresses, row.sentAt)}
          />
        ))}
      </section>
      <RemediationChecklist
        caseId={caseId}
        items={remediationChecklist(attackers, {
          logins: report.facts.logins,
          keysConfirmed: edits.remediationDone.has(keysConfirmedId),
        })}
        done={edits.remediationDone}
      />
      <CloseCasePanel
        caseId={caseId}
        closed={report.status === 'closed'}
        closingNote={report.closingNote}
        authorName={report.reporter.name}
        finalReport={async (note) => {
          const fresh = await gatherCaseReport(db, caseId);
          if (!fresh) return undefined;
          const latestEdits = await readReportEdits(db, caseId);
          return summaryReport(fresh.facts, latestEdits.summary, { ...fresh.extras, closingNote: note });
        }}
      />
    </div>
  );
}
