// Checks a case's record: its chain, that it names this case, and which of its entries a signature
// of this installation (or another) covers. See core/journal/recordCheck.ts for what is checked.
import { checkJournalRecord, type RecordCheck } from '../core/journal/recordCheck';
import { readCaseRecord, type CaseRecordRows } from './caseRecord';
import { installationKey, type InstallationKeyInfo } from './journalSeals';
import { checkEd25519Signature } from './signatureCheck';
import type { NotebookDatabase } from './schema';

/** The check of rows already read (a live query reads them; the signatures are checked after). */
export async function checkRecordRows(db: NotebookDatabase, rows: CaseRecordRows): Promise<CaseRecordCheck> {
  const last = rows.entries.at(-1);
  const head = rows.caseKey && last ? { caseKey: rows.caseKey, seq: last.seq, hash: last.hash } : undefined;
  const key = await installationKey(db, head);
  const check = await checkJournalRecord({
    entries: rows.entries,
    caseKey: rows.caseKey,
    seals: rows.seals,
    checkSignature: checkEd25519Signature,
    installationKey: key?.publicKey,
  });
  return { ...check, caseKey: rows.caseKey, installation: key };
}

/** The record check, with what the screens also show: the case's identity and this installation's key. */
export type CaseRecordCheck = RecordCheck & {
  caseKey: string | undefined;
  installation: InstallationKeyInfo | undefined;
};

export async function checkCaseRecord(db: NotebookDatabase, caseId: number): Promise<CaseRecordCheck> {
  return checkRecordRows(db, await readCaseRecord(db, caseId));
}
