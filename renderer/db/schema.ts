// The local database: every case, its evidence and what the analysis found, in IndexedDB.
// Both the page and the import worker open it. Before changing a table: add a new version below
// (never edit an old one), give it a one-line reason, and write any data migration as a named
// function with its own test.
import type { UnplacedAttempts } from '../core/analysis/unplacedAttempts';
import type { FileAttempts } from '../core/analysis/crossFileAttempts';
import { Dexie, type EntityTable } from 'dexie';
import type { AuthEvent } from '../core/logs/authEvent';
import type { AttackSource, Login } from '../core/analysis/attackSource';
import type { JournalEntryInput } from '../core/journal/journalEntry';
import type { AttemptTimeline } from '../core/analysis/attemptTimeline';
import type { AddressLookup } from '../core/lookup/addressLookup';
import type { ChainedEntry } from '../core/journal/journalChain';
import type { HeadSeal } from '../core/journal/recordCheck';
import { chainUnhashedJournalEntries } from './journalMigration';
import { giveEachCaseAnIdentity } from './caseIdentity';
import { markYearsWrittenInLogs } from './evidenceYearMigration';

export type CaseStatus = 'open' | 'closed';

/**
 * What a case is about: an attack seen in server logs, or a suspicious e-mail (spam, phishing).
 * Not indexed, so no schema version: a case without it (every case before e-mail cases) is 'log'.
 */
export type CaseKind = 'log' | 'email';

export type CaseRecord = {
  id: number;
  title: string;
  /** The affected server, as the person names it. */
  server: string;
  /** What was noticed, in the person's words. */
  description: string;
  noticedBy: string;
  /** Affected services (ssh, mail …), who was told, and the note written when it was closed. */
  services?: string;
  toldWho?: string;
  closingNote?: string;
  status: CaseStatus;
  /** Absent = 'log'. An e-mail case keeps its message as evidence (db/suspiciousMessages.ts). */
  kind?: CaseKind;
  createdAt: number;
  updatedAt: number;
  /**
   * The case's random identity (32 hex digits), hashed into every journal entry from case binding
   * on, so an entry or a journal moved into another case no longer verifies there. Every case has
   * one from schema v10 on (giveEachCaseAnIdentity); appendJournalEntry adds one where missing.
   */
  caseKey?: string;
};

/**
 * An imported file. 'importing' rows belong to an import still running (or one a reload cut
 * off): screens ignore them, and startup removes them with everything they wrote.
 */
export type EvidenceStatus = 'importing' | 'complete';

export type EvidenceRecord = {
  id: number;
  caseId: number;
  name: string;
  size: number;
  /** Hex SHA-256 of the file's bytes; empty while importing. */
  sha256: string;
  importedAt: number;
  formatId: string;
  formatLabel: string;
  /**
   * The zone and year the log's timestamps were read with. Where the log writes its own zone,
   * `timeZone` is kept anyway (reading the file again for a report needs a valid zone) but was
   * not used for the stamps that carry one: `yearSource` says which parts were assumed.
   */
  timeZone: string;
  year: number;
  /**
   * What the log's times needed: 'person' or 'file-date' — the year and the zone (classic syslog),
   * the year given by the person or taken from the file's modification date; 'in-log' — only the
   * zone, the year is written in the log and `year` was not used (fail2ban, web server error logs,
   * Logwatch, Windows CSV). Absent: nothing, the log writes its own zone (Windows and journal
   * exports, RFC 3339 and RFC 5424 syslog).
   */
  yearSource?: 'person' | 'file-date' | 'in-log';
  lines: number;
  events: number;
  unrecognized: number;
  unrecognizedSample: string[];
  /**
   * How the file was read, unit by unit (lineAccounting.ts): absent in evidence imported before
   * the accounting existed, which is then shown with the fields above only. Not indexed.
   */
  unit?: 'line' | 'record';
  units?: number;
  aboutLogins?: number;
  notAboutLogins?: number;
  unreadable?: number;
  /** What the person must know about how the file was read (a guessed day/month order). */
  readingNotes?: string[];
  /** Windows failures that named no address, with the clients' computer names (unplacedAttempts.ts). */
  unplacedAttempts?: UnplacedAttempts;
  status: EvidenceStatus;
};

