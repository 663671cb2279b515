// The year a classic syslog file ("Nov 21 10:48:21", no year) most likely starts in. A log is
// written up to shortly before it is last modified, and never after now: the year is the latest
// in which its last line is not later than the file's date (or today, when the file has no date or
// one in the future). So a log of 10 December copied on 3 December is from last year, and one
// that runs from December into January, copied on 3 January, began the year before.
import { wallClockToUtc } from './zoneOffset';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Month (0–11) of the first classic stamp in the sample, or undefined when there is none. */
export function firstClassicMonth(sampleLines: readonly string[]): number | undefined {
  for (const line of sampleLines) {
    // "Nov 21 10:48:21", possibly after an RFC 3164 priority "<38>".
    const start = line.startsWith('<') ? line.indexOf('>') + 1 : 0;
    const month = months.indexOf(line.slice(start, start + 3));
    // "Nov  1 10:48:21" or, unpadded, "Nov 1 10:48:21".
    const time = line.charCodeAt(start + 5) === 32 ? start + 8 : start + 9;
    if (month >= 0 && line.charCodeAt(start + 3) === 32 && line.charCodeAt(time) === 58) return month;
  }
  return undefined;
}

/** A classic stamp's parts: month 0–11, day 1–31, and the time of day. */
export type ClassicStamp = { month: number; day: number; hour: number; minute: number; second: number };

const classicStampPattern = /^([A-Z][a-z]{2}) ([ 0-3]\d) ([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)$/;

/** Reads "Dec 10 06:55:46" (or rsyslog's "Dec  1 06:55:46"), or undefined when it is none. */
export function readClassicStamp(written: string): ClassicStamp | undefined {
  const parts = classicStampPattern.exec(written);
  if (!parts) return undefined;
  const month = months.indexOf(parts[1]!);
  const day = Number(parts[2]!.trim());
  if (month < 0 || day < 1) return undefined;
  return { month, day, hour: Number(parts[3]), minute: Number(parts[4]), second: Number(parts[5]) };
}

/** The stamp's month and day as a person reads them: "10 Dec". */
export function stampDay(stamp: ClassicStamp): string {
  return `${stamp.day} ${months[stamp.month]}`;
}

/** UTC ms of the stamp in `year`, read in `timeZone`. */
export function stampTime(stamp: ClassicStamp, year: number, timeZone: string): number {
  const { month, day, hour, minute, second } = stamp;
  return wallClockToUtc(timeZone)(Date.UTC(year, month, day, hour, minute, second));
}

/**
 * True when the file's lines run across a New Year: its last stamp is earlier in the calendar
 * than its first (by more than a day: a few lines written out of order are not a new year). The
 * import's clock (syslogTimestamp.ts) then moves into the next year at the December → January step.
 */
export function crossesNewYear(first: ClassicStamp, last: ClassicStamp): boolean {
  const inYear = (stamp: ClassicStamp) => Date.UTC(2000, stamp.month, stamp.day, stamp.hour, stamp.minute);
  return inYear(last) < inYear(first) - dayMs;
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * How much later than the file's date (or now) a stamp may be and still be from that year: the
 * world's zones span 26 hours (UTC−12 to UTC+14), so a line up to that much "later" is more likely
 * a server in another zone than the one answered than a log a year old.
 */
export const zoneSlackMs = 26 * 60 * 60 * 1000;

/** The year and zone of a date, as a calendar in `timeZone` shows it. */
export function calendarOf(ms: number, timeZone: string): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(new Date(ms));
  return {
    year: Number(parts.find((part) => part.type === 'year')?.value),
    month: Number(parts.find((part) => part.type === 'month')?.value) - 1,
  };
}

/** True when the sample has classic stamps, i.e. the import must ask for a year and a zone. */
export function needsTimeAssumptions(sampleLines: readonly string[]): boolean {
  return firstClassicMonth(sampleLines) !== undefined;
}

/**
 * Month-only form of the rule, kept for callers that know no stamp but the first month; it cannot
 * see a log of 10 December copied on 3 December (use suggestYear in yearSuggestion.ts).
 * The default year for a file last modified at `modifiedMs` (UTC ms) whose first stamp is in
 * `firstMonth` (0–11), with the month of the modification read in `timeZone`.
 */
export function defaultYear(modifiedMs: number, firstMonth: number | undefined, timeZone: string): number {
  const { year, month } = calendarOf(modifiedMs, timeZone);
  return firstMonth !== undefined && firstMonth > month ? year - 1 : year;
}
