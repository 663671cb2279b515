// The exchange with each abuse desk: a draft marked sent (with the SHA-256 of exactly what was
// sent), replies pasted in, the follow-up date and the outcome. Every change is journaled.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { CorrespondenceRecord, NotebookDatabase } from './schema';
import { appendJournalEntry } from './journal';
import { draftAsText, type AbuseEmailDraft } from '../core/report/abuseEmailDraft';

const day = 86_400_000;
/** Abuse desks that answer at all usually do within a week. */
export const defaultFollowUpDays = 7;

/** Over the draft as text and the bytes of each compressed attachment, which the text only names. */
export function sentHash(draft: AbuseEmailDraft): string {
  const hash = sha256.create().update(utf8ToBytes(draftAsText(draft)));
  for (const attachment of draft.attachments)
    if (typeof attachment.content !== 'string') hash.update(attachment.content);
  return bytesToHex(hash.digest());
}

export async function markDraftSent(
  db: NotebookDatabase,
  caseId: number,
  draft: AbuseEmailDraft,
  addresses: readonly string[],
  now = Date.now(),
): Promise<number> {
  const hash = sentHash(draft);
  return db.transaction('rw', [db.correspondence, db.journal, db.cases], async () => {
    const id = await db.correspondence.add({
      caseId,
      abuseEmail: draft.to,
      addresses: [...addresses],
      subject: draft.subject,
      sentAt: now,
      sentSha256: hash,
      replies: [],
      followUpDue: now + defaultFollowUpDays * day,
      outcome: '',
    });
    await appendJournalEntry(
      db,
      caseId,
      {
        kind: 'email',
        summary: `Abuse email to ${draft.to} about ${addresses.join(', ')} marked as sent (SHA-256 ${hash.slice(0, 12)}…).`,
        author: 'person',
        details: { to: draft.to, subject: draft.subject, sha256: hash },
      },
      now,
    );
    return id;
  });
}

async function change(
  db: NotebookDatabase,
  id: number,
  update: (row: CorrespondenceRecord) => Partial<CorrespondenceRecord>,
  summary: (row: CorrespondenceRecord) => string,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', [db.correspondence, db.journal, db.cases], async () => {
    const row = await db.correspondence.get(id);
    if (!row) return;
    await db.correspondence.update(id, update(row));
    await appendJournalEntry(db, row.caseId, { kind: 'email', summary: summary(row), author: 'person' }, now);
  });
}

export async function recordReply(
  db: NotebookDatabase,
  id: number,
  text: string,
  now = Date.now(),
): Promise<void> {
  await change(
    db,
    id,
    (row) => ({ replies: [...row.replies, { receivedAt: now, text }] }),
    (row) => `Reply received from ${row.abuseEmail} (${text.trim().split('\n')[0]?.slice(0, 80) ?? ''}).`,
    now,
  );
}

export async function setFollowUpDue(db: NotebookDatabase, id: number, due: number | null): Promise<void> {
  await change(
    db,
    id,
    () => ({ followUpDue: due }),
    (row) =>
      due === null
        ? `No follow-up planned with ${row.abuseEmail}.`
        : `Follow-up with ${row.abuseEmail} due ${new Date(due).toISOString().slice(0, 10)}.`,
  );
}

export async function setOutcome(db: NotebookDatabase, id: number, outcome: string): Promise<void> {
  await change(
    db,
    id,
    () => ({ outcome, followUpDue: null }),
    (row) => `Outcome with ${row.abuseEmail}: ${outcome}`,
  );
}

export async function caseCorrespondence(
  db: NotebookDatabase,
  caseId: number,
): Promise<CorrespondenceRecord[]> {
  return (await db.correspondence.where('caseId').equals(caseId).toArray()).sort(
    (a, b) => a.sentAt - b.sentAt,
  );
}

/** Per case, how many follow-ups are past their date: for the case list. */
export async function overdueFollowUps(db: NotebookDatabase, now = Date.now()): Promise<Map<number, number>> {
  const overdue = new Map<number, number>();
  await db.correspondence.each((row) => {
    if (row.followUpDue !== null && row.followUpDue < now)
      overdue.set(row.caseId, (overdue.get(row.caseId) ?? 0) + 1);
  });
  return overdue;
}
