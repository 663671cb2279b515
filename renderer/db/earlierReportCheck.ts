// "Check against an earlier report": the head a report carried (typed from its code, or read from
// the PDF or backup file itself) against today's journal of the case, and — when the report's head
// is signed — whether the signature verifies and whose key made it.
import { compareWithEarlierReport, type EarlierReportFinding } from '../core/journal/earlierReport';
import {
  headMessage,
  keyFingerprint,
  readHeadCode,
  readHeadKeywords,
  type ReportedHead,
} from '../core/journal/journalHead';
import { readCaseRecord } from './caseRecord';
import { installationKey } from './journalSeals';
import { checkEd25519Signature } from './signatureCheck';
import type { NotebookDatabase } from './schema';

export type EarlierReportCheck = EarlierReportFinding & {
  /** About the report's signature, when it carries one. */
  signature?: string;
  /** The report is about another case: nothing else is said. */
  otherCase?: boolean;
};

export async function checkAgainstEarlierReport(
  db: NotebookDatabase,
  caseId: number,
  reported: ReportedHead,
): Promise<EarlierReportCheck> {
  const { caseKey, entries } = await readCaseRecord(db, caseId);
  if (reported.caseKey && reported.caseKey !== caseKey) {
    return {
      outcome: 'changed',
      seq: reported.seq,
      otherCase: true,
      message: 'This report is about another case: open that case to check it.',
    };
  }
  const finding = compareWithEarlierReport(entries, reported);
  if (!reported.signature || !reported.publicKey || !caseKey) return finding;
  const valid =
    reported.hash.length === 64 &&
    (await checkEd25519Signature(
      reported.publicKey,
      headMessage({ caseKey, seq: reported.seq, hash: reported.hash }),
      reported.signature,
    ));
  const last = entries.at(-1);
  const ours = await installationKey(db, last && { caseKey, seq: last.seq, hash: last.hash });
  const whose =
    ours === undefined
      ? ''
      : ours.publicKey === reported.publicKey
        ? ' (this installation’s)'
        : ' (another installation’s)';
  return {
    ...finding,
    signature: valid
      ? `The report’s head is signed by the key with fingerprint ${keyFingerprint(reported.publicKey)}${whose}.`
      : 'The report’s signature does not verify: the head printed in it was not signed by the key it names.',
  };
}

type BackupShape = { data?: { data?: { tableName?: string; rows?: Record<string, unknown>[] }[] } };

/** The head a backup file carries for the case with this identity: its newest signed head. */
function headInBackup(text: string, caseKey: string | undefined): ReportedHead | undefined {
  let json: BackupShape;
  try {
    json = JSON.parse(text) as BackupShape;
  } catch {
    return undefined;
  }
  const rows = (table: string) => json.data?.data?.find((entry) => entry.tableName === table)?.rows ?? [];
  const incidentCase = rows('cases').find((row) => row.caseKey === caseKey);
  if (!incidentCase) return undefined;
  const seals = rows('journalSeals')
    .filter((row) => row.caseId === incidentCase.id && typeof row.seq === 'number')
    .sort((a, b) => Number(b.seq) - Number(a.seq));
  const newest = seals[0];
  if (!newest) return undefined;
  return {
    seq: Number(newest.seq),
    hash: String(newest.hash),
    caseKey,
    signature: String(newest.signature),
    publicKey: String(newest.publicKey),
  };
}

/** Reads the head from a PDF (its metadata) or a backup file (its signed heads), or says why not. */
export async function headInReportFile(
  db: NotebookDatabase,
  caseId: number,
  file: Blob,
): Promise<ReportedHead | string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const latin1 = new TextDecoder('latin1').decode(bytes);
  if (latin1.startsWith('%PDF')) {
    return (
      readHeadKeywords(latin1) ??
      'This PDF carries no journal head that can be read back: type the check code printed in it instead.'
    );
  }
  const { caseKey } = await readCaseRecord(db, caseId);
  return (
    headInBackup(new TextDecoder().decode(bytes), caseKey) ??
    'This file is neither a report nor a backup of this case with a signed journal head.'
  );
}

/** A typed or pasted code, or a sentence saying what to type. */
export function headFromCode(text: string): ReportedHead | string {
  return (
    readHeadKeywords(text) ??
    readHeadCode(text) ??
    'Type the check code as printed in the report, like 45-3f9a-c21b-7d04-e5a1.'
  );
}
