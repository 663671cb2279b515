// Writing to and reading the case journal. Every step records what it did through
// appendJournalEntry; nothing else writes the journal table. Each entry is hash-chained to the
// one before it (core/journal/journalChain.ts), inside the same transaction that reads the
// previous entry, so two writers can never chain onto the same entry. Every entry is written in
// hash scheme 2: it names its case (CaseRecord.caseKey). Once it is committed, the page signs the
// head it made (journalSeals.ts); the import worker signs nothing.
import { Dexie, type Transaction } from 'dexie';
import type { JournalDetailValue, JournalEntryInput } from '../core/journal/journalEntry';
import { bindingScheme, chainLinks, type JournalContent } from '../core/journal/journalChain';
import { verifyJournalChain, type ChainVerdict } from '../core/journal/verifyJournalChain';
import { newCaseKey } from './caseIdentity';
import { sealWrittenEntry } from './journalSeals';
import type { JournalRecord, NotebookDatabase } from './schema';

/**
 * Appends one entry to the case's journal and returns its id. May be called inside another
 * transaction as long as that one includes db.journal and db.cases read-write (the import does
 * this so the evidence and its journal entry are written together or not at all).
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
  const tables = canReadSettings ? [db.journal, db.cases, db.settings] : [db.journal, db.cases];
  return db.transaction('rw', tables, async () => {
    const authorName = canReadSettings ? await personName(db) : entry.authorName;
    const caseKey = await caseKeyOf(db, caseId);
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
      scheme: bindingScheme,
      caseKey,
    };
    const links = chainLinks(content, last);
    const id = await db.journal.add({ ...content, ...links, caseId, corrects: entry.corrects });
    const transaction = Dexie.currentTransaction;
    if (transaction) {
      rootOf(transaction).on('complete', () =>
        sealWrittenEntry(db, caseId, { seq: content.seq, hash: links.hash }),
      );
    }
    return id;
  });
}

/** A case's identity; a case from before schema v10 that somehow has none gets one now. */
async function caseKeyOf(db: NotebookDatabase, caseId: number): Promise<string> {
  const incidentCase = await db.cases.get(caseId);
  if (!incidentCase) throw new Error(`Case ${caseId} does not exist: there is no journal to write to.`);
  if (incidentCase.caseKey) return incidentCase.caseKey;
  const caseKey = newCaseKey();
  await db.cases.update(caseId, { caseKey });
  return caseKey;
}

/** The entry is committed only when the outermost transaction is (the import's, a decision's). */
function rootOf(transaction: Transaction): Transaction {
  let root = transaction;
  while (root.parent) root = root.parent;
  return root;
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

/** Reads the case's journal and checks its hash chain and that every entry names this case. */
export async function verifyCaseJournal(db: NotebookDatabase, caseId: number): Promise<ChainVerdict> {
  // Every row of the case, in seq order; a row whose seq was tampered with still shows up.
  const entries = (await db.journal.where('caseId').equals(caseId).toArray()).sort((a, b) => a.seq - b.seq);
  const caseKey = (await db.cases.get(caseId))?.caseKey;
  const seqOfId = new Map(entries.map((entry) => [entry.id, entry.seq]));
  return verifyJournalChain(
    entries.map((entry) => ({
      ...entry,
      correctsTarget: entry.corrects === undefined ? undefined : seqOfId.get(entry.corrects),
    })),
    caseKey,
  );
}