type PerEvidence = { id: number; caseId: number; evidenceId: number };
export type AttackSourceRecord = AttackSource & PerEvidence;
export type LoginRecord = Login & PerEvidence;
export type NotableEventRecord = AuthEvent & PerEvidence & { text?: string };

/** One journal line, hash-chained (core/journal/journalChain.ts). Never updated, never deleted. */
export type JournalRecord = ChainedEntry &
  Pick<JournalEntryInput, 'corrects'> & {
    id: number;
    caseId: number;
  };

/** A head of the case's journal signed with this (or another) installation's key. Never updated. */
export type JournalSealRecord = HeadSeal & { id: number; caseId: number };

/**
 * One lookup of who is behind an address (RDAP, pasted WHOIS, or an abuse contact entered by
 * hand); every lookup is kept, the screens show the newest per address (db/lookups.ts).
 */
export type AddressLookupRecord = {
  id: number;
  caseId: number;
  ip: string;
  lookedUpAt: number;
  source: AddressLookup['source'];
  result: AddressLookup;
};

/**
 * The failed attempts of one evidence file for the services that write each attempt into two
 * files (vsftpd.log and auth.log …): the case counts such an attempt once (crossFileAttempts.ts).
 * Kept only for files that have any.
 */
export type PairedAttemptsRecord = FileAttempts & { evidenceId: number; caseId: number };

/** Attempts per minute and the time one evidence file covers (the Confirm step's chart). */
export type AttemptTimelineRecord = AttemptTimeline & { evidenceId: number; caseId: number };

/**
 * What the person decided or set in a case, one row per topic ("attack", "thresholds",
 * "known-good", "login:auth.log:2826", "containment:keep-logs"); db/decisions.ts reads and writes it.
 */
export type CaseDecisionRecord = {
  id: number;
  caseId: number;
  topic: string;
  value: unknown;
  decidedAt: number;
};

/** The person's own settings (not the case's): one row per setting name. */
export type SettingRecord = { name: string; value: unknown };

/** The original bytes of an evidence file, kept so excerpts can be cut and hashes re-checked. */
export type EvidenceFileRecord = {
  evidenceId: number;
  caseId: number;
  /** 'gzip' when the app compressed it for storage; reading always gives back the original. */
  encoding: 'identity' | 'gzip';
  bytes: Blob;
  /** Where every block of about 1 MiB of the log's text starts, so an excerpt can be cut later. */
  lineIndex?: EvidenceLineBlock[];
};

/**
 * One block of an evidence file's text: its first line number and byte offset in the text, and
 * (when stored as 'gzip') where its own gzip member starts in `bytes`, so it unpacks alone.
 */
export type EvidenceLineBlock = { firstLine: number; textOffset: number; storedOffset: number };

/** What the person changed in the Report step: a summary paragraph, masking choices, a ticked step. */
export type ReportEditRecord = { id: number; caseId: number; key: string; value: unknown; updatedAt: number };

/** One exchange with one abuse desk: what was sent (and its hash), replies, the follow-up date. */
export type CorrespondenceRecord = {
  id: number;
  caseId: number;
  abuseEmail: string;
  addresses: string[];
  subject: string;
  sentAt: number;
  /** Hex SHA-256 of exactly what was sent (draftAsText). */
  sentSha256: string;
  replies: { receivedAt: number; text: string }[];
  /** UTC ms; null when no follow-up is planned. */
  followUpDue: number | null;
  outcome: string;
};

