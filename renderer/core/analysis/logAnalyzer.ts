// The one pipeline from log text to analysis. The import worker and the command line both run
// it, so the app and a script give the same counts for the same file.
import type { AuthEvent, EventKind } from '../logs/authEvent';
import type { LogFormat, TimeAssumptions } from '../logs/logFormat';
import type { AttackSource, Login } from './attackSource';
import { createLineSplitter } from '../logs/lineSplitter';
import { detachText } from '../text/detachText';
import { createAttackTally } from './attackTally';

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
  notableEvents: AuthEvent[];
};

export type LogAnalyzer = {
  push(text: string): void;
  finish(): LogAnalysis;
  linesRead(): number;
};

/** Kinds rare enough to keep one by one; failures and probes come by the million and are tallied. */
export const notableKinds: ReadonlySet<EventKind> = new Set([
  'success',
  'session-open',
  'session-close',
  'ban',
  'unban',
]);

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
  const parser = format.createParser(options.time);
  const tally = createAttackTally(file);
  const notableEvents: AuthEvent[] = [];
  const unrecognizedSample: string[] = [];
  let events = 0;
  let unrecognized = 0;

  function emit(event: AuthEvent): void {
    events += 1;
    tally.add(event);
    if (notableKinds.has(event.kind)) notableEvents.push(detachEvent(event));
    onEvent?.(event);
  }

  const splitter = createLineSplitter((line, lineNumber) => {
    if (parser.parseLine(line, lineNumber, emit)) return;
    unrecognized += 1;
    if (unrecognizedSample.length < unrecognizedSampleSize && line.trim() !== '') {
      unrecognizedSample.push(detachText(line.slice(0, unrecognizedSampleWidth)));
    }
  });

  return {
    push: (text) => splitter.push(text),
    linesRead: () => splitter.lines(),
    finish() {
      splitter.end();
      return {
        summary: {
          format: format.id,
          lines: splitter.lines(),
          events,
          unrecognized,
          unrecognizedSample,
          tooLongLines: splitter.tooLongLines(),
        },
        sources: tally.attackSources(),
        logins: tally.logins(),
        notableEvents,
      };
    },
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
