// Checks a case's record: its chain, that it names this case, and which of its entries a signature
// of this installation (or another) covers. See core/journal/recordCheck.ts for what is checked.
import { checkJournalRecord, type RecordCheck } from '../core/journal/recordCheck';
import { readCaseRecord, type CaseRecordRows } from './caseRecord';
import { installationKey } from './journalSeals';
import { checkEd25519Signature } from './signatureCheck';
import type { NotebookDatabase } from './schema';

/** The check of rows already read (a live query reads them; the signatures are checked after). */
export async function checkRecordRows(db: NotebookDatabase, rows: CaseRecordRows): Promise<RecordCheck> {
  const last = rows.entries.at(-1);
  const head = rows.caseKey && last ? { caseKey: rows.caseKey, seq: last.seq, hash: last.hash } : undefined;
  return checkJournalRecord({
    entries: rows.entries,
    caseKey: rows.caseKey,
    seals: rows.seals,
    checkSignature: checkEd25519Signature,
    installationKey: await installationKey(db, head),
  });
}

export async function checkCaseRecord(db: NotebookDatabase, caseId: number): Promise<RecordCheck> {
  return checkRecordRows(db, await readCaseRecord(db, caseId));
}
