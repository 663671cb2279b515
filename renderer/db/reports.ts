// What the Report step reads and writes: the whole case gathered into the inputs of the summary
// and the abuse emails, the person's edits (summary paragraphs, masking choices, remediation
// ticks) kept per case, and the journal entries for an exported PDF or a ticked step.
import { logClearedWarnings } from '../core/analysis/logClearedWarnings';
import type { EvidenceRecord, NotebookDatabase } from './schema';
import { caseAttackReview } from './attackReview';
import { caseAddressFindings } from './lookups';
import { caseJournal, appendJournalEntry } from './journal';
import { evidenceTextPieces } from './evidenceFiles';
import { getCase } from './queries';
import { readSettings } from './settings';
import { formatById } from '../core/logs/formatRegistry';
import { attackAttempts } from '../core/analysis/attackOrder';
import type { SourceOwner } from '../core/report/abuseGroups';
import { sourceOwner } from '../core/report/sourceOwner';
import { reportAudience, type ReportAudience } from '../core/report/abuseGroups';
import type { SummaryEdits, SummaryFacts, SummarySectionId, Verdict } from '../core/report/managementSummary';
import { reportVerdict, summarySectionIds } from '../core/report/managementSummary';
import { reportTimeline } from '../core/report/reportTimeline';
import { createReportEvidenceCollector, type ReportEvidence } from '../core/report/reportEvidence';
import type { SummaryReportExtras } from '../core/report/summaryReport';
import type { Reporter } from '../core/report/abuseEmailDraft';
import type { ReportJournalWitness } from '../core/report/summaryReport';
import { headCode, keyFingerprint } from '../core/journal/journalHead';
import { recordSentence } from '../core/journal/recordCheck';
import { sealCaseHead } from './journalSeals';
import { checkCaseRecord } from './caseRecordCheck';

/** What the person chose to hide or show in the abuse emails, per case. */
export type MaskingChoices = {
  maskUsers: string[];
  hostNames: string[];
  ourServer: string;
  maskInternalAddresses: boolean;
  includeXarf: boolean;
};

export type CaseReportEdits = {
  summary: SummaryEdits;
  masking: MaskingChoices | null;
  remediationDone: Set<string>;
};

export type CaseReport = {
  caseId: number;
  facts: SummaryFacts;
  extras: SummaryReportExtras;
  audience: ReportAudience;
  evidence: ReportEvidence;
  reporter: Reporter;
  /** The log clock's zone of the first evidence file: the excerpt's stamps are in it. */
  logTimeZone: string;
  knownGoodUsers: string[];
  reference: string;
  status: 'open' | 'closed';
  closingNote: string;
};

const summaryKey = (id: SummarySectionId) => `summary:${id}`;
const maskingKey = 'masking';
const remediationKey = (id: string) => `remediation:${id}`;

async function putEdit(db: NotebookDatabase, caseId: number, key: string, value: unknown): Promise<void> {
  const existing = await db.reportEdits.where('[caseId+key]').equals([caseId, key]).first();
  if (existing) await db.reportEdits.update(existing.id, { value, updatedAt: Date.now() });
  else await db.reportEdits.add({ caseId, key, value, updatedAt: Date.now() });
}

export async function readReportEdits(db: NotebookDatabase, caseId: number): Promise<CaseReportEdits> {
  const rows = await db.reportEdits.where('caseId').equals(caseId).toArray();
  const edits: CaseReportEdits = { summary: {}, masking: null, remediationDone: new Set() };
  for (const row of rows) {
    const section = summarySectionIds.find((id) => row.key === summaryKey(id));
    if (section && typeof row.value === 'string') edits.summary[section] = row.value;
    if (row.key === maskingKey && row.value && typeof row.value === 'object')
      edits.masking = row.value as MaskingChoices;
    if (row.key.startsWith('remediation:') && row.value === true)
      edits.remediationDone.add(row.key.slice(12));
  }
  return edits;
}

