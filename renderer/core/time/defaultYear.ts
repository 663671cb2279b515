// The year a classic syslog file ("Nov 21 10:48:21", no year) most likely starts in, judged from
// the file's modification date: a log is written up to shortly before it is last modified, so its
// first line is in the same year — unless it starts in a later month than the file was modified
// (a log from December copied in January), which puts the start in the year before.

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

/** True when the sample has classic stamps, i.e. the import must ask for a year and a zone. */
export function needsTimeAssumptions(sampleLines: readonly string[]): boolean {
  return firstClassicMonth(sampleLines) !== undefined;
}

/**
 * The default year for a file last modified at `modifiedMs` (UTC ms) whose first stamp is in
 * `firstMonth` (0–11), with the month of the modification read in `timeZone`.
 */
export function defaultYear(modifiedMs: number, firstMonth: number | undefined, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(new Date(modifiedMs));
  const year = Number(parts.find((part) => part.type === 'year')?.value);
  const month = Number(parts.find((part) => part.type === 'month')?.value) - 1;
  return firstMonth !== undefined && firstMonth > month ? year - 1 : year;
}