export class NotebookDatabase extends Dexie {
  cases!: EntityTable<CaseRecord, 'id'>;
  evidence!: EntityTable<EvidenceRecord, 'id'>;
  attackSources!: EntityTable<AttackSourceRecord, 'id'>;
  logins!: EntityTable<LoginRecord, 'id'>;
  notableEvents!: EntityTable<NotableEventRecord, 'id'>;
  journal!: EntityTable<JournalRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'name'>;
  evidenceFiles!: EntityTable<EvidenceFileRecord, 'evidenceId'>;
  addressLookups!: EntityTable<AddressLookupRecord, 'id'>;
  attemptTimelines!: EntityTable<AttemptTimelineRecord, 'evidenceId'>;
  caseDecisions!: EntityTable<CaseDecisionRecord, 'id'>;
  reportEdits!: EntityTable<ReportEditRecord, 'id'>;
  correspondence!: EntityTable<CorrespondenceRecord, 'id'>;
  journalSeals!: EntityTable<JournalSealRecord, 'id'>;
  pairedAttempts!: EntityTable<PairedAttemptsRecord, 'evidenceId'>;

  constructor(name = 'incident-notebook') {
    super(name);
    // v1: first release — cases, evidence files, per-file attack sources, logins and rare events.
    this.version(1).stores({
      cases: '++id, updatedAt',
      evidence: '++id, caseId, [caseId+sha256], status',
      attackSources: '++id, caseId, evidenceId, [caseId+ip]',
      logins: '++id, caseId, evidenceId, time',
      notableEvents: '++id, caseId, evidenceId, time',
    });
    // v2: the case journal.
    this.version(2).stores({ journal: '++id, caseId, &[caseId+seq]' });
    // v3: the person's settings, and the original bytes of each evidence file.
    this.version(3).stores({ settings: '&name', evidenceFiles: '&evidenceId, caseId' });
    // v4: journal entries are hash-chained; entries written before get their chain computed.
    this.version(4)
      .stores({ journal: '++id, caseId, &[caseId+seq]' })
      .upgrade((transaction) => chainUnhashedJournalEntries(transaction.table('journal')));
    // v6: who is behind each attacking address (RDAP, pasted WHOIS, manual abuse contacts).
    this.version(6).stores({ addressLookups: '++id, caseId, [caseId+ip]' });
    // v7: attempts per minute per evidence file, and the person's decisions and settings per case.
    this.version(7).stores({
      attemptTimelines: '&evidenceId, caseId',
      caseDecisions: '++id, caseId, &[caseId+topic]',
    });
    // v8: the Report and Follow-up steps: edited summary paragraphs and choices, and the correspondence per abuse desk.
    this.version(8).stores({
      reportEdits: '++id, caseId, &[caseId+key]',
      correspondence: '++id, caseId, [caseId+abuseEmail]',
    });
    // v9: no new table; evidence of logs that write their own year says so (markYearsWrittenInLogs).
    this.version(9)
      .stores({})
      .upgrade((transaction) => markYearsWrittenInLogs(transaction.table('evidence')));
    // v10: journals bind their case and their heads are signed: each case gets its identity
    // (giveEachCaseAnIdentity), signed heads are kept per case; no stored hash is recomputed.
    this.version(10)
      .stores({ journalSeals: '++id, caseId, [caseId+seq]' })
      .upgrade((transaction) => giveEachCaseAnIdentity(transaction.table('cases')));
    // v11: the attempts a file shares with another file of the case (vsftpd.log and auth.log),
    // so the case counts each once; evidence imported before has none and is counted as before.
    this.version(11).stores({ pairedAttempts: '&evidenceId, caseId' });
  }
}

/**
 * Opens the database so that a newer version opened elsewhere (another window, an updated
 * worker) is not blocked: this copy closes and tells the caller, who asks for a reload.
 */
export function openNotebookDatabase(onOutdated: () => void, name?: string): NotebookDatabase {
  const db = new NotebookDatabase(name);
  db.on('versionchange', () => {
    db.close();
    onOutdated();
    return false;
  });
  return db;
}
