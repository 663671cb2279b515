// Writing to and reading the case journal. Every step records what it did through
// appendJournalEntry; nothing else writes the journal table. Each entry is hash-chained to the
// one before it (core/journal/journalChain.ts), inside the same transaction that reads the
// previous entry, so two writers can never chain onto the same entry.
import { Dexie } from 'dexie';
import type { JournalDetailValue, JournalEntryInput } from '../core/journal/journalEntry';
import { chainLinks, type JournalContent } from '../core/journal/journalChain';
import { verifyJournalChain, type ChainVerdict } from '../core/journal/verifyJournalChain';
import type { JournalRecord, NotebookDatabase } from './schema';

/**
 * Appends one entry to the case's journal and returns its id. May be called inside another
 * transaction as long as that one includes db.journal read-write (the import does this so the
 * evidence and its journal entry are written together or not at all).
 */
export async function appendJournalEntry(
  db: NotebookDatabase,
  caseId: number,
  entry: JournalEntryInput,
  now = Date.now(),
): Promise<number> {
  // The person's name goes into every entry. A caller inside a transaction without the settings
  // table (the import) may pass it; otherwise it is read here, in the same transaction.
  const parent = Dexie.currentTransaction;
  const canReadSettings =
    entry.authorName === undefined && (!parent || parent.storeNames.includes('settings'));
  return db.transaction('rw', canReadSettings ? [db.journal, db.settings] : [db.journal], async () => {
    const authorName = canReadSettings ? await personName(db) : entry.authorName;
    const last = await db.journal.where('[caseId+seq]').between([caseId, 0], [caseId, Infinity]).last();
    let correctsSeq: number | undefined;
    if (entry.corrects !== undefined) {
      const corrected = await db.journal.get(entry.corrects);
      if (!corrected || corrected.caseId !== caseId) {
        throw new Error(`Journal entry ${entry.corrects} is not in this case: nothing to correct.`);
      }
      correctsSeq = corrected.seq;
    }
    const content: JournalContent = {
      seq: (last?.seq ?? 0) + 1,
      kind: entry.kind,
      summary: entry.summary,
      author: entry.author ?? 'app',
      authorName: authorName || undefined,
      details: storableDetails(entry.details),
      correctsSeq,
      occurredAt: entry.occurredAt ?? now,
      writtenAt: now,
    };
    return db.journal.add({ ...content, ...chainLinks(content, last), caseId, corrects: entry.corrects });
  });
}

async function personName(db: NotebookDatabase): Promise<string | undefined> {
  const stored = (await db.settings.get('name'))?.value;
  return typeof stored === 'string' ? stored : undefined;
}

/**
 * Details exactly as they will be hashed: members left undefined are dropped, and a number JSON
 * cannot carry (NaN, Infinity) is kept as its text, so one odd value never loses the entry.
 */
function storableDetails(
  details: Record<string, JournalDetailValue> | undefined,
): Record<string, JournalDetailValue> | undefined {
  if (details === undefined) return undefined;
  const storable: Record<string, JournalDetailValue> = {};
  for (const [name, value] of Object.entries(details)) {
    if (value === undefined) continue;
    storable[name] = typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
  }
  return storable;
}

/** Oldest first, as it was written. */
export async function caseJournal(db: NotebookDatabase, caseId: number): Promise<JournalRecord[]> {
  return db.journal.where('[caseId+seq]').between([caseId, 0], [caseId, Infinity]).toArray();
}

/** Reads the case's journal and checks its hash chain. */
export async function verifyCaseJournal(db: NotebookDatabase, caseId: number): Promise<ChainVerdict> {
  // Every row of the case, in seq order; a row whose seq was tampered with still shows up.
  const entries = (await db.journal.where('caseId').equals(caseId).toArray()).sort((a, b) => a.seq - b.seq);
  const seqOfId = new Map(entries.map((entry) => [entry.id, entry.seq]));
  return verifyJournalChain(
    entries.map((entry) => ({
      ...entry,
      correctsTarget: entry.corrects === undefined ? undefined : seqOfId.get(entry.corrects),
    })),
  );
}
