// When a file's lines start and end, including the lines that are not about logins (CRON, sudo):
// "the log starts mid-attack" must be judged from the first line, not from the first attack.
import type { TimeAssumptions } from '../logs/logFormat';
import { createSyslogHeader, createSyslogTimeReader, readSyslogHeader } from '../logs/syslogLine';
import { detachText } from '../text/detachText';

export type LogCoverage = {
  see(line: string): void;
  /** UTC ms of the first and last line with a readable syslog stamp; NaN when none has one. */
  span(): { start: number; end: number };
};

// Room for the longest stamp (RFC 5424 with priority), the host and the program tag.
const headLength = 200;

export function createLogCoverage(time: TimeAssumptions): LogCoverage {
  let first: string | undefined;
  let last: string | undefined;
  return {
    see(line) {
      if (line.length === 0) return;
      // Only the stamp is needed: a short copy keeps no chunk alive.
      const head = line.slice(0, headLength);
      if (first === undefined) first = detachText(head);
      last = head;
    },
    span() {
      if (first === undefined || last === undefined) return { start: NaN, end: NaN };
      // One reader for both, in file order, so a December → January file gets its year rollover.
      const reader = createSyslogTimeReader(time);
      const header = createSyslogHeader();
      const stampOf = (line: string) => (readSyslogHeader(line, header) ? reader.time(line, header) : NaN);
      const start = stampOf(first);
      const end = stampOf(detachText(last));
      return { start, end: Number.isFinite(end) && end >= start ? end : NaN };
    },
  };
}
