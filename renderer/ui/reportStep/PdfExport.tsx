// Exports the summary as a PDF: a save dialog in the app, a download in the browser host. The
// file name says case and date; the journal gets the file's SHA-256.
import { useState } from 'react';
import { useServices } from '../appServices';
import { recordPdfExport, reportJournalWitness } from '../../db/reports';
import type { SummaryPdfInput } from '../../core/report/summaryReport';
import { caseFileStem, sha256Hex } from './reportFiles';

export type PdfExportState = { busy: boolean; message: string };

export function useExportPdf(caseId: number) {
  const { db, api } = useServices();
  const [state, setState] = useState<PdfExportState>({ busy: false, message: '' });
  async function exportPdf(gathered: SummaryPdfInput, final: boolean): Promise<void> {
    setState({ busy: true, message: 'Making the PDF…' });
    try {
      // The head is signed now, and the PDF carries it: the report can be checked against the journal later.
      const journalWitness = await reportJournalWitness(db, caseId);
      const input = journalWitness
        ? { ...gathered, journalWitness, chainHead: journalWitness.hash }
        : gathered;
      // Loaded on demand: the PDF library is large and only this button needs it.
      const { renderSummaryPdf } = await import('../../pdf/renderSummaryPdf');
      const bytes = await renderSummaryPdf(input);
      const fileName = `${caseFileStem(input.caseTitle, input.generatedAt)}-${final ? 'final-report' : 'summary'}.pdf`;
      const saved = await api.saveFile({ suggestedName: fileName, mimeType: 'application/pdf', bytes });
      if (!saved.saved) {
        setState({ busy: false, message: 'Not saved: the save dialog was cancelled.' });
        return;
      }
      const sha256 = sha256Hex(bytes);
      await recordPdfExport(db, caseId, {
        fileName,
        sha256,
        size: bytes.byteLength,
        final,
        witness: journalWitness,
      });
      const code = journalWitness ? ` Its check code is ${journalWitness.code}.` : '';
      setState({
        busy: false,
        message: `Saved ${fileName} (SHA-256 ${sha256.slice(0, 12)}…). The journal notes it.${code}`,
      });
    } catch (error) {
      setState({
        busy: false,
        message: `The PDF could not be made: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return { ...state, exportPdf };
}

export function PdfExportButton({
  caseId,
  input,
  label,
}: {
  caseId: number;
  input: SummaryPdfInput;
  label: string;
}) {
  const { busy, message, exportPdf } = useExportPdf(caseId);
  return (
    <div className="form-actions">
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() => exportPdf(input, input.closingNote !== undefined)}
      >
        {label}
      </button>
      {message && <span role="status">{message}</span>}
    </div>
  );
}
