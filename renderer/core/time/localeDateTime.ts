// Dates as Windows writes them in CSV exports: in the exporting machine's locale and without a
// zone. "11/21/2026 10:48:21 AM" (en-US), "21/11/2026 10:48:21" (en-GB, fr-FR), "21.11.2026
// 10:48:21" (de-DE), "2026/11/21 10:48:21" (ja-JP) and ISO "2026-11-21T10:48:21[.fff][Z]".
// Dots and a leading year fix the order; with "/" or "-" after the day or month, "05/11/2026" is
// 11 May or 5 November — the caller settles that per file (see windowsCsv.ts).

export type DateOrder = 'month-first' | 'day-first';

export type LocaleStamp = {
  /** UTC ms when the text names its zone (ISO with Z or an offset). */
  utc?: number;
  /** Wall-clock ms (read as if UTC) in the given order; NaN when the date cannot be in that order. */
  wallClock(order: DateOrder): number;
  /** The order this date proves because one of its parts is over 12. */
  proves?: DateOrder;
  /** Day and month could be swapped: both 12 or less and not equal. */
  ambiguous: boolean;
  /** Written with AM/PM: a hint for the en-US order when nothing in the file proves one. */
  twelveHour: boolean;
};

const yearFirst =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const yearLast =
  /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})[,T ]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(?:([AaPp])\.?\s?[Mm]\.?)?$/;

/** Reads one stamp, or undefined when the text is no date this module knows. */
export function readLocaleStamp(text: string): LocaleStamp | undefined {
  const trimmed = text.trim();
  const iso = yearFirst.exec(trimmed);
  if (iso) {
    const [, year, month, day, hour, minute, second, fraction, zone] = iso;
    const millis = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
    const wall = wallClockOf(+year!, +month!, +day!, +hour!, +minute!, +(second ?? 0), millis);
    const utc = zone === undefined || Number.isNaN(wall) ? undefined : wall - offsetMinutes(zone) * 60_000;
    return { utc, wallClock: () => wall, ambiguous: false, twelveHour: false };
  }
  const local = yearLast.exec(trimmed);
  if (!local) return undefined;
  const [, firstText, separator, secondText, yearText, hourText, minute, second, meridiem] = local;
  const first = +firstText!;
  const secondPart = +secondText!;
  // Two-digit years ("21.11.26") are this century: no log in this app predates 2000.
  const year = yearText!.length === 2 ? 2000 + +yearText! : +yearText!;
  const hour = hourOf(+hourText!, meridiem);
  const read = (order: DateOrder) =>
    order === 'day-first'
      ? wallClockOf(year, secondPart, first, hour, +minute!, +(second ?? 0), 0)
      : wallClockOf(year, first, secondPart, hour, +minute!, +(second ?? 0), 0);
  // Every locale that writes dots between the parts puts the day first (de, ru, pl, cs, fi, no …).
  if (separator === '.') return { wallClock: () => read('day-first'), ambiguous: false, twelveHour: false };
  const proves: DateOrder | undefined =
    first > 12 ? 'day-first' : secondPart > 12 ? 'month-first' : undefined;
  return {
    wallClock: read,
    proves,
    ambiguous: proves === undefined && first !== secondPart,
    twelveHour: meridiem !== undefined,
  };
}

function hourOf(hour: number, meridiem: string | undefined): number {
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > 12) return NaN;
  const pm = meridiem === 'P' || meridiem === 'p';
  return (hour % 12) + (pm ? 12 : 0);
}

/** NaN for a date that does not exist (31 April, month 13), so it never shifts silently. */
function wallClockOf(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number,
): number {
  if (!(month >= 1 && month <= 12 && day >= 1 && hour >= 0 && hour <= 23 && minute <= 59 && second <= 60)) {
    return NaN;
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  return new Date(wall).getUTCDate() === day ? wall : NaN;
}

function offsetMinutes(zone: string): number {
  if (zone === 'Z' || zone === 'z') return 0;
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return zone[0] === '-' ? -minutes : minutes;
}
