// Writing to and reading the case journal. Every step records what it did through
// appendJournalEntry; nothing else writes the journal table.
import type { JournalEntryInput } from '../core/journal/journalEntry';
import type { JournalRecord, NotebookDatabase } from './schema';

export async function appendJournalEntry(
  db: NotebookDatabase,
  caseId: number,
  entry: JournalEntryInput,
  now = Date.now(),
): Promise<number> {
  return db.transaction('rw', db.journal, async () => {
    const last = await db.journal.where('[caseId+seq]').between([caseId, 0], [caseId, Infinity]).last();
    return db.journal.add({
      caseId,
      seq: (last?.seq ?? 0) + 1,
      kind: entry.kind,
      summary: entry.summary,
      author: entry.author ?? 'app',
      details: entry.details,
      corrects: entry.corrects,
      occurredAt: entry.occurredAt ?? now,
      writtenAt: now,
    });
  });
}

/** Oldest first, as it was written. */
export async function caseJournal(db: NotebookDatabase, caseId: number): Promise<JournalRecord[]> {
  return db.journal.where('[caseId+seq]').between([caseId, 0], [caseId, Infinity]).toArray();
}
