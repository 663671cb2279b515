import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookDatabase } from '../../../renderer/db/schema';
import { openNewCase } from '../../../renderer/db/caseLifecycle';
import { appendJournalEntry, caseJournal } from '../../../renderer/db/journal';
import { backupFileName, exportCasesToBackup } from '../../../renderer/db/backupFile';
import { NotABackupError, RefusedBackupError, restoreBackup } from '../../../renderer/db/backupRestore';
import { recordRestore, signBackupHeads } from '../../../renderer/db/backupRecord';
import { sealsSettled, signJournalHeadsWith } from '../../../renderer/db/journalSeals';
import { checkCaseRecord } from '../../../renderer/db/caseRecordCheck';
import { recordSentence } from '../../../renderer/core/journal/recordCheck';
import { caseAttackSources, caseLogins } from '../../../renderer/db/queries';
import { decideAttack } from '../../../renderer/db/decisions';
import { importFile } from '../../../renderer/workers/importFile';
import { testJournalKey } from '../../support/testJournalKey';
import {
  carriedRowSchemas,
  newestRestorableVersion,
  recomputedTables,
} from '../../../renderer/db/backupRows';
import { caseOwnedTables } from '../../../renderer/db/caseTables';
import { giveNodeAFileReader } from '../../support/nodeFileReader';

giveNodeAFileReader();

const details = { title: 'Failed logins', server: 'srv01', description: '', noticedBy: 'Dana' };
const sampleLog = readFileSync(resolve('assets/sample-auth.log'));

/** A notebook as the page keeps it: signed heads, an imported log, a correction, a decision. */
async function notebookWithTwoCases() {
  const db = new NotebookDatabase(`backup-test-${Math.random()}`);
  signJournalHeadsWith(db, testJournalKey().sign);
  const caseId = await openNewCase(db, details, 'Dana', 1_000);
  await importFile(
    db,
    { caseId, file: new File([sampleLog], 'auth.log'), time: { year: 2026, timeZone: 'UTC' } },
    () => undefined,
    new AbortController().signal,
  );
  const note = await appendJournalEntry(db, caseId, { kind: 'note', summary: 'called the host' });
  await appendJournalEntry(db, caseId, { kind: 'correction', summary: 'it was the ISP', corrects: note });
  await decideAttack(db, caseId, 'attack', 'clearly guessing');
  const other = await openNewCase(db, { ...details, title: 'Other case' }, 'Dana');
  await db.settings.put({ name: 'name', value: 'Dana' });
  await sealsSettled(db);
  return { db, caseId, other };
}

/** Another computer: its own database and its own key. */
function freshProfile(name: string) {
  const db = new NotebookDatabase(`${name}-${Math.random()}`);
  signJournalHeadsWith(db, testJournalKey().sign);
  return db;
}

type BackupJson = {
  data: {
    databaseVersion: number;
    tables: { name: string; schema: string; rowCount: number }[];
    data: { tableName: string; inbound: boolean; rows: Record<string, unknown>[] }[];
  };
};

/** Edits a backup file's JSON the way someone with a text editor could. */
async function editedBackup(backup: Blob, edit: (json: BackupJson) => void): Promise<Blob> {
  const json = JSON.parse(await backup.text()) as BackupJson;
  edit(json);
  return new Blob([JSON.stringify(json)], { type: 'application/json' });
}

const rowsOf = (json: BackupJson, table: string) => {
  const found = json.data.data.find((entry) => entry.tableName === table);
  if (!found) throw new Error(`no table ${table} in the backup`);
  return found.rows;
};

