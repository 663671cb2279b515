import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookDatabase } from '../../../renderer/db/schema';
import { openNewCase } from '../../../renderer/db/caseLifecycle';
import { caseJournal, verifyCaseJournal } from '../../../renderer/db/journal';
import { exportCasesToBackup } from '../../../renderer/db/backupFile';
import { RefusedBackupError, restoreBackup } from '../../../renderer/db/backupRestore';
import {
  answerClickQuestion,
  caseClickDecision,
  caseMessage,
  readOurDomains,
  saveOurDomains,
  storeSuspiciousMessage,
} from '../../../renderer/db/suspiciousMessages';
import { giveNodeAFileReader } from '../../support/nodeFileReader';

giveNodeAFileReader();

const eml = new Uint8Array(readFileSync(resolve('test/fixtures/email/written/phish-paypal.eml')));
const details = {
  title: 'PayPal phish',
  server: '',
  description: '',
  noticedBy: 'Dana',
  kind: 'email' as const,
};

async function emailCase() {
  const db = new NotebookDatabase(`email-case-${Math.random()}`);
  const caseId = await openNewCase(db, details, 'Dana', 1_000);
  await storeSuspiciousMessage(db, caseId, 'phish-paypal.eml', eml, 2_000);
  await saveOurDomains(db, caseId, 'Northwind-Office.example, ', 3_000);
  await answerClickQuestion(db, caseId, 'nobody', 'asked Anna', 4_000);
  return { db, caseId };
}

describe('an e-mail case in the database', () => {
  it('keeps the message as evidence with its SHA-256, and journals every step', async () => {
    const { db, caseId } = await emailCase();
    expect((await db.cases.get(caseId))?.kind).toBe('email');
    const stored = await caseMessage(db, caseId);
    expect(stored?.evidence).toMatchObject({
      name: 'phish-paypal.eml',
      size: eml.length,
      formatId: 'email-message',
    });
    expect(stored?.evidence.sha256).toBe('0780d03d9572a88a4cfc5640cb2d3609640fbefd1c08109d54aace94a90414c0');
    expect(stored?.bytes).toEqual(eml);
    expect(await readOurDomains(db)).toEqual(['northwind-office.example']);
    expect(await caseClickDecision(db, caseId)).toMatchObject({ answer: 'nobody', note: 'asked Anna' });
    const journal = await caseJournal(db, caseId);
    expect(journal.map((entry) => entry.summary)).toEqual([
      'Case opened: PayPal phish',
      `Suspicious message stored as evidence: phish-paypal.eml (1,673 bytes, SHA-256 ${stored?.evidence.sha256})`,
      'Our mail domains marked: northwind-office.example',
      'Did anyone click a link or reply? Nobody clicked a link or replied',
    ]);
    expect((await verifyCaseJournal(db, caseId)).intact).toBe(true);
  });

  it('refuses a broken Outlook file before writing anything', async () => {
    const { db, caseId } = await emailCase();
    const broken = new Uint8Array(readFileSync(resolve('test/fixtures/email/msg/test1.msg'))).slice(0, 1200);
    await expect(storeSuspiciousMessage(db, caseId, 'broken.msg', broken)).rejects.toThrow();
    expect(await db.evidence.where('caseId').equals(caseId).count()).toBe(1);
  });

  it('is backed up and restored with its kind and its message, whose hash is checked', async () => {
    const { db, caseId } = await emailCase();
    const backup = await exportCasesToBackup(db, [caseId]);
    const other = new NotebookDatabase(`email-restore-${Math.random()}`);
    const [restored] = await restoreBackup(other, backup);
    const restoredId = restored!.caseId;
    expect((await other.cases.get(restoredId))?.kind).toBe('email');
    expect((await caseMessage(other, restoredId))?.bytes).toEqual(eml);

    // One byte of the message changed in the backup ("Return-Path:" → "Return-Path;"): refused.
    const text = await backup.text();
    const tampered = text.replace('"data":"UmV0dXJuLVBhdGg6', '"data":"UmV0dXJuLVBhdGg7');
    expect(tampered).not.toBe(text);
    const third = new NotebookDatabase(`email-tampered-${Math.random()}`);
    await expect(restoreBackup(third, new Blob([tampered]))).rejects.toThrow(
      /the bytes of "phish-paypal\.eml" are not what was imported/,
    );
    await expect(restoreBackup(third, new Blob([tampered]))).rejects.toBeInstanceOf(RefusedBackupError);
  });
});
