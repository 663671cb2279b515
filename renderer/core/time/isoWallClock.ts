// Date-and-time stamps without a zone ("2015-05-27T04:31:27.46667", "2018-06-26 13:22:02.1087815",
// "2022-06-29 16:04:05"): the server's wall clock, read in the zone the person confirmed at
// import. The offset is asked once per hour of log (see zoneOffset.ts).
import { twoDigits } from './digits';
import { wallClockToUtc } from './zoneOffset';

/** UTC ms of the stamp in text[start, end), or NaN; "T" or a space between date and time. */
export type WallClockReader = (text: string, start: number, end: number) => number;

export function createWallClockReader(timeZone: string): WallClockReader {
  const toUtc = wallClockToUtc(timeZone);
  const offsetOfHour = new Map<number, number>();
  return (text, start, end) => {
    const wallClock = readIsoWallClock(text, start, end);
    if (Number.isNaN(wallClock)) return NaN;
    const hour = wallClock - (wallClock % 3_600_000);
    let offset = offsetOfHour.get(hour);
    if (offset === undefined) {
      offset = hour - toUtc(hour);
      offsetOfHour.set(hour, offset);
    }
    return wallClock - offset;
  };
}

/** The wall-clock time as if it were UTC ms; a fraction (after "." or ",") to the millisecond. */
export function readIsoWallClock(text: string, start: number, end: number): number {
  if (end - start < 19 || text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45) return NaN;
  const separator = text.charCodeAt(start + 10);
  if (separator !== 84 && separator !== 116 && separator !== 32) return NaN;
  if (text.charCodeAt(start + 13) !== 58 || text.charCodeAt(start + 16) !== 58) return NaN;
  const year = twoDigits(text, start) * 100 + twoDigits(text, start + 2);
  const month = twoDigits(text, start + 5);
  const day = twoDigits(text, start + 8);
  const hour = twoDigits(text, start + 11);
  const minute = twoDigits(text, start + 14);
  const second = twoDigits(text, start + 17);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60)) {
    return NaN;
  }
  let millis = 0;
  const mark = text.charCodeAt(start + 19);
  if ((mark === 46 || mark === 44) && start + 20 < end) {
    let scale = 100;
    for (let at = start + 20; at < end && scale >= 1; at++) {
      const digit = text.charCodeAt(at) - 48;
      if (digit < 0 || digit > 9) break;
      millis += digit * scale;
      scale /= 10;
    }
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millis);
}
