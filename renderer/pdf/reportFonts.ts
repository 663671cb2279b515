// The PDF's fonts are files shipped in assets/fonts (DejaVu, see assets/README.md): no network.
// The page passes the URLs vite gives them, Node (tests, CLI) passes file paths.
import { Font } from '@react-pdf/renderer';

export type ReportFontFiles = { regular: string; bold: string; mono: string };

export const reportFont = 'DejaVu Sans';
export const reportMonoFont = 'DejaVu Sans Mono';

let registered: ReportFontFiles | null = null;

export function registerReportFonts(files: ReportFontFiles): void {
  if (registered?.regular === files.regular) return;
  Font.register({
    family: reportFont,
    fonts: [
      { src: files.regular, fontWeight: 'normal' },
      { src: files.bold, fontWeight: 'bold' },
    ],
  });
  Font.register({ family: reportMonoFont, src: files.mono });
  // Hashes, addresses and log text must not be hyphenated: a hyphen would change what they say.
  Font.registerHyphenationCallback((word) => [word]);
  registered = files;
}
