// The one place that asks luxon about time zones. Callers cache what it answers, because asking
// per log line would cost more than parsing the line.
import { IANAZone } from 'luxon';

/** True for an IANA zone name this runtime knows ("Europe/Berlin", "UTC"). */
export function isKnownTimeZone(timeZone: string): boolean {
  return IANAZone.isValidZone(timeZone);
}

const utcNames: ReadonlySet<string> = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT']);

/** A function turning a local wall-clock time (as if it were UTC ms) into true UTC ms. */
export type WallClockToUtc = (wallClockMs: number) => number;

export function wallClockToUtc(timeZone: string): WallClockToUtc {
  if (!isKnownTimeZone(timeZone)) throw new RangeError(`Unknown time zone "${timeZone}"`);
  // UTC never shifts, and asking Intl costs ~30 µs a call (once per hour of log, even so).
  if (utcNames.has(timeZone)) return (wallClockMs) => wallClockMs;
  const zone = IANAZone.create(timeZone);
  return (wallClockMs) => {
    // Two passes: guess with the offset at the wall-clock instant, then use the offset at the
    // guess. Exact outside DST changes; a time inside a spring-forward gap (it never happened)
    // lands an hour beside it and a time in the autumn overlap reads as one of its two instants —
    // never an error, since attackers do not pause for DST.
    const guess = wallClockMs - zone.offset(wallClockMs) * 60_000;
    return wallClockMs - zone.offset(guess) * 60_000;
  };
}
