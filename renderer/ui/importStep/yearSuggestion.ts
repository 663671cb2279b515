// The year the time question suggests for a classic syslog file, and why, in words the person
// can check against what they know; the rule and its wording are core/time/stampYear.ts, which
// the import and the command line use too.
export { suggestYear, type YearSuggestion } from '../../core/time/stampYear';

export const plausibleYear = (text: string): boolean =>
  /^\d{4}$/.test(text) && Number(text) >= 1990 && Number(text) <= 2100;
