// What a backup or a restore leaves in the journal: the file, its SHA-256, and — after a restore
// — whether the journal chain still verified, so the case says where it came from.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { appendJournalEntry, verifyCaseJournal } from './journal';
import type { RestoredCase } from './backupRestore';
import type { ChainVerdict } from '../core/journal/verifyJournalChain';
import type { NotebookDatabase } from './schema';

export const sha256OfBytes = (bytes: Uint8Array): string => bytesToHex(sha256(bytes));

export async function recordBackupSaved(
  db: NotebookDatabase,
  caseIds: readonly number[],
  saved: { fileName: string; sha256: string; size: number },
  authorName: string,
): Promise<void> {
  for (const caseId of caseIds) {
    await appendJournalEntry(db, caseId, {
      kind: 'case',
      summary: `Backup saved as ${saved.fileName}`,
      author: 'app',
      authorName,
      details: { file: saved.fileName, size: saved.size, sha256: saved.sha256 },
    });
  }
}

export type RestoreReport = RestoredCase & { chain: ChainVerdict };

/** Verifies each restored case's chain, then journals the restore in it. */
export async function recordRestore(
  db: NotebookDatabase,
  restored: readonly RestoredCase[],
  backup: { fileName: string; sha256: string },
  authorName: string,
): Promise<RestoreReport[]> {
  const reports: RestoreReport[] = [];
  for (const incidentCase of restored) {
    const chain = await verifyCaseJournal(db, incidentCase.caseId);
    const verdict = chain.intact
      ? `the journal chain verified (${chain.entries} entries, head ${chain.headHash})`
      : `the journal chain did NOT verify: ${chain.problem.message}`;
    await appendJournalEntry(db, incidentCase.caseId, {
      kind: 'case',
      summary: `Restored from the backup file ${backup.fileName}; ${verdict}.`,
      author: 'app',
      authorName,
      details: { file: backup.fileName, sha256: backup.sha256, intact: chain.intact },
    });
    reports.push({ ...incidentCase, chain });
  }
  return reports;
}
