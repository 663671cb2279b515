// The management summary of a suspicious e-mail case as a PDF: the same sections as the text
// file (core/email/emailCaseSummary.ts), in the log summary's styles and fonts. Everything in it
// that came from the message is text, never markup.
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { EmailSummary } from '../core/email/emailCaseSummary';
import { plainText } from '../core/report/plainText';
import { pdfStyles } from './pdfStyles';

export function EmailSummaryDocument({ summary }: { summary: EmailSummary }) {
  return (
    <Document
      title={plainText(summary.title)}
      subject="Suspicious e-mail summary"
      creator="Incident Notebook"
      producer="Incident Notebook"
    >
      <Page size="A4" style={pdfStyles.page}>
        <Text style={pdfStyles.title}>{plainText(summary.title)}</Text>
        <Text style={pdfStyles.subtitle}>{plainText(summary.byline)}</Text>
        {summary.sections.map((section) => (
          <View key={section.heading} wrap={false}>
            <Text style={pdfStyles.sectionTitle}>{section.heading}</Text>
            {section.lines.map((line, index) => (
              <Text key={index} style={pdfStyles.paragraph}>
                {plainText(line)}
              </Text>
            ))}
          </View>
        ))}
      </Page>
    </Document>
  );
}
