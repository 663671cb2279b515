import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { notebookWithCases } from '../../support/notebookWithCases';
import { appendJournalEntry, caseJournal, verifyCaseJournal } from '../../../renderer/db/journal';
import { caseGenesisHash } from '../../../renderer/core/journal/journalChain';

const freshDb = () => notebookWithCases('journal-test');

describe('appending to a case journal', () => {
  it('numbers entries from 1 and chains each to the one before', async () => {
    const db = await freshDb();
    await appendJournalEntry(
      db,
      1,
      { kind: 'note', summary: 'first', author: 'person', authorName: 'Dana' },
      10,
    );
    await appendJournalEntry(db, 1, { kind: 'analysis', summary: 'second' }, 20);
    const [first, second] = await caseJournal(db, 1);
    // The first entry commits to the case's identity, and every entry names it (hash scheme 2).
    const caseKey = (await db.cases.get(1))?.caseKey ?? '';
    expect(caseKey).toMatch(/^[0-9a-f]{32}$/);
    expect(first).toMatchObject({
      seq: 1,
      previousHash: caseGenesisHash(caseKey),
      scheme: 2,
      caseKey,
      authorName: 'Dana',
      writtenAt: 10,
    });
    expect(second).toMatchObject({ seq: 2, previousHash: first?.hash, author: 'app' });
    await expect(verifyCaseJournal(db, 1)).resolves.toEqual({
      intact: true,
      entries: 2,
      headHash: second?.hash,
    });
  });

  it('keeps separate chains per case', async () => {
    const db = await freshDb();
    await appendJournalEntry(db, 1, { kind: 'note', summary: 'case one' });
    await appendJournalEntry(db, 2, { kind: 'note', summary: 'case two' });
    const [other] = await caseJournal(db, 2);
    const otherKey = (await db.cases.get(2))?.caseKey ?? '';
    expect(other).toMatchObject({ seq: 1, previousHash: caseGenesisHash(otherKey), caseKey: otherKey });
  });

  it('keeps both when it happened and when it was written', async () => {
    const db = await freshDb();
    await appendJournalEntry(db, 1, { kind: 'call', summary: 'called the host', occurredAt: 5 }, 99);
    const [entry] = await caseJournal(db, 1);
    expect(entry).toMatchObject({ occurredAt: 5, writtenAt: 99 });
  });

  it('works inside a larger transaction, and is rolled back with it when that fails', async () => {
    const db = await freshDb();
    await db.transaction('rw', [db.cases, db.journal], async () => {
      await db.cases.add({
        title: 't',
        server: '',
        description: '',
        noticedBy: '',
        status: 'open',
        createdAt: 1,
        updatedAt: 1,
      });
      await appendJournalEntry(db, 1, { kind: 'case', summary: 'opened' });
    });
    await expect(
      db.transaction('rw', [db.evidence, db.journal, db.cases], async () => {
        await appendJournalEntry(db, 1, { kind: 'evidence', summary: 'imported a file' });
        throw new Error('the disk is full');
      }),
    ).rejects.toThrow('the disk is full');
    expect((await caseJournal(db, 1)).map((entry) => entry.summary)).toEqual(['opened']);
    await expect(verifyCaseJournal(db, 1)).resolves.toMatchObject({ intact: true, entries: 1 });
  });

  it('writes a correction as a new entry that points at the corrected one', async () => {
    const db = await freshDb();
    const wrong = await appendJournalEntry(db, 1, { kind: 'note', summary: 'called at 10:00' });
    await appendJournalEntry(db, 1, { kind: 'correction', summary: 'it was 11:00', corrects: wrong });
    const [original, correction] = await caseJournal(db, 1);
    expect(original?.summary).toBe('called at 10:00');
    expect(correction).toMatchObject({ corrects: wrong, correctsSeq: 1 });
    await expect(verifyCaseJournal(db, 1)).resolves.toMatchObject({ intact: true });
  });

  it('refuses to correct an entry of another case', async () => {
    const db = await freshDb();
    const elsewhere = await appendJournalEntry(db, 2, { kind: 'note', summary: 'other case' });
    await expect(
      appendJournalEntry(db, 1, { kind: 'correction', summary: 'x', corrects: elsewhere }),
    ).rejects.toThrow(/not in this case/);
  });
});

describe('verifying a stored journal', () => {
  async function threeEntries() {
    const db = await freshDb();
    for (const summary of ['one', 'two', 'three']) await appendJournalEntry(db, 1, { kind: 'note', summary });
    return { db, entries: await caseJournal(db, 1) };
  }

  it('names an entry changed directly in the database', async () => {
    const { db, entries } = await threeEntries();
    await db.journal.update(entries[1]!.id, { summary: 'nothing to see' });
    await expect(verifyCaseJournal(db, 1)).resolves.toMatchObject({
      intact: false,
      problem: { breakKind: 'changed', seq: 2 },
    });
  });

  it('names the entry after one deleted directly in the database', async () => {
    const { db, entries } = await threeEntries();
    await db.journal.delete(entries[1]!.id);
    await expect(verifyCaseJournal(db, 1)).resolves.toMatchObject({
      intact: false,
      problem: { breakKind: 'removed', seq: 3 },
    });
  });

  it('names entries whose order was swapped in the database', async () => {
    const { db, entries } = await threeEntries();
    await db.journal.update(entries[1]!.id, { seq: 99 });
    await db.journal.update(entries[2]!.id, { seq: 2 });
    await db.journal.update(entries[1]!.id, { seq: 3 });
    await expect(verifyCaseJournal(db, 1)).resolves.toMatchObject({
      intact: false,
      problem: { breakKind: 'reordered', seq: 2 },
    });
  });
});

describe('what an entry records about its author and details', () => {
  it('takes the author name from the settings when the caller gives none', async () => {
    const db = await freshDb();
    await db.settings.put({ name: 'name', value: 'Dana Example' });
    await appendJournalEntry(db, 1, { kind: 'analysis', summary: 'found 3 addresses' });
    await db.transaction('rw', [db.evidence, db.journal, db.cases], async () => {
      // Inside a transaction without the settings table: written without a name, not refused.
      await appendJournalEntry(db, 1, { kind: 'evidence', summary: 'imported' });
    });
    const [first, second] = await caseJournal(db, 1);
    expect(first?.authorName).toBe('Dana Example');
    expect(second?.authorName).toBeUndefined();
  });

  it('keeps an entry whose details hold a number JSON cannot carry, and it still verifies', async () => {
    const db = await freshDb();
    const details = { rate: Number.NaN, note: undefined as unknown as string, count: 3 };
    await appendJournalEntry(db, 1, { kind: 'analysis', summary: 'rate', details });
    const [entry] = await caseJournal(db, 1);
    expect(entry?.details).toEqual({ rate: 'NaN', count: 3 });
    await expect(verifyCaseJournal(db, 1)).resolves.toMatchObject({ intact: true });
  });
});
