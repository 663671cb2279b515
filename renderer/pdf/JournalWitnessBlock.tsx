/** @jsxRuntime automatic */
// The appendix block that lets a reader check this report against the journal later: the head it
// carries, its code to type, and the signature with the key's fingerprint.
import { Text, View } from '@react-pdf/renderer';
import type { ReportJournalWitness } from '../core/report/summaryReport';
import { pdfStyles } from './pdfStyles';
import { groupLongHex } from '../core/report/hexGroups';

export function JournalWitnessBlock({ witness }: { witness: ReportJournalWitness }) {
  return (
    <View wrap={false}>
      <Text style={pdfStyles.sectionTitle}>How to check this report later</Text>
      <Text style={pdfStyles.small}>
        This report carries the journal up to entry {witness.seq}. In Incident Notebook, open the case and use
        “Check against an earlier report” with the code below (or this PDF file): it says whether the journal
        still holds that entry as it was. Keep a copy of this page somewhere else, or send the code to
        someone.
      </Text>
      <Text style={pdfStyles.paragraph}>Check code: {witness.code}</Text>
      <Text style={pdfStyles.footerMono}>
        Head: entry {witness.seq}, {groupLongHex(witness.hash)}
      </Text>
      {witness.signature && witness.fingerprint ? (
        <>
          <Text style={pdfStyles.footerMono}>
            Signed by the key with fingerprint {groupLongHex(witness.fingerprint)}
          </Text>
          <Text style={pdfStyles.footerMono}>Public key: {groupLongHex(witness.publicKey ?? '')}</Text>
          <Text style={pdfStyles.footerMono}>Signature: {groupLongHex(witness.signature)}</Text>
        </>
      ) : (
        <Text style={pdfStyles.small}>The head is not signed: this installation could not sign it.</Text>
      )}
    </View>
  );
}
