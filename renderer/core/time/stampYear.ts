// The year of a classic syslog file's lines ("Dec 10 06:55:46" has none), and the check that the
// year answered for them does not put them in the future. Dates in the case, the PDF and the
// abuse e-mail come from these stamps: a week in the future is a report no one can trust.
// Pure functions: the Import step's question, the import worker and the command line all call them.
import {
  calendarOf,
  crossesNewYear,
  readClassicStamp,
  stampDay,
  stampTime,
  zoneSlackMs,
  type ClassicStamp,
} from './defaultYear';

/** The year suggested for a file's first line, and why, in words the person can check. */
export type YearSuggestion = { year: number; reason: string };

/** A file's modification date before this is no date (an archive that kept none reads as 1970). */
const earliestFileDate = Date.UTC(1990, 0, 1);

/**
 * The latest year in which the file's last line (`lastStamp`, else `firstStamp`, as written) is
 * not later than its modification date — or than `now`, when the file has no date or a date in
 * the future. Lines that run across a New Year (last stamp earlier in the calendar than the
 * first) give the first line the year before the last one's. The year is the first line's, as
 * TimeAssumptions.year is. Calendars are read in `timeZone`, the zone answered for the server.
 */
export function suggestYear(
  lastModified: number | undefined,
  firstStamp: string | undefined,
  lastStamp: string | undefined,
  timeZone: string,
  now: number,
): YearSuggestion {
  const fileDated =
    lastModified !== undefined && Number.isFinite(lastModified) && lastModified >= earliestFileDate;
  const limit = fileDated && lastModified <= now ? lastModified : now;
  const dated = (ms: number) => calendarDay(ms, timeZone);
  const basis = !fileDated
    ? `today is ${dated(now)} and the file has no date`
    : lastModified > now
      ? `today is ${dated(now)} (the file's date, ${dated(lastModified)}, lies in the future)`
      : `the file is dated ${dated(limit)}`;
  const first = firstStamp === undefined ? undefined : readClassicStamp(firstStamp);
  const last = lastStamp === undefined ? undefined : readClassicStamp(lastStamp);
  const latest = last ?? first;
  const calendar = calendarOf(limit, timeZone);
  if (latest === undefined) return { year: calendar.year, reason: `${calendar.year} — ${basis}.` };

  const wraps = first !== undefined && last !== undefined && crossesNewYear(first, last) ? 1 : 0;
  // From the year after (a line of 1 Jan, hours after a file dated 31 Dec) down to the first that fits.
  let year = calendar.year + 1 - wraps;
  while (stampTime(latest, year + wraps, timeZone) > limit + zoneSlackMs) year -= 1;
  const why = whyThatYear({
    year,
    wraps,
    latest,
    first,
    limitYear: calendar.year,
    limitMonth: calendar.month,
  });
  return { year, reason: `${year} — ${basis}${why}.` };
}

/** The clause after the file's date: empty when the lines are from the year of that date. */
function whyThatYear(facts: {
  year: number;
  wraps: number;
  latest: ClassicStamp;
  first: ClassicStamp | undefined;
  limitYear: number;
  limitMonth: number;
}): string {
  const { year, wraps, latest, first, limitYear, limitMonth } = facts;
  const lastLineYear = year + wraps;
  if (lastLineYear > limitYear) {
    return (
      ` and its last line is from ${stampDay(latest)}, within a day of it: ` +
      `the server's clock, in a zone ahead, had already reached the new year`
    );
  }
  const intoJanuary =
    wraps === 1 && first ? `runs from ${monthName(first.month)} into ${monthName(latest.month)}` : '';
  if (lastLineYear === limitYear)
    return intoJanuary === '' ? '' : ` and ${intoJanuary}, so it began the year before`;
  const began = yearsBefore(limitYear - year);
  if (wraps === 0 && first !== undefined && first.month > limitMonth) {
    return ` and starts in ${monthName(first.month)}, so it began ${began}`;
  }
  const lateLine = `its last line is from ${stampDay(latest)}, later in the year than that`;
  return intoJanuary === ''
    ? ` and ${lateLine}, so its lines were written ${began}`
    : ` and ${intoJanuary}; ${lateLine}, so it began ${began}`;
}

/** Lines that, read in the year answered, would lie in the future. */
export type FutureStamp = {
  /** The stamp as written ("Dec 10 11:04:45"): the file's last one, else its first. */
  stamp: string;
  /** When it would be (UTC ms) in the year answered. */
  at: number;
  /** The year it would be read in (the answered one, plus one after a New Year in the file). */
  readAs: number;
  /** The latest year for the first line in which no stamp lies in the future. */
  latestYearThatFits: number;
};

/**
 * The file's latest stamp when, read with the answered year and zone, it lies more than a day
 * (zoneSlackMs) after `now`; undefined when none does. A server's clock set a few hours off, or
 * a zone answered wrong, is not a question about the year: those hours pass unremarked.
 */
export function futureStamps(
  time: { year: number; timeZone: string },
  firstStamp: string | undefined,
  lastStamp: string | undefined,
  now: number,
): FutureStamp | undefined {
  const first = firstStamp === undefined ? undefined : readClassicStamp(firstStamp);
  const last = lastStamp === undefined ? undefined : readClassicStamp(lastStamp);
  const latest = last ?? first;
  const written = last ? lastStamp : firstStamp;
  if (latest === undefined || written === undefined) return undefined;
  const readAs = time.year + (first && last && crossesNewYear(first, last) ? 1 : 0);
  const at = stampTime(latest, readAs, time.timeZone);
  if (at <= now + zoneSlackMs) return undefined;
  const latestYearThatFits = suggestYear(now, firstStamp, lastStamp, time.timeZone, now).year;
  return { stamp: written, at, readAs, latestYearThatFits };
}

/**
 * "Lines of auth.log dated Dec 10 11:04:45 would be 7 days in the future if they were from 2026
 * (today is 3 Dec 2026)." The caller adds how to answer, where it is asked (a year field, --year).
 */
export function futureStampFact(
  fileName: string,
  future: FutureStamp,
  now: number,
  timeZone: string,
): string {
  const days = Math.max(1, Math.round((future.at - now) / (24 * 60 * 60 * 1000)));
  const ahead = days === 1 ? 'a day' : `${days.toLocaleString('en-US')} days`;
  return (
    `Lines of ${fileName} dated ${future.stamp} would be ${ahead} in the future ` +
    `if they were from ${future.readAs} (today is ${calendarDay(now, timeZone)}).`
  );
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const monthName = (month: number) => monthNames[month] ?? '?';

const yearsBefore = (years: number) => (years === 1 ? 'the year before' : `${years} years before`);

/** "3 Dec 2026", in the zone the server's calendar is read in. */
function calendarDay(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  }).format(new Date(ms));
}
