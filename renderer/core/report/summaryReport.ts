// Everything the management-summary PDF prints, gathered beforehand: the PDF document only lays
// it out. Built the same way from the case in the app and from log files by the command line.
import { attackAttempts } from '../analysis/attackOrder';
import { attackingSources } from '../analysis/attackHeadline';
import { addressMatcher } from './addressTokens';
import {
  attackDuration,
  managementSummary,
  verdictLine,
  type SummaryEdits,
  type SummaryFacts,
  type SummarySection,
} from './managementSummary';
import type { AttemptTimeline } from './reportEvidence';

export type TopSourceRow = {
  ip: string;
  attempts: number;
  users: number;
  owner: string;
  country: string;
  scope: string;
  firstSeen: number;
  lastSeen: number;
};

export type JournalRow = {
  seq: number;
  occurredAt: number;
  kind: string;
  summary: string;
  author: string;
  /** Who wrote it or on whose behalf the app did (the settings' name at the time). */
  authorName?: string;
};

export type EvidenceRow = { name: string; size: number; sha256: string };

/**
 * The journal head a report carries, so it can be checked against the journal later ("Check
 * against an earlier report"): printed in the footer and the appendix, and kept in the PDF's
 * metadata. Signed by this installation's key when it could sign.
 */
export type ReportJournalWitness = {
  caseKey: string;
  seq: number;
  hash: string;
  /** headCode: what a person types to check the report. */
  code: string;
  signature?: string;
  publicKey?: string;
  /** keyFingerprint of publicKey. */
  fingerprint?: string;
  /** recordSentence at export: "Record checked: nothing changed since it was written (45 entries)." */
  recordLine: string;
};

export type SummaryPdfInput = {
  caseTitle: string;
  organisation: string;
  author: string;
  server: string;
  /** The office's zone, for the local-time line and the chart's labels. */
  timeZone: string;
  verdictLine: string;
  sections: readonly SummarySection[];
  timeline: AttemptTimeline;
  /** How long the attempts went on ("4 hours 9 minutes"), as the "When" section says it; null without attackers. */
  attackDuration: string | null;
  topSources: readonly TopSourceRow[];
  journal: readonly JournalRow[];
  evidence: readonly EvidenceRow[];
  /** The hash of the journal's last entry: printed on every page, so a printout names the journal it came from. */
  chainHead: string;
  /** The signed head and the record's check at export; absent where no journal is kept (the CLI). */
  journalWitness?: ReportJournalWitness;
  generatedAt: number;
  /** A final report, written when the case is closed. */
  closingNote?: string;
};

export type SummaryReportExtras = {
  timeline: AttemptTimeline;
  journal: readonly JournalRow[];
  evidence: readonly EvidenceRow[];
  chainHead: string;
  generatedAt: number;
  closingNote?: string;
};

export const topSourceCount = 15;

export function summaryReport(
  facts: SummaryFacts,
  edits: SummaryEdits,
  extras: SummaryReportExtras,
): SummaryPdfInput {
  const isKnownGood = addressMatcher(facts.knownGood);
  const topSources = attackingSources(facts.sources)
    .filter((source) => !isKnownGood(source.ip))
    .slice(0, topSourceCount)
    .map((source) => {
      const owner = facts.owners.get(source.ip);
      return {
        ip: source.ip,
        attempts: attackAttempts(source),
        users: source.users.length,
        owner:
          source.scope !== 'public'
            ? 'our own network'
            : (owner?.owner ?? owner?.abuseEmail ?? 'not looked up'),
        country: owner?.country ?? '',
        scope: source.scope,
        firstSeen: source.firstSeen,
        lastSeen: source.lastSeen,
      };
    });
  return {
    caseTitle: facts.caseTitle,
    organisation: facts.organisation,
    author: facts.author,
    server: facts.server,
    timeZone: facts.timeZone,
    verdictLine: verdictLine(facts.verdict),
    sections: managementSummary(facts, edits),
    attackDuration: attackDuration(facts),
    topSources,
    ...extras,
  };
}
