// What a journal entry says. Boundary type: every step writes entries through
// db/journal.ts appendJournalEntry(); the journal panel, the hash chain and the reports read them.

export const journalEntryKinds = [
  'case', // case opened, renamed, closed, reopened
  'evidence', // a file imported, evidence verified
  'analysis', // what the analysis found
  'decision', // attack confirmed/dismissed, login expected/not expected, other decisions
  'lookup', // who is behind an address (RDAP, reverse DNS, pasted WHOIS)
  'report', // a PDF generated
  'email', // an abuse email drafted, marked sent, a reply received
  'checklist', // a containment or remediation step ticked off
  'note', // written by the person
  'call', // a phone call or meeting, written by the person
  'correction', // corrects an earlier entry (entries are never edited)
] as const;

export type JournalEntryKind = (typeof journalEntryKinds)[number];

/** Plain values only, so the entry has one canonical serialization for its hash. */
export type JournalDetailValue = string | number | boolean | null;

export type JournalEntryInput = {
  kind: JournalEntryKind;
  /** One sentence for the person, e.g. "Imported auth.log (427 KB, SHA-256 587e…)". */
  summary: string;
  details?: Record<string, JournalDetailValue>;
  /** When it happened, if not now (UTC ms); the entry also keeps when it was written. */
  occurredAt?: number;
  /** Whether the app wrote it on the person's behalf or the person wrote it. */
  author?: 'app' | 'person';
  /** The person's name from the settings (who wrote it, or on whose behalf the app did). */
  authorName?: string;
  /** The id of the entry this one corrects. */
  corrects?: number;
};
