// Which time question a file needs, judged from its format and its first lines. `carriesOwnTime`
// is said per format, but one syslog file (auth.log) can be written either way: classic stamps
// ("Nov 21 10:48:21") have neither year nor zone, RFC 3339 and RFC 5424 stamps carry both. The
// other formats without `carriesOwnTime` (fail2ban, web server error logs, Logwatch, Windows CSV)
// write the year but not the zone.
import type { LogFormat } from '../core/logs/logFormat';
import { firstClassicMonth } from '../core/time/defaultYear';

export type TimeNeeds = 'nothing' | 'zone' | 'year-and-zone';

/** "2026-11-21T10:48:21.123456+00:00 srv01 …", or RFC 5424's "<38>1 2026-11-21T10:48:21Z srv01 …". */
const zonedSyslogStamp =
  /^(?:<\d{1,3}>\d{1,2} )?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d) /;

export function timeNeeds(format: LogFormat, sampleLines: readonly string[]): TimeNeeds {
  if (format.carriesOwnTime) return 'nothing';
  if (firstClassicMonth(sampleLines) !== undefined) return 'year-and-zone';
  return sampleLines.some((line) => zonedSyslogStamp.test(line)) ? 'nothing' : 'zone';
}

/** What the time question must ask for one file, and the stamp it can show as an example. */
export type TimeJudgement = {
  needs: TimeNeeds;
  /** The first classic stamp as written ("Nov 21 10:48:21") in the sample, else near the end. */
  firstStamp?: string;
  /** Its month (0–11), for the suggested year (core/time/defaultYear.ts). */
  firstMonth?: number;
  /**
   * The last classic stamp in the file's last lines (in the sample when the tail has none, as
   * for a .gz: then only the latest known one). With the first it gives the suggested year and
   * shows stamps that would lie in the future (core/time/stampYear.ts).
   */
  lastStamp?: string;
  /** The file begins with stamps that carry their zone; the classic ones come later. */
  classicAfterZoned?: boolean;
};

/**
 * timeNeeds, with the file's last lines too: an auth.log whose first lines carry a zone but whose
 * last ones are classic (rsyslog's format changed while it was written) needs the question. Its
 * example stamp and month are then from near the end, while the clock gives the answered year to
 * the first classic line it meets: if the classic lines cross a New Year, the earlier ones are a
 * year late (the file would have to be read to its first classic line to know).
 */
export function judgeFileTimes(
  format: LogFormat,
  sampleLines: readonly string[],
  tailLines: readonly string[],
): TimeJudgement {
  const needs = timeNeeds(format, sampleLines);
  const noStamp = { needs, firstStamp: undefined, firstMonth: undefined };
  if (format.carriesOwnTime) return noStamp;
  const firstStamped = sampleLines.find(
    (line) => zonedSyslogStamp.test(line) || firstClassicMonth([line]) !== undefined,
  );
  const zonedFirst = firstStamped !== undefined && zonedSyslogStamp.test(firstStamped);
  const stamps = needs === 'nothing' ? tailLines : sampleLines;
  const firstMonth = firstClassicMonth(stamps);
  if (firstMonth === undefined) return noStamp;
  return {
    needs: 'year-and-zone',
    firstStamp: firstClassicStamp(stamps),
    firstMonth,
    lastStamp: lastClassicStamp(tailLines) ?? lastClassicStamp(stamps),
    ...(zonedFirst ? { classicAfterZoned: true } : {}),
  };
}

/** The first classic stamp as written ("Nov 21 10:48:21"), without an RFC 3164 priority "<38>". */
export function firstClassicStamp(sampleLines: readonly string[]): string | undefined {
  const line = sampleLines.find(isClassicLine);
  return line === undefined ? undefined : stampOf(line);
}

/** The last classic stamp as written, like firstClassicStamp. */
export function lastClassicStamp(lines: readonly string[]): string | undefined {
  const line = lines.findLast(isClassicLine);
  return line === undefined ? undefined : stampOf(line);
}

const isClassicLine = (line: string) => firstClassicMonth([line]) !== undefined;

function stampOf(line: string): string {
  const start = line.startsWith('<') ? line.indexOf('>') + 1 : 0;
  return line.slice(start, start + 15);
}
