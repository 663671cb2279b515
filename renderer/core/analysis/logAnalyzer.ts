// The one pipeline from log text to analysis. The import worker and the command line both run
// it, so the app and a script give the same counts for the same file.
import type { AuthEvent, EventKind } from '../logs/authEvent';
import type { EventCounter, LogFormat, RecordSink, TimeAssumptions } from '../logs/logFormat';
import type { AttackSource, Login } from './attackSource';
import { createLineSplitter } from '../logs/lineSplitter';
import { detachText } from '../text/detachText';
import { createAttackTally } from './attackTally';
import type { AttemptTimeline } from './attemptTimeline';
import type { NotableEvent } from './notableEvent';
import { createUnplacedAttempts, type UnplacedAttempts } from './unplacedAttempts';
import { isKeptOneByOne, notableTextLimit } from './notableEvent';
import { createLogCoverage } from './logCoverage';
import { createFileAttempts, type FileAttempts } from './crossFileAttempts';
import { createSourceNames } from './sourceNames';

export type FileSummary = {
  format: string;
  /** Line breaks read (for a record format too: its progress is counted in lines). */
  lines: number;
  events: number;
  /**
   * How the file was counted: every unit is about logins, not about logins, or unreadable, and
   * the three add up to `units`. A unit is a line, or for Windows exports and journal exports a
   * record (an event that spans many lines, or one line of many events).
   */
  unit?: 'line' | 'record';
  units?: number;
  aboutLogins?: number;
  notAboutLogins?: number;
  /** Units in no shape the file's format writes (garbage, a cut line, no address where one belongs). */
  unreadable?: number;
  /** Units not about logins, and unreadable ones: both are listed for the person. */
  unrecognized: number;
  unrecognizedSample: string[];
  tooLongLines: number;
  /** What the person must know about how the file was read (see RecordSink.note); often none. */
  notes?: string[];
};

export type LogAnalysis = {
  summary: FileSummary;
  sources: AttackSource[];
  logins: Login[];
  notableEvents: NotableEvent[];
  /** Attempts per minute and the time the file covers. */
  timeline: AttemptTimeline;
  /**
   * Failed attempts of the services that write one attempt into two files (vsftpd.log and
   * auth.log …), so the case can count each once (crossFileAttempts.ts).
   */
  twoFileAttempts?: FileAttempts;
  /** Windows failures that named no address, with the computer names the clients gave. */
  unplacedAttempts?: UnplacedAttempts;
};

export type LogAnalyzer = {
  /**
   * The file's next piece of text. `ascii`, when the caller has it, is the same text as bytes
   * and the text is all ASCII (the command line checks each 64 KiB it reads); parsers then read
   * the common lines from the bytes (LineParser.parseAt).
   */
  push(text: string, ascii?: Uint8Array): void;
  /**
   * `dropUnfinishedLine`: a last line without a line break is not read (the file was cut there,
   * and the line's end is missing), so it counts nowhere.
   */
  finish(options?: { dropUnfinishedLine?: boolean }): LogAnalysis;
  linesRead(): number;
  /** Lines read with the year and zone assumed, not written (see LineParser.assumedTimes). */
  assumedTimes(): number;
};

/** Kinds rare enough to keep one by one; failures and probes come by the million and are tallied. */
function isNotableKind(kind: EventKind): boolean {
  switch (kind) {
    case 'success':
    case 'session-open':
    case 'session-close':
    case 'ban':
    case 'unban':
      return true;
    default:
      return false;
  }
}

const unrecognizedSampleSize = 20;
const unrecognizedSampleWidth = 500;

/** What was read of a file's lines (the rest of FileSummary comes from the events). */
type LinesRead = {
  lines: number;
  unit: 'line' | 'record';
  units: number;
  unreadable: number;
  tooLongLines: number;
  unrecognized: number;
  unrecognizedSample: string[];
  /** UTC ms of the first and last line with a readable stamp (NaN when none). */
  span: { start: number; end: number };
  notes: string[];
};

/**
 * The lines that were not about logins: counted, and the first few kept to show the person
 * ("815 lines were not about logins — show the first 20").
 */
