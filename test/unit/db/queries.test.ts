import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { NotebookDatabase } from '../../../renderer/db/schema';
import { caseEvidence, createCase, discardInterruptedImports } from '../../../renderer/db/queries';
import { evidenceRecord } from '../../support/evidenceRecord';

describe('a reload during an import', () => {
  it('removes the cut-off import and everything it wrote, and keeps finished evidence', async () => {
    const db = new NotebookDatabase(`queries-test-${Math.random()}`);
    const caseId = await createCase(db, { title: 't', server: '', description: '', noticedBy: '' });
    const evidence = (status: 'importing' | 'complete', name: string) =>
      evidenceRecord(caseId, { name, status, sha256: status === 'complete' ? 'ab' : '' });
    await db.evidence.add(evidence('complete', 'done.log'));
    const cutOff = await db.evidence.add(evidence('importing', 'half.log'));
    await db.attackSources.add({
      caseId,
      evidenceId: cutOff,
      ip: '198.51.100.7',
      scope: 'documentation',
      failures: 3,
      invalidUsers: 0,
      refused: 0,
      probes: 0,
      successes: 0,
      users: [],
      services: ['sshd'],
      firstSeen: 1,
      lastSeen: 2,
    });

    expect(await discardInterruptedImports(db)).toBe(1);
    expect((await caseEvidence(db, caseId)).map((file) => file.name)).toEqual(['done.log']);
    expect(await db.attackSources.count()).toBe(0);
  });
});