describe('backing up and restoring a case', () => {
  it('restores into a fresh profile: the record checks, and the analysis is recomputed from the evidence', async () => {
    const { db, caseId } = await notebookWithTwoCases();
    const [head] = await signBackupHeads(db, [caseId]);
    expect(head).toMatchObject({ caseId, signed: true });
    const backup = await exportCasesToBackup(db, [caseId]);
    // What the analysis found is not in the file: nothing there could be planted.
    const json = JSON.parse(await backup.text()) as BackupJson;
    const tables = json.data.data.map((entry) => entry.tableName);
    expect(tables).toEqual(
      expect.arrayContaining(['cases', 'journal', 'journalSeals', 'evidenceFiles', 'caseDecisions']),
    );
    expect(tables).not.toContain('attackSources');
    expect(tables).not.toContain('logins');

    const target = freshProfile('restore-target');
    const [restored, ...more] = await restoreBackup(target, backup);
    expect(more).toEqual([]);
    expect(restored).toMatchObject({ title: 'Failed logins', renamed: false, notReanalyzed: [] });
    const newId = restored!.caseId;
    const before = await checkCaseRecord(db, caseId);
    const after = await checkCaseRecord(target, newId);
    const signedThere = before.keys[0]?.fingerprint ?? '';
    expect(recordSentence(after)).toEqual({
      tone: 'checked',
      sentence: `Record checked: nothing changed since it was written (${before.entries} entries), signed on another computer (key ${signedThere}).`,
    });
    expect(after.head).toEqual(before.head);
    // Signed on the other computer: a valid signature, not this installation's key.
    expect(after.keys).toEqual([
      expect.objectContaining({ thisInstallation: false, through: before.entries }),
    ]);
    const journal = await caseJournal(target, newId);
    const correction = journal.find((entry) => entry.kind === 'correction');
    expect(correction?.corrects).toBe(journal.find((entry) => entry.summary === 'called the host')?.id);

    expect(await caseAttackSources(target, newId)).toEqual(await caseAttackSources(db, caseId));
    expect(await caseLogins(target, newId)).toEqual(await caseLogins(db, caseId));
    expect(await target.caseDecisions.where('caseId').equals(newId).count()).toBe(1);
    // Only the chosen case, and never the person's settings.
    expect(await target.cases.count()).toBe(1);
    expect(await target.settings.count()).toBe(0);

    // The restore is journaled and signed here: from then on this installation vouches for it.
    await recordRestore(target, [restored!], { fileName: 'backup.json', sha256: 'ab'.repeat(32) }, 'Sam');
    await sealsSettled(target);
    const journaled = await checkCaseRecord(target, newId);
    expect(recordSentence(journaled).tone).toBe('checked');
    expect(journaled.keys.map((key) => key.thisInstallation).sort()).toEqual([false, true]);
  });

  it('never overwrites: restoring into the same notebook adds a marked copy', async () => {
    const { db, caseId } = await notebookWithTwoCases();
    const entries = (await caseJournal(db, caseId)).length;
    const backup = await exportCasesToBackup(db, [caseId]);
    const [restored] = await restoreBackup(db, backup);
    expect(restored).toMatchObject({ title: 'Failed logins (restored)', renamed: true });
    expect(restored?.caseId).not.toBe(caseId);
    expect(await caseJournal(db, caseId)).toHaveLength(entries);
    expect(recordSentence(await checkCaseRecord(db, restored!.caseId)).tone).toBe('checked');
  });

  it('backs up all cases at once', async () => {
    const { db, caseId, other } = await notebookWithTwoCases();
    const backup = await exportCasesToBackup(db, [caseId, other]);
    const restored = await restoreBackup(freshProfile('restore-all'), backup);
    expect(restored.map((entry) => entry.title).sort()).toEqual(['Failed logins', 'Other case']);
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    const target = new NotebookDatabase(`restore-bad-${Math.random()}`);
    await expect(restoreBackup(target, new Blob(['{"hello": 1}']))).rejects.toThrow(NotABackupError);
    expect(await target.cases.count()).toBe(0);
  });

  it('knows every table of a case: each is carried with a row schema, or recomputed on restore', () => {
    const known = new Set<string>([
      ...Object.keys(carriedRowSchemas(newestRestorableVersion)),
      ...recomputedTables,
    ]);
    const tables = caseOwnedTables(new NotebookDatabase(`tables-${Math.random()}`)).map(
      (table) => table.name,
    );
    expect(tables.filter((name) => !known.has(name))).toEqual([]);
    expect(new NotebookDatabase(`version-${Math.random()}`).verno).toBe(newestRestorableVersion);
  });

  it('names the file after the case and the day', () => {
    expect(backupFileName('Failed logins on srv01 <b>!', Date.UTC(2026, 10, 21))).toBe(
      'incident-notebook-failed-logins-on-srv01-b-2026-11-21.json',
    );
  });
});