function createUnrecognizedLines() {
  let count = 0;
  const sample: string[] = [];
  return {
    /** The line text[start, end) was not about logins. */
    add(text: string, start: number, end: number): void {
      count += 1;
      if (sample.length >= unrecognizedSampleSize) return;
      const line = text.slice(start, end);
      if (line.trim() !== '') sample.push(detachText(line.slice(0, unrecognizedSampleWidth)));
    },
    count: () => count,
    sample: () => sample,
  };
}

/**
 * What the analysis does with each event: counts it, tallies it per address and minute, and keeps
 * the rare ones one by one.
 */
function createEventAnalysis(file: string, onEvent?: (event: AuthEvent) => void) {
  const tally = createAttackTally(file);
  const twoFileAttempts = createFileAttempts();
  const unplaced = createUnplacedAttempts();
  const notableEvents: NotableEvent[] = [];
  let events = 0;
  // Events a parser hands over as numbers (most of a big log): counted without an object each.
  const counter: EventCounter = {
    books: tally.books,
    count(event) {
      if (isNotableKind(event.kind)) return false; // kept one by one, with its line: as an AuthEvent
      events += 1;
      tally.countAt(
        event.kind,
        event.ip,
        event.user,
        event.time,
        event.count,
        event.pid === 0 ? -1 : event.pid,
        event.service,
        event.hostName,
        event.method,
      );
      return true;
    },
  };
  return {
    counter,
    /** An event found on the line text[start, end) (logins and notable events quote it). */
    add(event: AuthEvent, text: string, start: number, end: number): void {
      events += 1;
      // Only logins keep their line (a verdict quotes it); the line is cut out for those alone.
      tally.add(event, event.kind === 'success' ? text.slice(start, end) : undefined);
      twoFileAttempts.see(event);
      unplaced.see(event);
      if (isNotableKind(event.kind) || isKeptOneByOne(event)) {
        const quoted = text.slice(start, Math.min(end, start + notableTextLimit));
        notableEvents.push(notableCopy(event, detachText(quoted)));
      }
      onEvent?.(event);
    },
    finish(format: string, lines: LinesRead): LogAnalysis {
      const unplacedAttempts = unplaced.result();
      return {
        summary: {
          format,
          lines: lines.lines,
          events,
          unit: lines.unit,
          units: lines.units,
          aboutLogins: lines.units - lines.unrecognized,
          notAboutLogins: lines.unrecognized - lines.unreadable,
          unreadable: lines.unreadable,
          unrecognized: lines.unrecognized,
          unrecognizedSample: lines.unrecognizedSample,
          tooLongLines: lines.tooLongLines,
          ...(lines.notes.length > 0 ? { notes: lines.notes } : {}),
        },
        sources: tally.attackSources(),
        logins: tally.logins(),
        notableEvents,
        timeline: timelineWithCoverage(tally.timeline(), lines.span),
        twoFileAttempts: twoFileAttempts.result(),
        ...(unplacedAttempts === undefined ? {} : { unplacedAttempts }),
      };
    },
  };
}

