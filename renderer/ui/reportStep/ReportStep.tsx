// Step 6, Report: the management summary (read, edit, export as PDF) and one polite abuse email
// per abuse desk, with a preview of exactly what will be sent.
import { useCaseReport } from './useCaseReport';
import { summaryReport } from '../../core/report/summaryReport';
import { useNavigation } from '../../state/store';
import { SummaryEditor } from './SummaryEditor';
import { PdfExportButton } from './PdfExport';
import { AbuseEmails } from './AbuseEmails';
import { WriterDetails } from './WriterDetails';

export function ReportStep({ caseId }: { caseId: number }) {
  const loaded = useCaseReport(caseId);
  const { goToStep } = useNavigation();
  if (loaded === undefined) return <p role="status">Gathering the case for the report…</p>;
  if (loaded === null) return <p>This case no longer exists.</p>;
  const { report, edits } = loaded;
  const input = summaryReport(report.facts, edits.summary, report.extras);

  return (
    <div className="report-step">
      <h2>Report</h2>
      <p>
        Two documents come out of this step: a summary for management (facts, options and a recommendation, as
        a PDF) and a polite email to each network the attempts came from. Read the summary first; rewrite any
        paragraph in your own words.
      </p>
      <p className="verdict-line">{input.verdictLine}</p>
      <WriterDetails />
      <section aria-labelledby="summary-title" className="panel">
        <h3 id="summary-title">Management summary</h3>
        <SummaryEditor caseId={caseId} sections={input.sections} />
        <PdfExportButton caseId={caseId} input={input} label="Export the summary as PDF" />
      </section>
      <AbuseEmails key={caseId} report={report} saved={edits.masking} />
      <p className="next-step">
        Next: send the emails, then track the replies and the fixes.{' '}
        <button type="button" className="primary" onClick={() => goToStep('follow-up')}>
          Go to Follow up
        </button>
      </p>
    </div>
  );
}
