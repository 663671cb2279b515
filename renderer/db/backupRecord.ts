// What a backup or a restore leaves in the journal: the file, its SHA-256, the journal head the
// backup carries (signed just before it was written), and — after a restore — how the record
// checked, so the case says where it came from.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { appendJournalEntry } from './journal';
import type { RestoredCase } from './backupRestore';
import { checkCaseRecord } from './caseRecordCheck';
import { sealCaseHead } from './journalSeals';
import { headCode } from '../core/journal/journalHead';
import { recordSentence, type RecordTone } from '../core/journal/recordCheck';
import type { ChainVerdict } from '../core/journal/verifyJournalChain';
import type { NotebookDatabase } from './schema';

export const sha256OfBytes = (bytes: Uint8Array): string => bytesToHex(sha256(bytes));

/** The head each case's backup carries: seq and hash, signed by this installation when it can. */
export type BackupHead = { caseId: number; seq: number; hash: string; signed: boolean };

/** Signs every case's newest head for the backup about to be written (the head goes with the file). */
export async function signBackupHeads(
  db: NotebookDatabase,
  caseIds: readonly number[],
): Promise<BackupHead[]> {
  const heads: BackupHead[] = [];
  for (const caseId of caseIds) {
    const outcome = await sealCaseHead(db, caseId, 'backup');
    const head = outcome.sealed ? outcome.seal : outcome.head;
    if (head) heads.push({ caseId, seq: head.seq, hash: head.hash, signed: outcome.sealed });
  }
  return heads;
}

export async function recordBackupSaved(
  db: NotebookDatabase,
  caseIds: readonly number[],
  saved: { fileName: string; sha256: string; size: number },
  authorName: string,
  heads: readonly BackupHead[] = [],
): Promise<void> {
  for (const caseId of caseIds) {
    const head = heads.find((candidate) => candidate.caseId === caseId);
    const carries = head ? `; it carries the journal up to entry ${head.seq} (code ${headCode(head)})` : '';
    await appendJournalEntry(db, caseId, {
      kind: 'case',
      summary: `Backup saved as ${saved.fileName}${carries}`,
      author: 'app',
      authorName,
      details: {
        file: saved.fileName,
        size: saved.size,
        sha256: saved.sha256,
        ...(head ? { 'journal head': head.hash, 'head entry': head.seq, 'head signed': head.signed } : {}),
      },
    });
  }
}

export type RestoreReport = RestoredCase & { chain: ChainVerdict; tone: RecordTone; sentence: string };

/** Checks each restored case's record, then journals the restore in it. */
export async function recordRestore(
  db: NotebookDatabase,
  restored: readonly RestoredCase[],
  backup: { fileName: string; sha256: string },
  authorName: string,
): Promise<RestoreReport[]> {
  const reports: RestoreReport[] = [];
  for (const incidentCase of restored) {
    const check = await checkCaseRecord(db, incidentCase.caseId);
    const { tone, sentence } = recordSentence(check);
    const head = check.head ? ` Head: entry ${check.head.seq}, ${check.head.hash}.` : '';
    const verdict = tone === 'tampered' ? `WARNING, the record does NOT check: ${sentence}` : sentence;
    const unread =
      incidentCase.notReanalyzed.length > 0
        ? ` Not analysed again (the backup holds no bytes of them): ${incidentCase.notReanalyzed.join(', ')}.`
        : '';
    await appendJournalEntry(db, incidentCase.caseId, {
      kind: 'case',
      summary: `Restored from the backup file ${backup.fileName}. ${verdict}${head}${unread}`,
      author: 'app',
      authorName,
      details: { file: backup.fileName, sha256: backup.sha256, intact: tone !== 'tampered' },
    });
    reports.push({ ...incidentCase, chain: check.chain, tone, sentence });
  }
  return reports;
}
