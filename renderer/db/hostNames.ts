// Host names the log wrote instead of addresses, and what DNS said they point to: every answer is
// a journal entry (append-only, like every lookup), and the Source step reads the newest per name.
import {
  hostNameAnswerOf,
  hostNameJournalEntry,
  type HostNameAddresses,
} from '../core/lookup/hostNameAddresses';
import { appendJournalEntry } from './journal';
import type { NotebookDatabase } from './schema';

export async function recordHostNameAnswer(
  db: NotebookDatabase,
  caseId: number,
  answer: HostNameAddresses,
): Promise<void> {
  await appendJournalEntry(db, caseId, hostNameJournalEntry(answer), answer.askedAt);
}

/** The newest answer per host name in the case. */
export async function caseHostNameAnswers(
  db: NotebookDatabase,
  caseId: number,
): Promise<ReadonlyMap<string, HostNameAddresses>> {
  const answers = new Map<string, HostNameAddresses>();
  await db.journal
    .where('caseId')
    .equals(caseId)
    .filter((entry) => entry.kind === 'lookup')
    .each((entry) => {
      const answer = hostNameAnswerOf(entry);
      // Entries come in seq order: a later answer replaces an earlier one.
      if (answer !== undefined) answers.set(answer.name, answer);
    });
  return answers;
}
