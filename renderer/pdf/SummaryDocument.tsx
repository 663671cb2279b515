/** @jsxRuntime automatic */
// The management summary as a PDF document (@react-pdf/renderer): the sections the person read
// and edited, a chart and a table, the journal and the evidence as an appendix, and on every page
// a footer with the case, the journal's chain head, the generation time and the page number.
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { SummarySection } from '../core/report/managementSummary';
import { localStamp, utcStamp } from '../core/report/reportTime';
import { plainText } from '../core/report/plainText';
import { AttemptsChart } from './AttemptsChart';
import { pdfStyles } from './pdfStyles';
import type { SummaryPdfInput } from '../core/report/summaryReport';
import { EvidenceTable, JournalTable, TopSourcesTable } from './SummaryTables';
import { headKeywords } from '../core/journal/journalHead';
import { JournalWitnessBlock } from './JournalWitnessBlock';

/** Lines starting with "• " become bullets; other lines are paragraphs. Text only, never markup. */
function SectionLine({ line }: { line: string }) {
  if (line.startsWith('• ')) {
    return (
      <View style={pdfStyles.bullet} wrap={false}>
        <Text style={pdfStyles.bulletMark}>•</Text>
        <Text style={pdfStyles.bulletText}>{plainText(line.slice(2))}</Text>
      </View>
    );
  }
  return <Text style={pdfStyles.paragraph}>{plainText(line)}</Text>;
}

function SectionText({ text }: { text: string }) {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return (
    <View>
      {lines.map((line, index) => (
        <SectionLine key={index} line={line} />
      ))}
    </View>
  );
}

/** The title travels with the section's first line, so a page never ends on a bare heading. */
function Section({ section, children }: { section: SummarySection; children?: ReactNode }) {
  const [first = '', ...rest] = section.text.split('\n').filter((line) => line.trim() !== '');
  return (
    <View>
      <View wrap={false}>
        <Text style={pdfStyles.sectionTitle}>{section.title}</Text>
        <SectionLine line={first} />
      </View>
      {rest.map((line, index) => (
        <SectionLine key={index} line={line} />
      ))}
      {section.edited && (
        <Text style={pdfStyles.edited}>(rewritten by the author; the generated text was edited)</Text>
      )}
      {children}
    </View>
  );
}

function Footer({ input }: { input: SummaryPdfInput }) {
  // The check code goes on the first line: the chain head fills the second beside the page number.
  const code = input.journalWitness ? ` · check code ${input.journalWitness.code}` : '';
  return (
    <View style={pdfStyles.footer} fixed>
      <Text>
        {plainText(input.caseTitle)} · generated {utcStamp(input.generatedAt)}
        {code}
      </Text>
      <View style={{ flexDirection: 'row', justifyContent: 'space-between' }}>
        <Text style={pdfStyles.footerMono}>Journal chain head: {input.chainHead}</Text>
        <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
    </View>
  );
}

export function SummaryDocument({ input }: { input: SummaryPdfInput }) {
  const byId = new Map(input.sections.map((section) => [section.id, section]));
  const section = (id: SummarySection['id'], children?: ReactNode) => {
    const found = byId.get(id);
    return found ? <Section section={found}>{children}</Section> : null;
  };
  const alarm = input.verdictLine.includes('possible break-in');
  return (
    <Document
      title={`Management summary: ${plainText(input.caseTitle)}`}
      author={plainText(input.author || input.organisation)}
      subject="Incident summary"
      creator="Incident Notebook"
      producer="Incident Notebook"
      {...(input.journalWitness ? { keywords: headKeywords(input.journalWitness) } : {})}
    >
      <Page size="A4" style={pdfStyles.page}>
        <Text style={pdfStyles.title}>
          {input.closingNote !== undefined ? 'Final report' : 'Management summary'}:{' '}
          {plainText(input.caseTitle)}
        </Text>
        <Text style={pdfStyles.subtitle}>
          {[
            input.organisation,
            input.author && `prepared by ${input.author}`,
            input.server && `server ${input.server}`,
          ]
            .filter(Boolean)
            .map((part) => plainText(String(part)))
            .join(' · ')}
          {'\n'}Generated {localStamp(input.generatedAt, input.timeZone)} = {utcStamp(input.generatedAt)}
        </Text>
        <Text style={alarm ? pdfStyles.verdictAlarm : pdfStyles.verdict}>{input.verdictLine}</Text>
        {section('what-happened')}
        {section('when')}
        {section('targeted')}
        {section(
          'who',
          <View>
            <AttemptsChart timeline={input.timeline} duration={input.attackDuration} />
            <Text style={[pdfStyles.sectionTitle, { fontSize: 10.5 }]} minPresenceAhead={60}>
              Top sources
            </Text>
            <TopSourcesTable rows={input.topSources} />
          </View>,
        )}
        {section('impact')}
        {section('done')}
        {section('options')}
        {section('recommendation')}
        {section('next-steps')}
        {input.closingNote !== undefined && (
          <View>
            <Text style={pdfStyles.sectionTitle}>Closing note</Text>
            <SectionText text={input.closingNote} />
          </View>
        )}
        {/* The appendix follows on the same page: a forced page break left page 3 two-thirds empty. */}
        <Text style={pdfStyles.sectionTitle} minPresenceAhead={80}>
          Appendix A: the journal
        </Text>
        {input.journalWitness && <Text style={pdfStyles.paragraph}>{input.journalWitness.recordLine}</Text>}
        <Text style={pdfStyles.small}>
          Every action and decision, in order, as recorded. Each entry is hash-chained to the one before; the
          chain head in the footer identifies this exact journal.
        </Text>
        <JournalTable rows={input.journal} />
        {input.journalWitness && <JournalWitnessBlock witness={input.journalWitness} />}
        <Text style={pdfStyles.sectionTitle} minPresenceAhead={60}>
          Appendix B: the evidence
        </Text>
        <Text style={pdfStyles.small}>
          The log files this summary rests on, with their SHA-256 fingerprints.
        </Text>
        <EvidenceTable rows={input.evidence} />
        <Footer input={input} />
      </Page>
    </Document>
  );
}
