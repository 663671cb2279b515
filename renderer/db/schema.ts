// The local database: every case, its evidence and what the analysis found, in IndexedDB.
// Both the page and the import worker open it. Before changing a table: add a new version below
// (never edit an old one), give it a one-line reason, and write any data migration as a named
// function with its own test.
import { Dexie, type EntityTable } from 'dexie';
import type { AuthEvent } from '../core/logs/authEvent';
import type { AttackSource, Login } from '../core/analysis/attackSource';
import type { JournalEntryInput } from '../core/journal/journalEntry';

export type CaseStatus = 'open' | 'closed';

export type CaseRecord = {
  id: number;
  title: string;
  /** The affected server, as the person names it. */
  server: string;
  /** What was noticed, in the person's words. */
  description: string;
  noticedBy: string;
  status: CaseStatus;
  createdAt: number;
  updatedAt: number;
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
  /** The zone and year classic syslog timestamps were read with. */
  timeZone: string;
  year: number;
  lines: number;
  events: number;
  unrecognized: number;
  unrecognizedSample: string[];
  status: EvidenceStatus;
};

type PerEvidence = { id: number; caseId: number; evidenceId: number };
export type AttackSourceRecord = AttackSource & PerEvidence;
export type LoginRecord = Login & PerEvidence;
export type NotableEventRecord = AuthEvent & PerEvidence;

/** One journal line. Append-only: never updated, never deleted. */
export type JournalRecord = Required<Pick<JournalEntryInput, 'kind' | 'summary' | 'author'>> &
  Pick<JournalEntryInput, 'details' | 'corrects'> & {
    id: number;
    caseId: number;
    /** Position in the case's journal, from 1. */
    seq: number;
    occurredAt: number;
    writtenAt: number;
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