export function createLogAnalyzer(options: {
  file: string;
  format: LogFormat;
  time: TimeAssumptions;
  /**
   * Sees every event as it is found. Its strings may be cut from the read chunk: copy them
   * (detachText) before keeping an event, or keep the chunk alive with it. Costs time: without
   * it the sshd reader hands most events over as numbers (EventCounter), with it each one is made.
   */
  onEvent?: (event: AuthEvent) => void;
}): LogAnalyzer {
  const { format } = options;
  // Line formats go through the line splitter; record formats (Windows exports) get the text.
  const records = format.createRecordParser?.(options.time);
  const analysis = createEventAnalysis(options.file, options.onEvent);
  // Events as numbers unless someone wants to see each event.
  const parser = records
    ? undefined
    : format.createParser(options.time, options.onEvent ? undefined : analysis.counter);
  const coverage = createLogCoverage(options.time);
  const unrecognized = createUnrecognizedLines();
  // The line being read: text[lineStart, lineEnd), cut out only when an event must quote it.
  let lineText = '';
  let lineStart = 0;
  let lineEnd = 0;
  // The piece being pushed and its bytes: a line inside it can be read from them; a line that
  // spans two pieces arrives as a string of its own, which has no bytes.
  let pushedText = '';
  let pushedAscii: Uint8Array | undefined;

  // What stands where an address belongs must be one (or a host name): a line whose event names
  // "999.1.1.1" or an escape sequence is unreadable, and nothing counts from it.
  const sources = createSourceNames();
  let voided = 0; // events of the current line dropped for that reason
  let kept = 0;
  let unreadableByAddress = 0;
  const emit = (event: AuthEvent): void => {
    if (!sources.settle(event)) {
      voided += 1;
      return;
    }
    kept += 1;
    analysis.add(event, lineText, lineStart, lineEnd);
  };

  const splitter = createLineSplitter((text, start, end, lineNumber) => {
    lineText = text;
    lineStart = start;
    lineEnd = end;
    coverage.see(text, start, end);
    voided = 0;
    kept = 0;
    let about: boolean | undefined;
    if (parser?.parseAt !== undefined) {
      const ascii = text === pushedText ? pushedAscii : undefined;
      about = parser.parseAt(text, start, end, lineNumber, emit, ascii);
    } else {
      about = parser?.parseLine(text.slice(start, end), lineNumber, emit);
    }
    if (about && !(voided > 0 && kept === 0)) return;
    if (about) unreadableByAddress += 1;
    unrecognized.add(text, start, end);
  });

  const notes: string[] = [];
  // A record format's unit is the record: the records with events, by the line they start on.
  let recordsAbout = 0;
  let lastRecordLine = -1;
  const recordSink: RecordSink = {
    emit(event, recordText = '') {
      if (event.line !== lastRecordLine) {
        lastRecordLine = event.line;
        recordsAbout += 1;
      }
      if (!sources.settle(event)) return;
      analysis.add(event, recordText, 0, recordText.length);
    },
    unrecognized: (text) => unrecognized.add(text, 0, text.length),
    note: (text) => notes.push(text),
  };

  return {
    push(text, ascii) {
      if (records) return records.push(text, recordSink);
      pushedText = text;
      pushedAscii = ascii !== undefined && ascii.length === text.length ? ascii : undefined;
      splitter.push(text);
      // The caller may reuse the bytes for its next read: no line may be read from them later.
      pushedText = '';
      pushedAscii = undefined;
    },
    linesRead: () => (records ? records.lines() : splitter.lines()),
    assumedTimes: () => parser?.assumedTimes?.() ?? 0,
    finish(finishing = {}) {
      if (finishing.dropUnfinishedLine) splitter.dropUnfinished();
      splitter.end();
      parser?.finish?.(emit); // what the parser held back waiting for a line that never came
      records?.finish(recordSink);
      const lines = records ? records.lines() : splitter.lines();
      return analysis.finish(format.id, {
        lines,
        unit: records ? 'record' : 'line',
        units: records ? recordsAbout + unrecognized.count() : lines,
        unreadable: unreadableByAddress + (parser?.unreadableLines?.() ?? 0),
        tooLongLines: splitter.tooLongLines(),
        unrecognized: unrecognized.count(),
        unrecognizedSample: unrecognized.sample(),
        span: coverage.span(),
        notes,
      });
    },
  };
}

/** The lines' own first and last stamps where readable (they include CRON, sudo …), else the events'. */
function timelineWithCoverage(
  timeline: AttemptTimeline,
  span: { start: number; end: number },
): AttemptTimeline {
  return {
    ...timeline,
    logStart: Number.isFinite(span.start) ? span.start : timeline.logStart,
    logEnd: Number.isFinite(span.end) ? span.end : timeline.logEnd,
  };
}

/**
 * The event as kept, with its line `text`: a new object (the event itself is onEvent's and the
 * tally's), whose strings no longer point into the chunk they were cut from. Object.assign onto
 * a fresh object, not `{ ...detached, text }`: in V8 a spread followed by a property it did not
 * copy made each kept event about 515 bytes instead of 155 (measured on a million events), and a
 * backup job's million logins keep a million of them.
 */
function notableCopy(event: AuthEvent, text: string): NotableEvent {
  return Object.assign({}, event, {
    ip: event.ip === undefined ? undefined : detachText(event.ip),
    user: event.user === undefined ? undefined : detachText(event.user),
    method: event.method === undefined ? undefined : detachText(event.method),
    text,
  });
}
