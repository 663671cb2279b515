import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NotebookDatabase } from '../../../renderer/db/schema';
import { openNewCase } from '../../../renderer/db/caseLifecycle';
import { caseJournal } from '../../../renderer/db/journal';
import { verifyCaseEvidence } from '../../../renderer/db/evidenceVerification';
import { evidenceRecord } from '../../support/evidenceRecord';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function caseWithEvidence(files: { name: string; text: string; stored?: string }[]) {
  const db = new NotebookDatabase(`evidence-verify-${Math.random()}`);
  const caseId = await openNewCase(db, { title: 't', server: '', description: '', noticedBy: '' }, 'Dana');
  for (const file of files) {
    const evidenceId = await db.evidence.add(
      evidenceRecord(caseId, { name: file.name, size: file.text.length, sha256: sha256(file.text) }),
    );
    if (file.stored !== undefined) {
      await db.evidenceFiles.add({
        caseId,
        evidenceId,
        encoding: 'identity',
        bytes: new Blob([file.stored]),
      });
    }
  }
  return { db, caseId };
}

describe('verifying the evidence of a case', () => {
  it('re-hashes each stored original, says plainly which cannot be checked, and journals the result', async () => {
    const { db, caseId } = await caseWithEvidence([
      { name: 'auth.log', text: 'line one\n', stored: 'line one\n' },
      { name: 'secure', text: 'original\n', stored: 'tampered\n' },
      { name: 'old.log', text: 'never stored\n' },
    ]);
    const checks = await verifyCaseEvidence(db, caseId, 'Dana', 5_000);
    expect(checks.map((check) => [check.name, check.outcome])).toEqual([
      ['auth.log', 'matches'],
      ['secure', 'differs'],
      ['old.log', 'missing'],
    ]);
    const entry = (await caseJournal(db, caseId)).at(-1);
    expect(entry?.summary).toBe(
      'Evidence verified: 1 of 3 files unchanged (same SHA-256 as at import); 1 file CHANGED since import ' +
        '(different SHA-256); 1 file without a stored original, so not checked.',
    );
    expect(entry).toMatchObject({ kind: 'evidence', authorName: 'Dana', writtenAt: 5_000 });
    expect(entry?.details?.['file 2: secure']).toBe(
      `expected ${sha256('original\n')}, found ${sha256('tampered\n')}`,
    );
  });
});
