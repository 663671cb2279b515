// Reads the evidence once more for what the reports need beyond the stored analysis: the raw
// lines that mention each reported address (the log excerpt; for Windows exports one readable
// line per event), the ports they came from, our server's host name as the log writes it, and
// when each address's attempts happened (for "since our first e-mail"). The chart is drawn from
// the analysis' own minutes instead (reportTimeline.ts).
import type { AuthEvent } from '../logs/authEvent';
import type { LogFormat, TimeAssumptions } from '../logs/logFormat';
import { createLineSplitter } from '../logs/lineSplitter';
import { createAnnouncementPairing } from '../analysis/announcementPairing';
import { candidateAddresses } from './addressTokens';
import { windowsExcerptLine } from './windowsExcerptLine';
import { detachText } from '../text/detachText';

/** One evidence file as the reports read it: its name and how its lines are read. */
export type EvidenceFile = { name: string; format: LogFormat; time: TimeAssumptions };
/** A whole file's text at once: for tests and small files; the hosts stream (createReportEvidenceCollector). */
export type EvidenceText = EvidenceFile & { text: string };

export type AddressEvidence = {
  /** Lines mentioning the address, in file order, at most `maxLinesPerAddress`. */
  lines: string[];
  /** Where each of `lines` stands across all files, so lines of several addresses merge in order. */
  positions: number[];
  /** All lines mentioning it, including those beyond the cap. */
  lineCount: number;
  ports: number[];
  /** When each failed attempt from the address happened (UTC ms), for "since our first email". */
  attemptTimes: number[];
};

export type AttemptTimeline = {
  start: number;
  bucketMs: number;
  counts: number[];
  /**
   * Of the charted attempts, those from addresses the person marked as ours: the minutes do not
   * say who, so the bars include them while the rest of the summary leaves them out.
   */
  fromOurAddresses?: number;
};

export type ReportEvidence = {
  byAddress: Map<string, AddressEvidence>;
  /** Host names in the syslog host field, most frequent first: our server's names. */
  hostNames: string[];
};

export const maxLinesPerAddress = 5_000;
const maxPortsPerAddress = 50;
const maxAttemptTimes = 100_000;

// "Nov 19 22:06:26 srv01 sshd[…]" or "2026-11-19T22:06:26+00:00 srv01 sshd[…]".
const hostField = /^(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d{4}-\d\d-\d\dT\S+) (\S+) /;

/** Gathers the report evidence of whole texts (tests, small files): see createReportEvidenceCollector. */
export function collectReportEvidence(
  files: readonly EvidenceText[],
  reportedAddresses: readonly string[],
): ReportEvidence {
  const collector = createReportEvidenceCollector(reportedAddresses);
  for (const file of files) {
    const reading = collector.file(file);
    reading.push(file.text);
    reading.end();
  }
  return collector.result();
}

export type ReportEvidenceCollector = {
  /** Starts the next file (files in order): its text goes to push() piece by piece, then end(). */
  file(file: EvidenceFile): { push(text: string): void; end(): void };
  result(): ReportEvidence;
};

/**
 * Reads the evidence as it streams past, a piece of text at a time: a 2 GB log is never one
 * string (TextDecoder and fs refuse that: DECISIONS.md, "Streams, not strings"). What it keeps is
 * bounded: at most maxLinesPerAddress lines and maxAttemptTimes times per reported address, and
 * the case's attempts as counts per minute.
 */
