// A case's record as the checks read it: its identity, its journal in seq order (with each
// correction's target) and its signed heads. Database reads only, so a live query can watch it.
import type { VerifiableEntry } from '../core/journal/verifyJournalChain';
import type { JournalRecord, JournalSealRecord, NotebookDatabase } from './schema';

export type CaseRecordRows = {
  caseKey: string | undefined;
  entries: (JournalRecord & VerifiableEntry)[];
  seals: JournalSealRecord[];
};

export async function readCaseRecord(db: NotebookDatabase, caseId: number): Promise<CaseRecordRows> {
  const [incidentCase, entries, seals] = await Promise.all([
    db.cases.get(caseId),
    // Every row of the case; a row whose seq was tampered with still shows up.
    db.journal.where('caseId').equals(caseId).toArray(),
    db.journalSeals.where('caseId').equals(caseId).toArray(),
  ]);
  const seqOfId = new Map(entries.map((entry) => [entry.id, entry.seq]));
  return {
    caseKey: incidentCase?.caseKey,
    entries: entries
      .sort((a, b) => a.seq - b.seq)
      .map((entry) => ({
        ...entry,
        correctsTarget: entry.corrects === undefined ? undefined : seqOfId.get(entry.corrects),
      })),
    seals,
  };
}
