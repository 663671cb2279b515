// Classic syslog stamps ("Nov 21 10:48:21", rsyslog pads the day: "Nov  1 00:00:01") have no year
// and no zone: both come from what the person confirmed at import (TimeAssumptions).
import type { TimeAssumptions } from '../logs/logFormat';
import { digit, twoDigits } from './digits';
import { wallClockToUtc } from './zoneOffset';

/** Length of "Nov 21 10:48:21". */
export const syslogStampLength = 15;

// prettier-ignore
const monthIndex: Readonly<Record<string, number>> = {
  Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11,
};

export type SyslogClock = {
  /**
   * UTC ms of the stamp at `start` in the line ending at `lineEnd` (the line may be a part of a
   * longer text), or NaN when there is no valid stamp there.
   */
  read(line: string, start?: number, lineEnd?: number): number;
  /**
   * The same for a line of ASCII text whose bytes are at hand: `ascii[i]` is
   * `line.charCodeAt(i)` for every i (see asciiSshdLines.ts). Reads the same clock: a file's
   * lines may be read one way or the other, in any mix.
   */
  readAscii(ascii: Uint8Array, line: string, start: number, lineEnd: number): number;
};

/**
 * A reader for one file, read in order: it remembers the month so that a December → January
 * step moves into the next year, and it asks luxon for the zone offset once per hour of log, not
 * once per line (a busy log has thousands of lines per minute).
 */
export function createSyslogClock(time: TimeAssumptions): SyslogClock {
  const toUtc = wallClockToUtc(time.timeZone);
  const offsetOfHour = new Map<number, number>();
  let year = time.year;
  let lastMonth = -1;
  // The 12 characters "Nov 21 10:48" of the last stamp read, packed 3 per number (char codes are
  // below 2^16, so 3 fit exactly in a double): comparing four numbers is about twice as fast as
  // startsWith on a line that is a slice of the read chunk. NaN matches no line at first.
  let minuteKey0 = NaN;
  let minuteKey1 = NaN;
  let minuteKey2 = NaN;
  let minuteKey3 = NaN;
  let minuteUtc = 0;

  function readMinute(line: string, start: number): number {
    const month = monthIndex[line.slice(start, start + 3)];
    if (month === undefined || line.charCodeAt(start + 3) !== 32) return NaN;
    const day =
      (line.charCodeAt(start + 4) === 32 ? 0 : digit(line, start + 4) * 10) + digit(line, start + 5);
    const hour = twoDigits(line, start + 7);
    const minute = twoDigits(line, start + 10);
    if (line.charCodeAt(start + 6) !== 32 || line.charCodeAt(start + 9) !== 58) return NaN;
    if (!(day >= 1 && day <= 31 && hour <= 23 && minute <= 59)) return NaN;
    let yearOfLine = year;
    if (lastMonth < 0) {
      lastMonth = month;
    } else if (month < lastMonth - 6) {
      // December → January: the log went on into the next year.
      year += 1;
      yearOfLine = year;
      lastMonth = month;
    } else if (month > lastMonth + 6) {
      // A late December line after January had begun (out-of-order write): last year's.
      yearOfLine = year - 1;
    } else {
      lastMonth = month;
    }
    const wallClock = Date.UTC(yearOfLine, month, day, hour, minute);
    const hourWallClock = wallClock - minute * 60_000;
    let offset = offsetOfHour.get(hourWallClock);
    if (offset === undefined) {
      offset = hourWallClock - toUtc(hourWallClock);
      offsetOfHour.set(hourWallClock, offset);
    }
    return wallClock - offset;
  }

  /** The stamp at `start` whose "Nov 21 10:48" packs into the keys, at `second` of that minute. */
  function timeOf(
    line: string,
    start: number,
    key0: number,
    key1: number,
    key2: number,
    key3: number,
    second: number,
  ): number {
    if (key0 !== minuteKey0 || key1 !== minuteKey1 || key2 !== minuteKey2 || key3 !== minuteKey3) {
      const utc = readMinute(line, start);
      if (Number.isNaN(utc)) return NaN;
      minuteUtc = utc;
      minuteKey0 = key0;
      minuteKey1 = key1;
      minuteKey2 = key2;
      minuteKey3 = key3;
    }
    return minuteUtc + second * 1000;
  }

  return {
    read(line, start = 0, lineEnd = line.length) {
      const end = start + syslogStampLength;
      if (lineEnd < end || (lineEnd > end && line.charCodeAt(end) !== 32)) return NaN;
      if (line.charCodeAt(start + 12) !== 58 /* : */) return NaN;
      // Inlined digits: this runs for every line (a call into another module costs here).
      const tens = line.charCodeAt(start + 13) - 48;
      const ones = line.charCodeAt(start + 14) - 48;
      if (!(tens >= 0 && tens <= 6 && ones >= 0 && ones <= 9)) return NaN;
      return timeOf(
        line,
        start,
        packThree(line, start),
        packThree(line, start + 3),
        packThree(line, start + 6),
        packThree(line, start + 9),
        tens * 10 + ones,
      );
    },
    readAscii(ascii, line, start, lineEnd) {
      // read() above, with bytes for char codes (a byte is read for about half the cost).
      const end = start + syslogStampLength;
      if (lineEnd < end || (lineEnd > end && ascii[end] !== 32)) return NaN;
      if (ascii[start + 12] !== 58 /* : */) return NaN;
      const tens = ascii[start + 13]! - 48;
      const ones = ascii[start + 14]! - 48;
      if (!(tens >= 0 && tens <= 6 && ones >= 0 && ones <= 9)) return NaN;
      return timeOf(
        line,
        start,
        packThreeBytes(ascii, start),
        packThreeBytes(ascii, start + 3),
        packThreeBytes(ascii, start + 6),
        packThreeBytes(ascii, start + 9),
        tens * 10 + ones,
      );
    },
  };
}

/** packThree of ASCII bytes: the same number for the same characters. */
function packThreeBytes(ascii: Uint8Array, at: number): number {
  return (ascii[at]! * 65536 + ascii[at + 1]!) * 65536 + ascii[at + 2]!;
}

/** text[at, at + 3) as one number; NaN past the end of the text. */
function packThree(text: string, at: number): number {
  return (text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1)) * 65536 + text.charCodeAt(at + 2);
}
