// Renders the summary to PDF bytes in the page (the desktop app and the browser host alike).
import { pdf } from '@react-pdf/renderer';
import regularFont from '../../assets/fonts/DejaVuSans.ttf?url';
import boldFont from '../../assets/fonts/DejaVuSans-Bold.ttf?url';
import monoFont from '../../assets/fonts/DejaVuSansMono.ttf?url';
import { registerReportFonts } from './reportFonts';
import { SummaryDocument } from './SummaryDocument';
import type { SummaryPdfInput } from '../core/report/summaryReport';

export async function renderSummaryPdf(input: SummaryPdfInput): Promise<Uint8Array> {
  registerReportFonts({ regular: regularFont, bold: boldFont, mono: monoFont });
  const blob = await pdf(SummaryDocument({ input })).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