/** Keeps the person's text for a section; null goes back to the generated text. */
export async function saveSummaryEdit(
  db: NotebookDatabase,
  caseId: number,
  id: SummarySectionId,
  text: string | null,
): Promise<void> {
  if (text === null) {
    await db.reportEdits
      .where('[caseId+key]')
      .equals([caseId, summaryKey(id)])
      .delete();
    return;
  }
  await putEdit(db, caseId, summaryKey(id), text);
}

export async function saveMaskingChoices(
  db: NotebookDatabase,
  caseId: number,
  choices: MaskingChoices,
): Promise<void> {
  await putEdit(db, caseId, maskingKey, choices);
}

/** Ticking a remediation step journals it, in the same transaction. */
export async function tickRemediation(
  db: NotebookDatabase,
  caseId: number,
  item: { id: string; title: string },
  done: boolean,
): Promise<void> {
  await db.transaction('rw', [db.reportEdits, db.journal, db.cases], async () => {
    await putEdit(db, caseId, remediationKey(item.id), done);
    await appendJournalEntry(db, caseId, {
      kind: 'checklist',
      summary: done ? `Done: ${item.title}.` : `Marked as not done after all: ${item.title}.`,
      author: 'person',
      details: { item: item.id, done },
    });
  });
}

/**
 * Signs the case's newest head for a report about to be made, and says how the record checks:
 * what the PDF prints and keeps so it can be checked against the journal later.
 */
export async function reportJournalWitness(
  db: NotebookDatabase,
  caseId: number,
): Promise<ReportJournalWitness | undefined> {
  const outcome = await sealCaseHead(db, caseId, 'pdf');
  const check = await checkCaseRecord(db, caseId);
  const head = outcome.sealed ? outcome.seal : check.head;
  if (!head || !check.caseKey) return undefined;
  const signed = outcome.sealed
    ? {
        signature: outcome.seal.signature,
        publicKey: outcome.seal.publicKey,
        fingerprint: keyFingerprint(outcome.seal.publicKey),
      }
    : {};
  return {
    caseKey: check.caseKey,
    seq: head.seq,
    hash: head.hash,
    code: headCode(head),
    ...signed,
    recordLine: recordSentence(check).sentence,
  };
}

export async function recordPdfExport(
  db: NotebookDatabase,
  caseId: number,
  export_: {
    fileName: string;
    sha256: string;
    size: number;
    final: boolean;
    witness?: Pick<ReportJournalWitness, 'seq' | 'hash' | 'code'> | undefined;
  },
): Promise<void> {
  const witness = export_.witness;
  const carries = witness ? ` It carries the journal up to entry ${witness.seq} (code ${witness.code}).` : '';
  await appendJournalEntry(db, caseId, {
    kind: 'report',
    summary: `${export_.final ? 'Final report' : 'Management summary'} exported as ${export_.fileName} (SHA-256 ${export_.sha256.slice(0, 12)}…).${carries}`,
    details: {
      file: export_.fileName,
      sha256: export_.sha256,
      bytes: export_.size,
      final: export_.final,
      ...(witness ? { 'journal head': witness.hash, 'head entry': witness.seq } : {}),
    },
  });
}

// The screens re-gather on every journal entry; reading a large log again each time would take
// seconds. The evidence is immutable once imported, so one cached reading per evidence set is safe.
let cachedEvidence: { key: string; evidence: ReportEvidence } | null = null;

