// Closing the case: a closing note, then the final report (the summary with the note) as a PDF.
import { useState, type FormEvent } from 'react';
import { useServices } from '../appServices';
import { closeCase } from '../../db/caseLifecycle';
import type { SummaryPdfInput } from '../../core/report/summaryReport';
import { useExportPdf } from '../reportStep/PdfExport';

export function CloseCasePanel({
  caseId,
  closed,
  closingNote,
  authorName,
  finalReport,
}: {
  caseId: number;
  closed: boolean;
  closingNote: string;
  authorName: string;
  finalReport: (note: string) => Promise<SummaryPdfInput | undefined>;
}) {
  const { db } = useServices();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');
  const { busy, message, exportPdf } = useExportPdf(caseId);

  // Read afresh after closing, so the closing entry and the new chain head are in the final report.
  async function saveFinal(closing: string) {
    const input = await finalReport(closing);
    if (input) await exportPdf(input, true);
  }

  async function close(event: FormEvent) {
    event.preventDefault();
    try {
      await closeCase(db, caseId, note, authorName);
      setProblem('');
      await saveFinal(note.trim());
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <section aria-labelledby="close-title" className="panel">
      <h3 id="close-title">Close the case</h3>
      {closed ? (
        <>
          <p>This case is closed. Closing note: {closingNote}</p>
          <button type="button" className="primary" disabled={busy} onClick={() => saveFinal(closingNote)}>
            Save the final report again
          </button>
        </>
      ) : (
        <form onSubmit={close} className="form-grid">
          <label htmlFor="closing-note">Closing note: what was done, and why the case can be closed</label>
          <textarea
            id="closing-note"
            rows={3}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy}>
              Close the case and save the final report
            </button>
          </div>
        </form>
      )}
      {problem && <p role="alert">{problem}</p>}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
