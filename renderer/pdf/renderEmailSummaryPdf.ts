// Renders an e-mail case's summary to PDF bytes in the page (loaded on demand, like the log
// case's summary: the PDF library is large).
import { pdf } from '@react-pdf/renderer';
import regularFont from '../../assets/fonts/DejaVuSans.ttf?url';
import boldFont from '../../assets/fonts/DejaVuSans-Bold.ttf?url';
import monoFont from '../../assets/fonts/DejaVuSansMono.ttf?url';
import type { EmailSummary } from '../core/email/emailCaseSummary';
import { EmailSummaryDocument } from './EmailSummaryDocument';
import { registerReportFonts } from './reportFonts';

export async function renderEmailSummaryPdf(summary: EmailSummary): Promise<Uint8Array> {
  registerReportFonts({ regular: regularFont, bold: boldFont, mono: monoFont });
  const blob = await pdf(EmailSummaryDocument({ summary })).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
