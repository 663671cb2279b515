// @vitest-environment jsdom
// dexie-export-import reads files with FileReader, which Node lacks and jsdom provides.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { NotebookDatabase } from '../../../renderer/db/schema';
import { openNewCase } from '../../../renderer/db/caseLifecycle';
import { appendJournalEntry, caseJournal, verifyCaseJournal } from '../../../renderer/db/journal';
import { backupFileName, exportCasesToBackup } from '../../../renderer/db/backupFile';
import { NotABackupError, restoreBackup } from '../../../renderer/db/backupRestore';
import { evidenceRecord } from '../../support/evidenceRecord';

const details = { title: 'Failed logins', server: 'srv01', description: '', noticedBy: 'Dana' };

async function notebookWithTwoCases() {
  const db = new NotebookDatabase(`backup-test-${Math.random()}`);
  const caseId = await openNewCase(db, details, 'Dana', 1_000);
  const evidenceId = await db.evidence.add(evidenceRecord(caseId));
  await db.attackSources.add({
    caseId,
    evidenceId,
    ip: '203.0.113.9',
    scope: 'public',
    failures: 3,
    invalidUsers: 0,
    refused: 0,
    probes: 0,
    successes: 0,
    users: [{ user: '<script>alert(1)</script>', count: 3 }],
    services: ['sshd'],
    firstSeen: 1,
    lastSeen: 2,
  } as never);
  const note = await appendJournalEntry(db, caseId, { kind: 'note', summary: 'called the host' });
  await appendJournalEntry(db, caseId, { kind: 'correction', summary: 'it was the ISP', corrects: note });
  const other = await openNewCase(db, { ...details, title: 'Other case' }, 'Dana');
  await db.settings.put({ name: 'name', value: 'Dana' });
  return { db, caseId, evidenceId, other };
}

describe('backing up and restoring a case', () => {
  it('restores one case as a new case with its rows, and its chain still verifies', async () => {
    const { db, caseId } = await notebookWithTwoCases();
    const headBefore = await verifyCaseJournal(db, caseId);
    const backup = await exportCasesToBackup(db, [caseId]);

    const target = new NotebookDatabase(`restore-target-${Math.random()}`);
    await openNewCase(target, { ...details, title: 'Already here' }, 'Sam');
    const [restored, ...more] = await restoreBackup(target, backup);
    expect(more).toEqual([]);
    expect(restored).toMatchObject({ title: 'Failed logins', renamed: false });
    const newId = restored!.caseId;
    await expect(verifyCaseJournal(target, newId)).resolves.toEqual(headBefore);
    const journal = await caseJournal(target, newId);
    expect(journal[2]?.corrects).toBe(journal[1]?.id);

    const evidence = await target.evidence.where('caseId').equals(newId).toArray();
    expect(evidence).toHaveLength(1);
    const sources = await target.attackSources.where('caseId').equals(newId).toArray();
    expect(sources[0]).toMatchObject({ evidenceId: evidence[0]?.id, ip: '203.0.113.9' });
    expect(sources[0]?.users[0]?.user).toBe('<script>alert(1)</script>');
    // Only the chosen case, and never the person's settings.
    expect(await target.cases.count()).toBe(2);
    expect(await target.settings.count()).toBe(0);
  });

  it('never overwrites: restoring into the same notebook adds a marked copy', async () => {
    const { db, caseId } = await notebookWithTwoCases();
    const backup = await exportCasesToBackup(db, [caseId]);
    const [restored] = await restoreBackup(db, backup);
    expect(restored).toMatchObject({ title: 'Failed logins (restored)', renamed: true });
    expect(restored?.caseId).not.toBe(caseId);
    expect(await caseJournal(db, caseId)).toHaveLength(3);
    await expect(verifyCaseJournal(db, restored!.caseId)).resolves.toMatchObject({
      intact: true,
      entries: 3,
    });
  });

  it('backs up all cases at once', async () => {
    const { db, caseId, other } = await notebookWithTwoCases();
    const backup = await exportCasesToBackup(db, [caseId, other]);
    const target = new NotebookDatabase(`restore-all-${Math.random()}`);
    const restored = await restoreBackup(target, backup);
    expect(restored.map((entry) => entry.title).sort()).toEqual(['Failed logins', 'Other case']);
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    const target = new NotebookDatabase(`restore-bad-${Math.random()}`);
    await expect(restoreBackup(target, new Blob(['{"hello": 1}']))).rejects.toThrow(NotABackupError);
    expect(await target.cases.count()).toBe(0);
  });

  it('names the file after the case and the day', () => {
    expect(backupFileName('Failed logins on srv01 <b>!', Date.UTC(2026, 10, 21))).toBe(
      'incident-notebook-failed-logins-on-srv01-b-2026-11-21.json',
    );
  });
});

describe('a restore that fails half-way', () => {
  it('leaves the notebook exactly as it was', async () => {
    const { db, caseId } = await notebookWithTwoCases();
    const backup = await exportCasesToBackup(db, [caseId]);
    const target = new NotebookDatabase(`restore-fail-${Math.random()}`);
    const kept = await openNewCase(target, { ...details, title: 'Kept' }, 'Sam');
    // The disk fills up while the attack sources are written, after the case and its journal.
    target.attackSources.hook('creating', () => {
      throw new Error('QuotaExceededError: the disk is full');
    });
    await expect(restoreBackup(target, backup)).rejects.toThrow(/disk is full/);
    expect((await target.cases.toArray()).map((row) => row.id)).toEqual([kept]);
    expect(await target.journal.count()).toBe(1);
    expect(await target.evidence.count()).toBe(0);
  });
});