export function createReportEvidenceCollector(reportedAddresses: readonly string[]): ReportEvidenceCollector {
  const byAddress = new Map<string, AddressEvidence>(
    reportedAddresses.map((address) => [
      address,
      { lines: [], positions: [], lineCount: 0, ports: [], attemptTimes: [] },
    ]),
  );
  const hosts = new Map<string, number>();
  let position = 0;

  function file(file: EvidenceFile): { push(text: string): void; end(): void } {
    const countAttempt = (event: AuthEvent) => {
      const from = event.ip === undefined ? undefined : byAddress.get(event.ip);
      if (from && from.attemptTimes.length < maxAttemptTimes) {
        for (let count = 0; count < event.count; count++) from.attemptTimes.push(event.time);
      }
    };
    // One guessed name is one attempt, as the analysis counts (announcementPairing.ts): an
    // "Invalid user" line counts only when no password for that name followed.
    const announcements = createAnnouncementPairing();
    const onEvent = (event: AuthEvent) => {
      if (event.kind === 'auth-failure') {
        announcements.answer(event);
        countAttempt(event);
      } else if (event.kind === 'invalid-user') {
        if (event.pid === undefined) countAttempt(event);
        const pushedOut = announcements.announce(event);
        if (pushedOut) countAttempt(pushedOut);
      }
      if (event.ip === undefined || event.port === undefined) return;
      const seen = byAddress.get(event.ip);
      if (seen && seen.ports.length < maxPortsPerAddress && !seen.ports.includes(event.port)) {
        seen.ports.push(event.port);
      }
    };
    if (file.format.createRecordParser) {
      // Record formats (Windows exports): a line of theirs is a scrap of XML or of a message, so
      // the excerpt gets one readable line per event instead, in time order (exports list the
      // newest event first).
      const recordParser = file.format.createRecordParser(file.time);
      const mentioned: AuthEvent[] = [];
      const sink = {
        emit(event: AuthEvent) {
          onEvent(event);
          if (event.ip !== undefined && byAddress.has(event.ip)) mentioned.push(event);
        },
        unrecognized: () => undefined,
      };
      return {
        push: (text) => recordParser.push(text, sink),
        end() {
          recordParser.finish(sink);
          announcements.unanswered().forEach(countAttempt);
          for (const event of mentioned.sort((a, b) => a.time - b.time)) {
            position++;
            const seen = byAddress.get(event.ip ?? '');
            if (!seen) continue;
            seen.lineCount++;
            if (seen.lines.length >= maxLinesPerAddress) continue;
            seen.lines.push(windowsExcerptLine(event));
            seen.positions.push(position);
          }
        },
      };
    }
    const lineParser = file.format.createParser(file.time);
    const splitter = createLineSplitter((text, start, end, lineNumber) => {
      const line = text.slice(start, end);
      position++;
      lineParser.parseLine(line, lineNumber, onEvent);
      const host = hostField.exec(line)?.[1];
      if (host !== undefined) hosts.set(host, (hosts.get(host) ?? 0) + 1);
      const mentioned = new Set(candidateAddresses(line));
      for (const address of mentioned) {
        const seen = byAddress.get(address);
        if (!seen) continue;
        seen.lineCount++;
        if (seen.lines.length >= maxLinesPerAddress) continue;
        // A copy: a line cut from a piece would keep the whole piece alive.
        seen.lines.push(detachText(line));
        seen.positions.push(position);
      }
    });
    return {
      push: (text) => splitter.push(text),
      end() {
        splitter.end();
        lineParser.finish?.(onEvent);
        announcements.unanswered().forEach(countAttempt);
      },
    };
  }

  return {
    file,
    result() {
      for (const seen of byAddress.values()) seen.ports.sort((a, b) => a - b);
      return {
        byAddress,
        hostNames: [...hosts].sort((a, b) => b[1] - a[1]).map(([host]) => host),
      };
    },
  };
}

/** Attempts from these addresses after a moment (our first email), or null when there were none. */
export function attemptsSince(
  evidence: ReadonlyMap<string, AddressEvidence>,
  addresses: readonly string[],
  after: number,
): { attempts: number; window: { first: number; last: number } } | null {
  let attempts = 0;
  let first = Infinity;
  let last = -Infinity;
  for (const address of addresses) {
    for (const time of evidence.get(address)?.attemptTimes ?? []) {
      if (time <= after) continue;
      attempts++;
      if (time < first) first = time;
      if (time > last) last = time;
    }
  }
  return attempts === 0 ? null : { attempts, window: { first, last } };
}