describe('a backup someone edited (issue #16’s table)', () => {
  async function backupOfCase() {
    const { db, caseId } = await notebookWithTwoCases();
    const target = freshProfile('restore-edited');
    const kept = await openNewCase(target, { ...details, title: 'Kept' }, 'Sam');
    await sealsSettled(target);
    return { db, caseId, backup: await exportCasesToBackup(db, [caseId]), target, kept };
  }

  async function expectUnchanged(target: NotebookDatabase, kept: number) {
    expect((await target.cases.toArray()).map((row) => row.id)).toEqual([kept]);
    expect(await target.journal.count()).toBe(1);
    expect(await target.evidence.count()).toBe(0);
    expect(await target.attackSources.count()).toBe(0);
  }

  it('refuses one whose databaseVersion says 3, instead of rechaining (laundering) its journal', async () => {
    const { backup, target, kept } = await backupOfCase();
    const edited = await editedBackup(backup, (json) => {
      json.data.databaseVersion = 3;
      const journal = rowsOf(json, 'journal');
      journal[1]!.summary = 'a rewritten summary';
      journal.splice(2, 1);
    });
    await expect(restoreBackup(target, edited)).rejects.toThrow(/before the journal was hash-chained/);
    await expectUnchanged(target, kept);
  });

  it('restores a rewritten journal only with the record saying it does not check', async () => {
    const { backup, target } = await backupOfCase();
    const edited = await editedBackup(backup, (json) => {
      const journal = rowsOf(json, 'journal');
      journal[1]!.summary = 'a rewritten summary';
      journal.splice(3, 1);
    });
    const [restored] = await restoreBackup(target, edited);
    const check = await checkCaseRecord(target, restored!.caseId);
    expect(recordSentence(check)).toEqual({
      tone: 'tampered',
      sentence: 'Entry 2 was changed after it was written.',
    });
  });

  it('refuses rows that name a case or evidence not in the file, and plants nothing in case 1', async () => {
    const { backup, target, kept } = await backupOfCase();
    const plantedEvidence = await editedBackup(backup, (json) => {
      const evidence = rowsOf(json, 'evidence');
      // Case 77 is not in the file: were it restored as is, it could land in another case.
      evidence.push({ ...evidence[0]!, id: 99, caseId: 77, name: 'planted.log' });
    });
    await expect(restoreBackup(target, plantedEvidence)).rejects.toThrow(
      /a row of "evidence" names case 77, which is not in the file/,
    );
    await expectUnchanged(target, kept);
    // Attack sources and logins are never read from a file: planted ones are simply not there.
    const plantedAnalysis = await editedBackup(backup, (json) => {
      json.data.tables.push({
        name: 'attackSources',
        schema: '++id,caseId,evidenceId,[caseId+ip]',
        rowCount: 1,
      });
      json.data.data.push({
        tableName: 'attackSources',
        inbound: true,
        rows: [{ id: 1, caseId: kept, evidenceId: 1, ip: '198.51.100.7', failures: 500 }],
      });
    });
    await restoreBackup(target, plantedAnalysis);
    expect(await target.attackSources.where('caseId').equals(kept).count()).toBe(0);
  });

  it('refuses rows of the wrong shape: a title that is an object, a date that is a word', async () => {
    const { backup, target, kept } = await backupOfCase();
    const evilTitle = await editedBackup(backup, (json) => {
      rowsOf(json, 'cases')[0]!.title = { evil: 1 };
    });
    await expect(restoreBackup(target, evilTitle)).rejects.toThrow(RefusedBackupError);
    await expect(restoreBackup(target, evilTitle)).rejects.toThrow(
      /row 1 of "cases" is not what version \d+ writes \(title:/,
    );
    const wordDate = await editedBackup(backup, (json) => {
      rowsOf(json, 'cases')[0]!.updatedAt = 'yesterday';
    });
    await expect(restoreBackup(target, wordDate)).rejects.toThrow(/\(updatedAt:/);
    await expectUnchanged(target, kept);
  });

  it('refuses evidence whose bytes are not what was imported', async () => {
    const { backup, target, kept } = await backupOfCase();
    const edited = await editedBackup(backup, (json) => {
      rowsOf(json, 'evidence')[0]!.sha256 = 'ab'.repeat(32);
    });
    await expect(restoreBackup(target, edited)).rejects.toThrow(
      /the bytes of "auth\.log" are not what was imported/,
    );
    await expectUnchanged(target, kept);
  });
});

describe('a restore that fails half-way', () => {
  it('leaves the notebook exactly as it was', async () => {
    const { db, caseId } = await notebookWithTwoCases();
    const backup = await exportCasesToBackup(db, [caseId]);
    const target = new NotebookDatabase(`restore-fail-${Math.random()}`);
    const kept = await openNewCase(target, { ...details, title: 'Kept' }, 'Sam');
    // The disk fills up while the signed heads are written, after the case, its evidence and journal.
    target.journalSeals.hook('creating', () => {
      throw new Error('QuotaExceededError: the disk is full');
    });
    await expect(restoreBackup(target, backup)).rejects.toThrow(/disk is full/);
    expect((await target.cases.toArray()).map((row) => row.id)).toEqual([kept]);
    expect(await target.journal.count()).toBe(1);
    expect(await target.evidence.count()).toBe(0);
    expect(await target.attackSources.count()).toBe(0);
  });
});
