// Opening, changing, closing, reopening and deleting a case. Each change and its journal entry
// are written in one transaction: the case never changes without the journal saying so.
import { appendJournalEntry } from './journal';
import { caseOwnedTables } from './caseTables';
import { newCaseKey } from './caseIdentity';
import type { CaseRecord, NotebookDatabase } from './schema';

/** What the person writes about a case. */
export type CaseDetails = Pick<CaseRecord, 'title' | 'server' | 'description' | 'noticedBy'> &
  Pick<CaseRecord, 'services' | 'toldWho' | 'kind'>;

const fieldNames: Record<keyof CaseDetails, string> = {
  title: 'title',
  server: 'affected server',
  services: 'affected services',
  description: 'what was noticed',
  noticedBy: 'who found it',
  toldWho: 'who was told',
  kind: 'kind of case',
};

/** The filled-in fields under their names as the person sees them ("who found it"). */
function readableDetails(details: Partial<CaseDetails>): Record<string, string> {
  const readable: Record<string, string> = {};
  for (const field of Object.keys(fieldNames) as (keyof CaseDetails)[]) {
    const value = details[field]?.trim();
    if (field !== 'title' && value) readable[fieldNames[field]] = value;
  }
  return readable;
}

export async function openNewCase(
  db: NotebookDatabase,
  details: CaseDetails,
  authorName: string,
  now = Date.now(),
): Promise<number> {
  return db.transaction('rw', db.cases, db.journal, async () => {
    const caseId = await db.cases.add({
      ...details,
      status: 'open',
      createdAt: now,
      updatedAt: now,
      caseKey: newCaseKey(),
    });
    await appendJournalEntry(
      db,
      caseId,
      {
        kind: 'case',
        summary: `Case opened: ${details.title}`,
        author: 'person',
        authorName,
        details: readableDetails(details),
      },
      now,
    );
    return caseId;
  });
}

/** Saves the changed fields and journals what changed, old and new. Nothing changed: nothing written. */
export async function saveCaseDetails(
  db: NotebookDatabase,
  caseId: number,
  changes: Partial<CaseDetails>,
  authorName: string,
  now = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', db.cases, db.journal, async () => {
    const before = await db.cases.get(caseId);
    if (!before) throw new Error('This case no longer exists.');
    const changed = (Object.keys(changes) as (keyof CaseDetails)[]).filter(
      (field) => changes[field] !== undefined && (before[field] ?? '') !== changes[field],
    );
    if (changed.length === 0) return false;
    await db.cases.update(caseId, { ...changes, updatedAt: now });
    const renamed = changed.includes('title');
    const summary = renamed
      ? `Case renamed from "${before.title}" to "${changes.title ?? ''}"`
      : `Case details changed: ${changed.map((field) => fieldNames[field]).join(', ')}`;
    const details: Record<string, string> = {};
    for (const field of changed) {
      details[`${fieldNames[field]} before`] = before[field] ?? '';
      details[`${fieldNames[field]} after`] = changes[field] ?? '';
    }
    await appendJournalEntry(
      db,
      caseId,
      { kind: 'case', summary, author: 'person', authorName, details },
      now,
    );
    return true;
  });
}

export async function closeCase(
  db: NotebookDatabase,
  caseId: number,
  closingNote: string,
  authorName: string,
  now = Date.now(),
): Promise<void> {
  if (closingNote.trim() === '')
    throw new Error('Write a closing note: what was done and why the case can be closed.');
  await db.transaction('rw', db.cases, db.journal, async () => {
    await db.cases.update(caseId, { status: 'closed', closingNote: closingNote.trim(), updatedAt: now });
    await appendJournalEntry(
      db,
      caseId,
      { kind: 'case', summary: `Case closed: ${closingNote.trim()}`, author: 'person', authorName },
      now,
    );
  });
}

export async function reopenCase(
  db: NotebookDatabase,
  caseId: number,
  reason: string,
  authorName: string,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.cases, db.journal, async () => {
    await db.cases.update(caseId, { status: 'open', updatedAt: now });
    const summary = reason.trim() === '' ? 'Case reopened' : `Case reopened: ${reason.trim()}`;
    await appendJournalEntry(db, caseId, { kind: 'case', summary, author: 'person', authorName }, now);
  });
}

/** Deletes the case and every row of every table that belongs to it, all or nothing. */
export async function deleteCase(db: NotebookDatabase, caseId: number): Promise<void> {
  const tables = caseOwnedTables(db);
  await db.transaction('rw', [db.cases, ...tables], async () => {
    for (const table of tables) {
      if (table.schema.primKey.name === 'caseId') await table.delete(caseId);
      else await table.where('caseId').equals(caseId).delete();
    }
    await db.cases.delete(caseId);
  });
}
