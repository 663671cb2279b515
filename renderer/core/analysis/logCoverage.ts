// When a file's lines start and end, including the lines that are not about logins (CRON, sudo):
// "the log starts mid-attack" must be judged from the first line, not from the first attack.
import type { TimeAssumptions } from '../logs/logFormat';
import { createSyslogHeader, createSyslogTimeReader, readSyslogHeader } from '../logs/syslogLine';
import { detachText } from '../text/detachText';

export type LogCoverage = {
  /** Sees the line text[start, end). */
  see(text: string, start: number, end: number): void;
  /** UTC ms of the first and last line with a readable syslog stamp; NaN when none has one. */
  span(): { start: number; end: number };
};

// Room for the longest stamp (RFC 5424 with priority), the host and the program tag.
const headLength = 200;

export function createLogCoverage(time: TimeAssumptions): LogCoverage {
  let first: string | undefined;
  // The last line is only pointed at (one chunk kept alive at most): cut out once, at the end.
  let lastText = '';
  let lastStart = 0;
  let lastEnd = 0;
  return {
    see(text, start, end) {
      if (end === start) return;
      // Only the stamp is needed: a short copy keeps no chunk alive.
      if (first === undefined) first = detachText(text.slice(start, Math.min(end, start + headLength)));
      lastText = text;
      lastStart = start;
      lastEnd = end;
    },
    span() {
      if (first === undefined) return { start: NaN, end: NaN };
      const last = lastText.slice(lastStart, Math.min(lastEnd, lastStart + headLength));
      // One reader for both, in file order, so a December → January file gets its year rollover.
      const reader = createSyslogTimeReader(time);
      const header = createSyslogHeader();
      const stampOf = (line: string) => (readSyslogHeader(line, header) ? reader.time(line, header) : NaN);
      const start = stampOf(first);
      const end = stampOf(last);
      return { start, end: Number.isFinite(end) && end >= start ? end : NaN };
    },
  };
}
