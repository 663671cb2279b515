// Data migration for schema v4: journal entries written before the hash chain existed get their
// links computed, case by case in seq order, so every journal verifies from its first entry.
// The chain then vouches for those entries from the upgrade on, not from when they were written.
import type { Table } from 'dexie';
import { chainLinks } from '../core/journal/journalChain';
import type { JournalRecord } from './schema';

/** The shape v2 and v3 stored: a journal row without links or correctsSeq. */
type UnchainedJournalRecord = Omit<JournalRecord, 'previousHash' | 'contentHash' | 'hash' | 'correctsSeq'> &
  Partial<Pick<JournalRecord, 'previousHash' | 'contentHash' | 'hash' | 'correctsSeq'>>;

export async function chainUnhashedJournalEntries(
  journal: Table<UnchainedJournalRecord, number>,
): Promise<number> {
  const rows = await journal.toArray();
  const byCase = new Map<number, UnchainedJournalRecord[]>();
  for (const row of rows) byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), row]);
  const seqOfId = new Map(rows.map((row) => [row.id, row.seq]));
  const chained: JournalRecord[] = [];
  for (const caseRows of byCase.values()) {
    let previous: JournalRecord | undefined;
    for (const row of caseRows.sort((a, b) => a.seq - b.seq)) {
      const correctsSeq = row.corrects === undefined ? undefined : seqOfId.get(row.corrects);
      const content = { ...row, author: row.author ?? 'app', correctsSeq };
      const record: JournalRecord = { ...content, ...chainLinks(content, previous) };
      chained.push(record);
      previous = record;
    }
  }
  await journal.bulkPut(chained);
  return chained.length;
}
