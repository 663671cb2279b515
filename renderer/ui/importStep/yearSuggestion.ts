// The year the time question suggests for a classic syslog file, and why, in words the person
// can check against what they know (see core/time/defaultYear.ts for the rule).
import { defaultYear } from '../../core/time/defaultYear';

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

export const plausibleYear = (text: string): boolean =>
  /^\d{4}$/.test(text) && Number(text) >= 1990 && Number(text) <= 2100;

export type YearSuggestion = { year: number; reason: string };

/**
 * "2025 — the file is dated 3 Jan 2026 and starts in December, so it began the year before."
 * The file's date is read in the zone chosen for it, as the import reads it.
 */
export function suggestYear(
  lastModified: number,
  firstMonth: number | undefined,
  timeZone: string,
): YearSuggestion {
  const year = defaultYear(lastModified, firstMonth, timeZone);
  const dated = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  }).format(new Date(lastModified));
  const startsYearBefore = firstMonth !== undefined && year < defaultYear(lastModified, undefined, timeZone);
  const reason = startsYearBefore
    ? `${year} — the file is dated ${dated} and starts in ${monthNames[firstMonth]}, so it began the year before.`
    : `${year} — the file is dated ${dated}.`;
  return { year, reason };
}
