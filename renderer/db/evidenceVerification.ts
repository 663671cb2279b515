// "Verify evidence": recomputes the SHA-256 of each file's stored original bytes, compares it
// with the hash taken at import, and journals the result — a later reader sees when the
// evidence was last checked and that it was still the same.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { appendJournalEntry } from './journal';
import { originalChunks } from './evidenceFiles';
import { caseEvidence } from './queries';
import type { NotebookDatabase } from './schema';

export type EvidenceCheck = {
  evidenceId: number;
  name: string;
  expectedSha256: string;
  /** 'missing' = no original bytes were stored for this file, so there is nothing to re-hash. */
  outcome: 'matches' | 'differs' | 'missing';
  actualSha256?: string;
};

/** Streams the blob through SHA-256 so a large log is never held twice in memory. */
export async function sha256OfBlob(blob: Blob): Promise<string> {
  const hash = sha256.create();
  const reader = blob.stream().getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) hash.update(chunk.value);
  return bytesToHex(hash.digest());
}

export async function checkCaseEvidence(db: NotebookDatabase, caseId: number): Promise<EvidenceCheck[]> {
  const checks: EvidenceCheck[] = [];
  for (const evidence of await caseEvidence(db, caseId)) {
    const base = { evidenceId: evidence.id, name: evidence.name, expectedSha256: evidence.sha256 };
    const stored = await db.evidenceFiles.get(evidence.id);
    if (!stored) {
      checks.push({ ...base, outcome: 'missing' });
      continue;
    }
    // Hashed as it is unpacked, a block at a time: a 2 GB log is never whole in memory.
    const hash = sha256.create();
    for await (const chunk of originalChunks(stored)) hash.update(chunk);
    const actualSha256 = bytesToHex(hash.digest());
    checks.push({ ...base, actualSha256, outcome: actualSha256 === evidence.sha256 ? 'matches' : 'differs' });
  }
  return checks;
}

export function describeEvidenceChecks(checks: readonly EvidenceCheck[]): string {
  if (checks.length === 0) return 'Evidence verified: this case has no evidence files yet.';
  const count = (outcome: EvidenceCheck['outcome']) =>
    checks.filter((check) => check.outcome === outcome).length;
  const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
  const parts = [`${count('matches')} of ${files(checks.length)} unchanged (same SHA-256 as at import)`];
  if (count('differs') > 0) parts.push(`${files(count('differs'))} CHANGED since import (different SHA-256)`);
  if (count('missing') > 0)
    parts.push(`${files(count('missing'))} without a stored original, so not checked`);
  return `Evidence verified: ${parts.join('; ')}.`;
}

/** Checks every evidence file of the case and journals the outcome. */
export async function verifyCaseEvidence(
  db: NotebookDatabase,
  caseId: number,
  authorName: string,
  now = Date.now(),
): Promise<EvidenceCheck[]> {
  const checks = await checkCaseEvidence(db, caseId);
  const details: Record<string, string> = {};
  for (const check of checks) {
    details[`file ${checks.indexOf(check) + 1}: ${check.name}`] =
      check.outcome === 'matches'
        ? `matches ${check.expectedSha256}`
        : check.outcome === 'missing'
          ? `no stored original (hash at import ${check.expectedSha256})`
          : `expected ${check.expectedSha256}, found ${check.actualSha256 ?? ''}`;
  }
  await appendJournalEntry(
    db,
    caseId,
    { kind: 'evidence', summary: describeEvidenceChecks(checks), author: 'app', authorName, details },
    now,
  );
  return checks;
}
