// The attempts of issue #16's table, made directly on the database the way someone with the
// notebook's files could (fake-indexeddb, the same code the app runs), each now detected.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { appendJournalEntry, caseJournal } from '../../../renderer/db/journal';
import { sealCaseHead, sealsSettled, signJournalHeadsWith } from '../../../renderer/db/journalSeals';
import { checkCaseRecord } from '../../../renderer/db/caseRecordCheck';
import { recordSentence } from '../../../renderer/core/journal/recordCheck';
import { chainLinks, type JournalContent } from '../../../renderer/core/journal/journalChain';
import { compareWithEarlierReport } from '../../../renderer/core/journal/earlierReport';
import { readHeadCode, headCode } from '../../../renderer/core/journal/journalHead';
import { NotebookDatabase, type JournalRecord } from '../../../renderer/db/schema';
import { notebookWithCases } from '../../support/notebookWithCases';
import { testJournalKey } from '../../support/testJournalKey';

/** A notebook whose page signs with a test key, and case 1 with five notes. */
async function signedJournal(entries = 5) {
  const db = await notebookWithCases('tampering');
  const key = testJournalKey();
  signJournalHeadsWith(db, key.sign);
  for (let number = 1; number <= entries; number++) {
    await appendJournalEntry(db, 1, { kind: 'note', summary: `note ${number}`, author: 'person' });
  }
  await sealsSettled(db);
  return { db, key };
}

const sentenceOf = async (db: NotebookDatabase, caseId = 1) =>
  recordSentence(await checkCaseRecord(db, caseId));

/** Rewrites the journal from `from` on as someone without the key would: same scheme, new hashes. */
async function rechainFrom(
  db: NotebookDatabase,
  caseId: number,
  from: number,
  change: (entry: JournalRecord) => void,
) {
  const entries = await caseJournal(db, caseId);
  let previous: JournalRecord | undefined = entries[from - 2];
  for (const entry of entries.slice(from - 1)) {
    if (entry.seq === from) change(entry);
    const content: JournalContent = { ...entry };
    const rechained = { ...entry, ...chainLinks(content, previous) };
    await db.journal.put(rechained);
    previous = rechained;
  }
}

describe('a signed journal left alone', () => {
  it('reads as checked, every entry covered by this installation’s key', async () => {
    const { db, key } = await signedJournal();
    const check = await checkCaseRecord(db, 1);
    expect(recordSentence(check)).toEqual({
      tone: 'checked',
      sentence: 'Record checked: nothing changed since it was written (5 entries).',
    });
    expect(check.signedThrough).toBe(5);
    expect(check.keys).toEqual([
      expect.objectContaining({ publicKey: await key.publicKey(), thisInstallation: true, through: 5 }),
    ]);
  });

  it('keeps the chain valid through a correction', async () => {
    const { db } = await signedJournal(2);
    const [first] = await caseJournal(db, 1);
    await appendJournalEntry(db, 1, { kind: 'correction', summary: 'it was 11:00', corrects: first!.id });
    await sealsSettled(db);
    await expect(sentenceOf(db)).resolves.toEqual({
      tone: 'checked',
      sentence: 'Record checked: nothing changed since it was written (3 entries).',
    });
  });
});

