// The evidence of an e-mail case: the suspicious message's original bytes, stored like a log's
// (an evidence row with its SHA-256, the bytes in evidenceFiles) and journaled in the same
// transaction; the person's own mail domains ("ours", a setting of the person, not of the case);
// the answer to "did anyone click a link or reply?"; and the reports saved. Every change journaled.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { readSuspiciousMessage } from '../core/email/messageSource';
import { readOurEntries } from '../core/email/ourDomains';
import { appendJournalEntry } from './journal';
import type { EvidenceRecord, NotebookDatabase } from './schema';

/** The formatId of a message's evidence row: no log format, never read as one. */
export const messageFormatId = 'email-message';

const ourDomainsSetting = 'ourMailDomains';
const clickTopic = 'email:clicked';

export type StoredMessage = { evidence: EvidenceRecord; bytes: Uint8Array };

/** Stores the message as the case's evidence and journals it; the format is told by the bytes. */
export async function storeSuspiciousMessage(
  db: NotebookDatabase,
  caseId: number,
  name: string,
  bytes: Uint8Array,
  now = Date.now(),
): Promise<number> {
  // Read first: a file that is no message is refused before anything is written.
  const message = readSuspiciousMessage(bytes);
  const hash = bytesToHex(sha256(bytes));
  const label = {
    eml: 'E-mail message (.eml)',
    msg: 'Outlook message (.msg)',
    headers: 'Pasted mail headers',
  }[message.format];
  return db.transaction(
    'rw',
    [db.evidence, db.evidenceFiles, db.journal, db.cases, db.settings],
    async () => {
      const evidenceId = await db.evidence.add({
        caseId,
        name,
        size: bytes.length,
        sha256: hash,
        importedAt: now,
        formatId: messageFormatId,
        formatLabel: label,
        timeZone: 'UTC',
        year: new Date(now).getUTCFullYear(),
        lines: message.header.fields.length,
        events: 0,
        unrecognized: 0,
        unrecognizedSample: [],
        status: 'complete',
      });
      await db.evidenceFiles.put({
        evidenceId,
        caseId,
        encoding: 'identity',
        bytes: new Blob([bytes.slice()]),
      });
      await appendJournalEntry(
        db,
        caseId,
        {
          kind: 'evidence',
          summary: `Suspicious message stored as evidence: ${name} (${bytes.length.toLocaleString('en-US')} bytes, SHA-256 ${hash})`,
          details: {
            format: label,
            'header fields': String(message.header.fields.length),
            ...(message.note ? { note: message.note } : {}),
          },
        },
        now,
      );
      return evidenceId;
    },
  );
}

/** The case's message (the newest one stored), with its bytes; null before one is stored. */
export async function caseMessage(db: NotebookDatabase, caseId: number): Promise<StoredMessage | null> {
  const rows = await db.evidence.where('caseId').equals(caseId).toArray();
  const evidence = rows
    .filter((row) => row.formatId === messageFormatId && row.status === 'complete')
    .sort((a, b) => b.importedAt - a.importedAt)[0];
  if (!evidence) return null;
  const file = await db.evidenceFiles.get(evidence.id);
  if (!file) return null;
  return { evidence, bytes: new Uint8Array(await file.bytes.arrayBuffer()) };
}

/** The person's own mail domains and servers. */
export async function readOurDomains(db: NotebookDatabase): Promise<string[]> {
  const row = await db.settings.get(ourDomainsSetting);
  return Array.isArray(row?.value)
    ? row.value.filter((entry): entry is string => typeof entry === 'string')
    : [];
}

/** Saves the domains (a setting for every case) and journals the change in this case. */
export async function saveOurDomains(
  db: NotebookDatabase,
  caseId: number,
  text: string,
  now = Date.now(),
): Promise<string[]> {
  const domains = readOurEntries(text);
  await db.transaction('rw', [db.settings, db.journal, db.cases], async () => {
    await db.settings.put({ name: ourDomainsSetting, value: domains });
    await appendJournalEntry(
      db,
      caseId,
      {
        kind: 'decision',
        summary:
          domains.length === 0
            ? 'Our mail domains cleared'
            : `Our mail domains marked: ${domains.join(', ')}`,
        author: 'person',
      },
      now,
    );
  });
  return domains;
}

export type ClickAnswer = 'nobody' | 'clicked' | 'replied' | 'not-known';

export const clickAnswerWords: Readonly<Record<ClickAnswer, string>> = {
  nobody: 'Nobody clicked a link or replied',
  clicked: 'Someone clicked a link in the message',
  replied: 'Someone replied, or entered a password or other details',
  'not-known': 'Not known yet whether anyone clicked or replied',
};

export type ClickDecision = { answer: ClickAnswer; note: string; decidedAt: number };

export async function caseClickDecision(db: NotebookDatabase, caseId: number): Promise<ClickDecision | null> {
  const row = await db.caseDecisions.where('[caseId+topic]').equals([caseId, clickTopic]).first();
  return (row?.value as ClickDecision | undefined) ?? null;
}

export async function answerClickQuestion(
  db: NotebookDatabase,
  caseId: number,
  answer: ClickAnswer,
  note: string,
  now = Date.now(),
): Promise<void> {
  const value: ClickDecision = { answer, note: note.trim(), decidedAt: now };
  await db.transaction('rw', [db.caseDecisions, db.journal, db.cases, db.settings], async () => {
    const existing = await db.caseDecisions.where('[caseId+topic]').equals([caseId, clickTopic]).first();
    if (existing) await db.caseDecisions.update(existing.id, { value, decidedAt: now });
    else await db.caseDecisions.add({ caseId, topic: clickTopic, value, decidedAt: now });
    await appendJournalEntry(
      db,
      caseId,
      {
        kind: 'decision',
        summary: `Did anyone click a link or reply? ${clickAnswerWords[answer]}`,
        author: 'person',
        ...(value.note ? { details: { note: value.note } } : {}),
      },
      now,
    );
  });
}

/** Journals a report saved from the case: which one, to whom, and the hash of its bytes. */
export async function recordMessageReport(
  db: NotebookDatabase,
  caseId: number,
  what: string,
  to: string,
  bytes: Uint8Array,
  now = Date.now(),
): Promise<void> {
  await appendJournalEntry(
    db,
    caseId,
    {
      kind: 'email',
      summary: to === '' ? `${what} saved` : `${what} saved, to ${to}`,
      details: {
        'SHA-256': bytesToHex(sha256(bytes)),
        size: `${bytes.length.toLocaleString('en-US')} bytes`,
      },
    },
    now,
  );
}
