// Renders an e-mail case's summary to PDF bytes in Node (tests), fonts read from assets/fonts.
import { renderToBuffer } from '@react-pdf/renderer';
import { join } from 'node:path';
import type { EmailSummary } from '../../renderer/core/email/emailCaseSummary';
import { EmailSummaryDocument } from '../../renderer/pdf/EmailSummaryDocument';
import { registerReportFonts } from '../../renderer/pdf/reportFonts';

export async function renderEmailSummaryPdfFile(
  summary: EmailSummary,
  assetsDir = 'assets',
): Promise<Uint8Array> {
  const fonts = join(assetsDir, 'fonts');
  registerReportFonts({
    regular: join(fonts, 'DejaVuSans.ttf'),
    bold: join(fonts, 'DejaVuSans-Bold.ttf'),
    mono: join(fonts, 'DejaVuSansMono.ttf'),
  });
  const buffer = await renderToBuffer(EmailSummaryDocument({ summary }));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
