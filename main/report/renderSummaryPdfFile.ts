// Renders the management summary to PDF bytes in Node (the command line and the tests), with the
// fonts read from assets/fonts as files: the same document the app renders in the page.
import { renderToBuffer } from '@react-pdf/renderer';
import { join } from 'node:path';
import { registerReportFonts } from '../../renderer/pdf/reportFonts';
import { SummaryDocument } from '../../renderer/pdf/SummaryDocument';
import type { SummaryPdfInput } from '../../renderer/core/report/summaryReport';

export async function renderSummaryPdfFile(
  input: SummaryPdfInput,
  assetsDir = 'assets',
): Promise<Uint8Array> {
  const fonts = join(assetsDir, 'fonts');
  registerReportFonts({
    regular: join(fonts, 'DejaVuSans.ttf'),
    bold: join(fonts, 'DejaVuSans-Bold.ttf'),
    mono: join(fonts, 'DejaVuSansMono.ttf'),
  });
  const buffer = await renderToBuffer(SummaryDocument({ input }));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