describe('the attempts that went unnoticed before', () => {
  it('deleting the newest entry: its signed head names it as deleted', async () => {
    const { db } = await signedJournal();
    const newest = (await caseJournal(db, 1)).at(-1)!;
    await db.journal.delete(newest.id);
    await expect(sentenceOf(db)).resolves.toMatchObject({
      tone: 'tampered',
      sentence: expect.stringMatching(
        /^Entry 5 was signed on .* UTC, but the journal now ends at entry 4: the newest entries were deleted\.$/,
      ),
    });
  });

  it('deleting the newest entry and its signature: an earlier report’s head says it is missing', async () => {
    const { db } = await signedJournal();
    const witness = await sealCaseHead(db, 1, 'pdf');
    expect(witness.sealed).toBe(true);
    const printed = witness.sealed ? headCode(witness.seal) : '';
    const newest = (await caseJournal(db, 1)).at(-1)!;
    await db.journal.delete(newest.id);
    await db.journalSeals.filter((seal) => seal.seq === 5).delete();
    // Inside the database alone nothing is left to notice…
    await expect(sentenceOf(db)).resolves.toMatchObject({ tone: 'checked' });
    // …but the head printed in the report is gone.
    const finding = compareWithEarlierReport(await caseJournal(db, 1), readHeadCode(printed)!);
    expect(finding).toEqual({
      outcome: 'missing',
      seq: 5,
      message:
        'The report carried the journal up to entry 5, but the journal now ends at entry 4: entry 5 is missing. ' +
        'They were deleted after the report was made.',
    });
  });

  it('changing an entry and recomputing the hashes: the signatures no longer match', async () => {
    const { db } = await signedJournal();
    await rechainFrom(db, 1, 3, (entry) => (entry.summary = 'nothing happened'));
    await expect(sentenceOf(db)).resolves.toMatchObject({
      tone: 'tampered',
      sentence: expect.stringMatching(
        /^Entry 3 is not what was signed on .*: it, or an entry before it, was changed after it was signed\.$/,
      ),
    });
  });

  it('changing an entry, rechaining and deleting the signatures: not written by this installation', async () => {
    const { db } = await signedJournal();
    await rechainFrom(db, 1, 3, (entry) => (entry.summary = 'nothing happened'));
    await db.journalSeals.filter((seal) => seal.seq >= 3).delete();
    await expect(sentenceOf(db)).resolves.toEqual({
      tone: 'not-signed',
      sentence:
        'Entries 3–5 were not written by this installation: no signature of its key covers them. ' +
        'They were added or rewritten outside the app, or the app could not sign them.',
    });
    // And the next entry written here does not vouch for them.
    await appendJournalEntry(db, 1, { kind: 'note', summary: 'written after the rewrite', author: 'person' });
    await sealsSettled(db);
    expect(await db.journalSeals.filter((seal) => seal.seq >= 3).count()).toBe(0);
    await expect(sentenceOf(db)).resolves.toMatchObject({
      tone: 'not-signed',
      sentence: /^Entries 3–6 were not/,
    });
  });

  it('changing an entry, rechaining and signing with a key of one’s own: not this installation’s key', async () => {
    const { db } = await signedJournal();
    await rechainFrom(db, 1, 3, (entry) => (entry.summary = 'nothing happened'));
    await db.journalSeals.filter((seal) => seal.seq >= 3).delete();
    const forger = testJournalKey();
    const caseKey = (await db.cases.get(1))?.caseKey ?? '';
    const head = (await caseJournal(db, 1)).at(-1)!;
    const forged = await forger.sign({ caseKey, seq: head.seq, hash: head.hash });
    await db.journalSeals.add({
      caseId: 1,
      seq: head.seq,
      hash: head.hash,
      ...forged,
      signedAt: 1,
      occasion: 'entry',
    });
    const check = await checkCaseRecord(db, 1);
    expect(recordSentence(check)).toEqual({
      tone: 'not-signed',
      sentence: expect.stringMatching(
        /^Entries 3–5 were signed by another key \(fingerprint [0-9a-f ]{19}\), not by this installation, although it signed the entries before/,
      ),
    });
    // The next entry written here does not take the other key's word for them.
    await appendJournalEntry(db, 1, { kind: 'note', summary: 'written after the rewrite', author: 'person' });
    await sealsSettled(db);
    expect(recordSentence(await checkCaseRecord(db, 1)).tone).toBe('not-signed');
  });

  it('swapping the whole journals of two cases: each names the other case', async () => {
    const { db } = await signedJournal(2);
    await appendJournalEntry(db, 2, { kind: 'note', summary: 'case two' });
    await sealsSettled(db);
    const one = await caseJournal(db, 1);
    const two = await caseJournal(db, 2);
    // Each seq is unique per case: park one journal while the other moves.
    await db.journal.bulkPut(one.map((entry) => ({ ...entry, caseId: 99 })));
    await db.journal.bulkPut(two.map((entry) => ({ ...entry, caseId: 1 })));
    await db.journal.bulkPut(one.map((entry) => ({ ...entry, caseId: 2 })));
    for (const caseId of [1, 2]) {
      await expect(sentenceOf(db, caseId)).resolves.toEqual({
        tone: 'tampered',
        sentence: "Entry 1 belongs to another case: it was moved into this case's journal.",
      });
    }
  });

  it('still names a moved correction pointer and a deleted first entry', async () => {
    const { db } = await signedJournal(2);
    const [first, second] = await caseJournal(db, 1);
    await appendJournalEntry(db, 1, { kind: 'correction', summary: 'fix', corrects: first!.id });
    const correction = (await caseJournal(db, 1)).at(-1)!;
    await db.journal.update(correction.id, { corrects: second!.id });
    await expect(sentenceOf(db)).resolves.toEqual({
      tone: 'tampered',
      sentence: 'Entry 3 no longer points at the entry it corrects.',
    });
    await db.journal.update(correction.id, { corrects: first!.id });
    await db.journal.delete(first!.id);
    await expect(sentenceOf(db)).resolves.toMatchObject({
      tone: 'tampered',
      sentence: 'An entry is missing before entry 2.',
    });
  });
});

describe('what the import writes', () => {
  it('is covered by the next head the page signs', async () => {
    const { db } = await signedJournal(1);
    // The import worker opens the same database and signs nothing.
    const worker = new NotebookDatabase(db.name);
    await appendJournalEntry(worker, 1, {
      kind: 'evidence',
      summary: 'Evidence added: auth.log',
      author: 'app',
    });
    await expect(sentenceOf(db)).resolves.toEqual({
      tone: 'checked',
      sentence:
        'Record checked: nothing changed since it was written (2 entries). The newest import is signed with the next entry.',
    });
    await appendJournalEntry(db, 1, { kind: 'note', summary: 'looked at it', author: 'person' });
    await sealsSettled(db);
    const check = await checkCaseRecord(db, 1);
    expect(check.signedThrough).toBe(3);
    expect(recordSentence(check).sentence).toBe(
      'Record checked: nothing changed since it was written (3 entries).',
    );
    worker.close();
  });
});
