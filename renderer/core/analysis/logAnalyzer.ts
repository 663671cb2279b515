// The one pipeline from log text to analysis. The import worker and the command line both run
// it, so the app and a script give the same counts for the same file.
import type { AuthEvent, EventKind } from '../logs/authEvent';
import type { LogFormat, RecordSink, TimeAssumptions } from '../logs/logFormat';
import type { AttackSource, Login } from './attackSource';
import { createLineSplitter } from '../logs/lineSplitter';
import { detachText } from '../text/detachText';
import { createAttackTally } from './attackTally';
import type { AttemptTimeline } from './attemptTimeline';
import type { NotableEvent } from './notableEvent';
import { notableTextLimit } from './notableEvent';
import { createLogCoverage } from './logCoverage';

export type FileSummary = {
  format: string;
  lines: number;
  events: number;
  unrecognized: number;
  unrecognizedSample: string[];
  tooLongLines: number;
};

export type LogAnalysis = {
  summary: FileSummary;
  sources: AttackSource[];
  logins: Login[];
  notableEvents: NotableEvent[];
  /** Attempts per minute and the time the file covers. */
  timeline: AttemptTimeline;
};

export type LogAnalyzer = {
  push(text: string): void;
  finish(): LogAnalysis;
  linesRead(): number;
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

export function createLogAnalyzer(options: {
  file: string;
  format: LogFormat;
  time: TimeAssumptions;
  /**
   * Sees every event as it is found. Its strings are cut from the read chunk: copy them
   * (detachText) before keeping an event, or keep the chunk alive with it.
   */
  onEvent?: (event: AuthEvent) => void;
}): LogAnalyzer {
  const { file, format, onEvent } = options;
  // Line formats go through the line splitter; record formats (Windows exports) get the text.
  const records = format.createRecordParser?.(options.time);
  const parser = records ? undefined : format.createParser(options.time);
  const tally = createAttackTally(file);
  const notableEvents: NotableEvent[] = [];
  const coverage = createLogCoverage(options.time);
  // The line being read: text[lineStart, lineEnd), cut out only when an event must quote it.
  let lineText = '';
  let lineStart = 0;
  let lineEnd = 0;
  const unrecognizedSample: string[] = [];
  let events = 0;
  let unrecognized = 0;

  function emit(event: AuthEvent): void {
    events += 1;
    const notable = isNotableKind(event.kind) || event.accountChange !== undefined;
    // Only logins keep their line (a verdict quotes it); the line is cut out for those alone.
    tally.add(event, event.kind === 'success' ? lineText.slice(lineStart, lineEnd) : undefined);
    if (notable) {
      const text = lineText.slice(lineStart, Math.min(lineEnd, lineStart + notableTextLimit));
      notableEvents.push({ ...detachEvent(event), text: detachText(text) });
    }
    onEvent?.(event);
  }

  const splitter = createLineSplitter((text, start, end, lineNumber) => {
    lineText = text;
    lineStart = start;
    lineEnd = end;
    coverage.see(text, start, end);
    if (parser?.parseAt !== undefined) {
      if (parser.parseAt(text, start, end, lineNumber, emit)) return;
    } else if (parser?.parseLine(text.slice(start, end), lineNumber, emit)) {
      return;
    }
    countUnrecognized(text.slice(start, end));
  });

  function countUnrecognized(text: string): void {
    unrecognized += 1;
    if (unrecognizedSample.length < unrecognizedSampleSize && text.trim() !== '') {
      unrecognizedSample.push(detachText(text.slice(0, unrecognizedSampleWidth)));
    }
  }

  const recordSink: RecordSink = {
    emit(event, recordText) {
      lineText = recordText ?? '';
      lineStart = 0;
      lineEnd = lineText.length;
      emit(event);
    },
    unrecognized: countUnrecognized,
  };

  return {
    push: (text) => (records ? records.push(text, recordSink) : splitter.push(text)),
    linesRead: () => (records ? records.lines() : splitter.lines()),
    finish() {
      splitter.end();
      parser?.finish?.(emit); // what the parser held back waiting for a line that never came
      records?.finish(recordSink);
      return {
        summary: {
          format: format.id,
          lines: records ? records.lines() : splitter.lines(),
          events,
          unrecognized,
          unrecognizedSample,
          tooLongLines: splitter.tooLongLines(),
        },
        sources: tally.attackSources(),
        logins: tally.logins(),
        notableEvents,
        timeline: timelineWithCoverage(tally.timeline(), coverage.span()),
      };
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

/** A stored event must not keep the chunk its strings were cut from alive. */
function detachEvent(event: AuthEvent): AuthEvent {
  return {
    ...event,
    ip: event.ip === undefined ? undefined : detachText(event.ip),
    user: event.user === undefined ? undefined : detachText(event.user),
    method: event.method === undefined ? undefined : detachText(event.method),
  };
}