async function reportEvidenceOf(
  db: NotebookDatabase,
  caseId: number,
  files: readonly EvidenceRecord[],
  addresses: readonly string[],
): Promise<ReportEvidence> {
  const key = `${caseId}|${files.map((file) => `${file.id}:${file.sha256}`).join(',')}|${addresses.join(',')}`;
  if (cachedEvidence?.key === key) return cachedEvidence.evidence;
  // Streamed piece by piece: a 2 GB log is never one string (DECISIONS.md, "Streams, not strings").
  const collector = createReportEvidenceCollector(addresses);
  for (const file of files) {
    const format = formatById(file.formatId);
    if (!format) continue;
    const pieces = await evidenceTextPieces(db, file.id); // unpacked and decoded as imported
    if (!pieces) continue;
    const reading = collector.file({
      name: file.name,
      format,
      time: { year: file.year, timeZone: file.timeZone },
    });
    for await (const piece of pieces) reading.push(piece);
    reading.end();
  }
  const evidence = collector.result();
  cachedEvidence = { key, evidence };
  return evidence;
}

function verdictOf(review: Awaited<ReturnType<typeof caseAttackReview>>): Verdict {
  const attack =
    review.attackDecision?.verdict === 'attack'
      ? 'confirmed'
      : review.attackDecision?.verdict === 'false-alarm'
        ? 'dismissed'
        : 'undecided';
  return reportVerdict(review.verdict, attack);
}

export async function gatherCaseReport(
  db: NotebookDatabase,
  caseId: number,
  now = Date.now(),
): Promise<CaseReport | undefined> {
  const incident = await getCase(db, caseId);
  if (!incident) return undefined;
  const [review, findings, journal, settings] = await Promise.all([
    caseAttackReview(db, caseId),
    caseAddressFindings(db, caseId),
    caseJournal(db, caseId),
    readSettings(db),
  ]);
  const owners = new Map<string, SourceOwner>();
  for (const [ip, found] of findings) owners.set(ip, sourceOwner(found));
  const attackers = review.sources.filter((source) => attackAttempts(source) > 0);
  const evidence = await reportEvidenceOf(
    db,
    caseId,
    review.evidence,
    attackers.map((source) => source.ip),
  );
  const knownGood = review.knownGood.networks;
  return {
    caseId,
    facts: {
      caseTitle: incident.title,
      server: incident.server,
      organisation: settings.organisation,
      author: settings.name,
      timeZone: settings.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
      sources: review.sources,
      logins: review.logins,
      owners,
      knownGood,
      verdict: verdictOf(review),
      logsCleared: logClearedWarnings(review.notableEvents).map((warning) => warning.text),
      journal: journal.map((entry) => ({
        occurredAt: entry.occurredAt,
        kind: entry.kind,
        summary: entry.summary,
        ...(entry.details === undefined ? {} : { details: entry.details }),
      })),
    },
    extras: {
      timeline: reportTimeline(
        review.timelines,
        review.ourSources.reduce((sum, source) => sum + attackAttempts(source), 0),
      ),
      journal: journal.map((entry) => ({
        seq: entry.seq,
        occurredAt: entry.occurredAt,
        kind: entry.kind,
        summary: entry.summary,
        author: entry.author,
        ...(entry.authorName ? { authorName: entry.authorName } : {}),
      })),
      evidence: review.evidence.map((file) => ({ name: file.name, size: file.size, sha256: file.sha256 })),
      chainHead: journal.at(-1)?.hash ?? 'no journal entries yet',
      generatedAt: now,
    },
    audience: reportAudience(review.sources, owners, knownGood),
    evidence,
    reporter: { name: settings.name, organisation: settings.organisation, email: settings.email },
    logTimeZone: clockZoneOf(review.evidence),
    knownGoodUsers: review.knownGood.userNames,
    reference: `IN-${caseId}`,
    status: incident.status,
    closingNote: incident.closingNote ?? '',
  };
}

/**
 * The zone the server's clock wrote line stamps in, for the e-mail's "Line stamps are …": that of
 * the first log whose stamps needed one (a Windows or RFC 3339 export carries its own and says
 * nothing about the clock), else UTC.
 */
function clockZoneOf(evidence: readonly EvidenceRecord[]): string {
  return evidence.find((file) => file.yearSource !== undefined)?.timeZone ?? 'UTC';
}
