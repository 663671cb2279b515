import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { NotebookDatabase } from '../../../renderer/db/schema';
import { caseJournal, verifyCaseJournal } from '../../../renderer/db/journal';
import {
  closeCase,
  deleteCase,
  openNewCase,
  reopenCase,
  saveCaseDetails,
} from '../../../renderer/db/caseLifecycle';
import { listCaseSummaries } from '../../../renderer/db/caseList';
import { caseOwnedTables } from '../../../renderer/db/caseTables';
import { evidenceRecord } from '../../support/evidenceRecord';

const details = { title: 'Failed logins', server: 'srv01', description: 'many', noticedBy: 'Dana' };

async function caseWithRows() {
  const db = new NotebookDatabase(`lifecycle-test-${Math.random()}`);
  const caseId = await openNewCase(db, details, 'Dana', 1_000);
  const evidenceId = await db.evidence.add(evidenceRecord(caseId));
  await db.evidenceFiles.add({ caseId, evidenceId, encoding: 'identity', bytes: new Blob(['x']) });
  return { db, caseId };
}

describe('the life of a case', () => {
  it('journals the opening, a rename, the closing note and a reopening, in one valid chain', async () => {
    const { db, caseId } = await caseWithRows();
    await saveCaseDetails(db, caseId, { title: 'SSH attack on srv01', toldWho: 'the owner' }, 'Dana', 2_000);
    await closeCase(db, caseId, 'Blocked the address; no login succeeded.', 'Dana', 3_000);
    expect(await db.cases.get(caseId)).toMatchObject({
      status: 'closed',
      closingNote: 'Blocked the address; no login succeeded.',
    });
    await reopenCase(db, caseId, 'The attacks came back', 'Dana', 4_000);
    const journal = await caseJournal(db, caseId);
    expect(journal.map((entry) => entry.summary)).toEqual([
      'Case opened: Failed logins',
      'Case renamed from "Failed logins" to "SSH attack on srv01"',
      'Case closed: Blocked the address; no login succeeded.',
      'Case reopened: The attacks came back',
    ]);
    expect(journal[0]?.details).toEqual({
      'affected server': 'srv01',
      'what was noticed': 'many',
      'who found it': 'Dana',
    });
    expect(journal[1]?.details).toMatchObject({
      'who was told before': '',
      'who was told after': 'the owner',
    });
    expect(journal.every((entry) => entry.authorName === 'Dana')).toBe(true);
    await expect(verifyCaseJournal(db, caseId)).resolves.toMatchObject({ intact: true, entries: 4 });
  });

  it('writes nothing when nothing changed', async () => {
    const { db, caseId } = await caseWithRows();
    await expect(saveCaseDetails(db, caseId, { server: 'srv01' }, 'Dana')).resolves.toBe(false);
    expect(await caseJournal(db, caseId)).toHaveLength(1);
  });

  it('will not close a case without a closing note', async () => {
    const { db, caseId } = await caseWithRows();
    await expect(closeCase(db, caseId, '  ', 'Dana')).rejects.toThrow(/closing note/);
    expect((await db.cases.get(caseId))?.status).toBe('open');
  });

  it('lists cases by their last activity, which includes the newest journal entry', async () => {
    const { db, caseId } = await caseWithRows();
    const other = await openNewCase(db, { ...details, title: 'Other' }, 'Dana', 5_000);
    await reopenCase(db, caseId, '', 'Dana', 9_000);
    const list = await listCaseSummaries(db);
    expect(list.map((entry) => [entry.id, entry.lastActivity])).toEqual([
      [caseId, 9_000],
      [other, 5_000],
    ]);
  });
});

describe('deleting a case', () => {
  it('removes the case and its rows from every case table, and leaves other cases alone', async () => {
    const { db, caseId } = await caseWithRows();
    const other = await openNewCase(db, { ...details, title: 'Keep me' }, 'Dana');
    await deleteCase(db, caseId);
    for (const table of caseOwnedTables(db)) {
      const key = table.schema.primKey.name === 'caseId' ? table.where(':id') : table.where('caseId');
      await expect(key.equals(caseId).count(), table.name).resolves.toBe(0);
    }
    expect(await db.cases.get(caseId)).toBeUndefined();
    expect(await caseJournal(db, other)).toHaveLength(1);
  });

  it('finds every table with an indexed caseId, including ones added later', () => {
    const db = new NotebookDatabase(`tables-test-${Math.random()}`);
    const names = caseOwnedTables(db).map((table) => table.name);
    expect(names).toEqual(
      expect.arrayContaining(['evidence', 'attackSources', 'logins', 'journal', 'evidenceFiles']),
    );
    expect(names).not.toContain('settings');
    expect(names).not.toContain('cases');
  });
});
