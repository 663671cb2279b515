// RFC 3339 stamps as rsyslog's RSYSLOG_FileFormat, RFC 5424 and journalctl -o short-iso write them:
// "2026-11-21T10:48:21.123456+00:00", "…Z", with or without a fraction. They carry their own
// zone, so no luxon: Date.UTC and the written offset, fast enough for every line.
import { twoDigits } from './digits';

/** UTC ms of the stamp in text[start, end), or NaN when it is not a complete RFC 3339 time. */
export function readRfc3339(text: string, start: number, end: number): number {
  if (end - start < 20) return NaN;
  if (text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45) return NaN; // -
  const t = text.charCodeAt(start + 10) | 0x20; // T or t, or a space (macOS syslog)
  if ((t !== 116 && t !== 32) || text.charCodeAt(start + 13) !== 58 || text.charCodeAt(start + 16) !== 58)
    return NaN;
  const year = twoDigits(text, start) * 100 + twoDigits(text, start + 2);
  const month = twoDigits(text, start + 5);
  const day = twoDigits(text, start + 8);
  const hour = twoDigits(text, start + 11);
  const minute = twoDigits(text, start + 14);
  const second = twoDigits(text, start + 17);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60)) {
    return NaN;
  }
  let index = start + 19;
  let millis = 0;
  if (text.charCodeAt(index) === 46 /* . */) {
    // Keep milliseconds; rsyslog writes microseconds, which no analysis needs.
    let scale = 100;
    index += 1;
    const fractionStart = index;
    for (let code = text.charCodeAt(index); code >= 48 && code <= 57; code = text.charCodeAt(++index)) {
      millis += (code - 48) * scale;
      scale /= 10;
    }
    if (index === fractionStart) return NaN;
    millis = Math.floor(millis);
  }
  let offsetMinutes: number;
  const zone = text.charCodeAt(index) | 0x20;
  if (zone === 122 /* z */ && index + 1 === end) {
    offsetMinutes = 0;
  } else {
    const sign = text.charCodeAt(index);
    // "+01:00" as RFC 3339 says; "+0100" as older journalctl -o short-iso writes it.
    const colon = index + 6 === end && text.charCodeAt(index + 3) === 58;
    if ((sign !== 43 && sign !== 45) || !(colon || index + 5 === end)) return NaN;
    offsetMinutes = twoDigits(text, index + 1) * 60 + twoDigits(text, colon ? index + 4 : index + 3);
    if (sign === 45) offsetMinutes = -offsetMinutes;
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
}
