// The header in front of every syslog-written line, in the styles auth.log, secure and messages
// come in:
//   Nov 21 10:48:21 srv01 sshd[123]: …                        classic (rsyslog's default, journalctl short)
//   2026-11-21T10:48:21.123456+00:00 srv01 sshd[123]: …       RSYSLOG_FileFormat, journalctl -o short-iso
//   <38>1 2019-07-08T17:40:16.954167-04:00 srv01 sshd 57915 - - …   RFC 5424 (syslog-ng, rsyslog)
// Every program that logs through syslog (sshd, sudo, postfix …) shares it. The other headers
// real servers write (no host, an unpadded day, a priority word …) are read by
// syslogLooseHeader.ts, for the lines this reader does not read.
import type { TimeAssumptions } from './logFormat';
import { createSyslogClock, syslogStampLength } from '../time/syslogTimestamp';
import { readRfc3339 } from '../time/rfc3339Timestamp';
import { createWallClockReader } from '../time/isoWallClock';
import { readLooseSyslogHeader } from './syslogLooseHeader';

/** Where the parts of one line are. Reused from line to line: read it before the next line. */
export type SyslogHeader = {
  /** Program name: line[programStart, programEnd), e.g. "sshd", "postfix/smtpd", "sshd(pam_unix)". */
  programStart: number;
  programEnd: number;
  /** Process id, or 0 when the line names none. */
  pid: number;
  messageStart: number;
  /** Where the stamp is: line[stampStart, stampEnd); 'classic' stamps have no year or zone. */
  stampStart: number;
  stampEnd: number;
  classic: boolean;
  /** A classic stamp with an unpadded day: "Feb 7 16:01:07" (14 characters). */
  shortDay: boolean;
  /** A date and time without a zone ("2015-05-27T04:31:27.46667"): read in the confirmed zone. */
  zoneless: boolean;
  /**
   * The line names no program (socklog's "auth.info: Invalid user …", a stamp and the message):
   * only sshd's messages, which nothing else writes, are read from it.
   */
  anyProgram: boolean;
};

export function createSyslogHeader(): SyslogHeader {
  return {
    programStart: 0,
    programEnd: 0,
    pid: 0,
    messageStart: 0,
    stampStart: 0,
    stampEnd: 0,
    classic: true,
    shortDay: false,
    zoneless: false,
    anyProgram: false,
  };
}

export type SyslogClockReader = {
  /** UTC ms of the stamp located by readSyslogHeader in the line ending at `end`, NaN if unreadable. */
  time(text: string, header: SyslogHeader, end?: number): number;
  /** UTC ms of a classic stamp at `start` of an ASCII line (see SyslogClock.readAscii). */
  classicAscii(ascii: Uint8Array, text: string, start: number, end: number): number;
};

export function createSyslogTimeReader(assumptions: TimeAssumptions): SyslogClockReader {
  const clock = createSyslogClock(assumptions);
  const wallClock = createWallClockReader(assumptions.timeZone);
  return {
    time(text, header, end = text.length) {
      if (header.classic) {
        if (!header.shortDay) return clock.read(text, header.stampStart, end);
        // "Feb 7 16:01:07" read as the padded "Feb  7 16:01:07".
        const at = header.stampStart;
        return clock.read(`${text.slice(at, at + 4)} ${text.slice(at + 4, at + 14)}`, 0, 15);
      }
      return header.zoneless
        ? wallClock(text, header.stampStart, header.stampEnd)
        : readRfc3339(text, header.stampStart, header.stampEnd);
    },
    classicAscii: (ascii, text, start, end) => clock.readAscii(ascii, text, start, end),
  };
}

/**
 * Fills `header` from the line text[start, end) (the whole text by default; positions in `header`
 * count from the start of `text`); false when the line has no syslog header. Runs for every line.
 */
export function readSyslogHeader(
  text: string,
  header: SyslogHeader,
  start: number = 0,
  end: number = text.length,
): boolean {
  if (readCommonHeader(text, header, start, end) && !hasPriorityTag(text, header)) {
    header.shortDay = false;
    header.anyProgram = false;
    header.zoneless = !header.classic && isZoneless(text, header);
    return true;
  }
  return readLooseSyslogHeader(text, header, start, end);
}

/** The headers of rsyslog's and journald's defaults and RFC 5424: nearly every line. */
function readCommonHeader(text: string, header: SyslogHeader, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  let hostStart: number;
  if (first === 60 /* < */) return readRfc5424Line(text, start, end, header);
  if (first >= 48 && first <= 57) {
    const stampEnd = text.indexOf(' ', start);
    if (stampEnd < start + 20 || stampEnd >= end || text.charCodeAt(start + 10) !== 84 /* T */) return false;
    header.classic = false;
    header.stampEnd = stampEnd;
    hostStart = stampEnd + 1;
  } else {
    // Fixed width: "Nov  1 00:00:01 " — checked loosely here, fully when the time is read.
    if (
      start + syslogStampLength >= end ||
      text.charCodeAt(start + syslogStampLength) !== 32 ||
      text.charCodeAt(start + 9) !== 58
    ) {
      return false;
    }
    header.classic = true;
    header.stampEnd = start + syslogStampLength;
    hostStart = start + syslogStampLength + 1;
  }
  header.stampStart = start;
  const hostEnd = text.indexOf(' ', hostStart);
  if (hostEnd < 0 || hostEnd >= end) return false;
  return readTag(text, hostEnd + 1, end, header);
}

// "sshd[123]: ", "sshd(pam_unix)[123]: ", "sudo: ", "postfix/smtpd[77]: ": a tag has no space,
// so it ends at the first space, which must follow its colon. One forward scan and one backward
// over the pid's digits: this runs for every line.
function readTag(line: string, start: number, end: number, header: SyslogHeader): boolean {
  const space = line.indexOf(' ', start);
  const colon = space - 1;
  if (colon < start || space >= end || line.charCodeAt(colon) !== 58 /* : */) return false;
  header.programStart = start;
  header.messageStart = colon + 2;
  // "sshd[30993]:  Invalid user …" (socklog keeps the space syslog put after the colon).
  while (line.charCodeAt(header.messageStart) === 32 && header.messageStart < end) header.messageStart += 1;
  // Solaris: "sshd[123]: [ID 800047 auth.info] Failed password …".
  if (line.charCodeAt(header.messageStart) === 91 /* [ */ && line.startsWith('[ID ', header.messageStart)) {
    const close = line.indexOf('] ', header.messageStart);
    if (close > 0 && close < end && close - header.messageStart < 40) header.messageStart = close + 2;
  }
  let pid = 0;
  let programEnd = colon;
  if (line.charCodeAt(colon - 1) === 93 /* ] */) {
    // Read from the "]" back: the digits are summed while the "[" is searched for.
    let open = colon - 2;
    let place = 1;
    for (
      let code = line.charCodeAt(open);
      open >= start && isDigitCode(code);
      code = line.charCodeAt(--open)
    ) {
      pid += (code - 48) * place;
      place *= 10;
    }
    // Anything but digits between "[" and "]" (or no "[") is not a process id: no syslog tag.
    if (open < start || line.charCodeAt(open) !== 91 /* [ */) return false;
    if (colon - 2 - open > 15) {
      // Past 2^53 the sum's rounding depends on the order: read a junk "pid" front to back, as ever.
      pid = 0;
      for (let i = open + 1; i < colon - 1; i++) pid = pid * 10 + (line.charCodeAt(i) - 48);
    }
    programEnd = open;
  }
  header.programEnd = programEnd;
  header.pid = pid;
  return true;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** RFC 5424 lines are read on their own (a slice of the chunk): their header has many fields. */
function readRfc5424Line(text: string, start: number, end: number, header: SyslogHeader): boolean {
  if (start === 0 && end === text.length) return readRfc5424Header(text, header);
  if (!readRfc5424Header(text.slice(start, end), header)) return false;
  header.stampStart += start;
  header.stampEnd += start;
  header.programStart += start;
  header.programEnd += start;
  header.messageStart += start;
  return true;
}

// "<38>1 STAMP HOST APP PROCID MSGID SD MSG", nil fields written "-"; SD is "-" or "[…]…".
function readRfc5424Header(line: string, header: SyslogHeader): boolean {
  const priEnd = line.indexOf('>');
  if (priEnd < 2 || priEnd > 4 || line.charCodeAt(priEnd + 1) !== 49 || line.charCodeAt(priEnd + 2) !== 32) {
    return false;
  }
  const stampStart = priEnd + 3;
  const stampEnd = line.indexOf(' ', stampStart);
  const hostEnd = stampEnd < 0 ? -1 : line.indexOf(' ', stampEnd + 1);
  const appEnd = hostEnd < 0 ? -1 : line.indexOf(' ', hostEnd + 1);
  const pidEnd = appEnd < 0 ? -1 : line.indexOf(' ', appEnd + 1);
  const msgIdEnd = pidEnd < 0 ? -1 : line.indexOf(' ', pidEnd + 1);
  if (msgIdEnd < 0) return false;
  let cursor = msgIdEnd + 1;
  if (line.charCodeAt(cursor) === 45 /* - */) {
    cursor += 1;
  } else {
    // Structured data: "[id k="v" …][…]"; a "]" inside a value is written "\]".
    while (line.charCodeAt(cursor) === 91 /* [ */) {
      let close = line.indexOf(']', cursor);
      while (close > 0 && line.charCodeAt(close - 1) === 92 /* \ */) close = line.indexOf(']', close + 1);
      if (close < 0) return false;
      cursor = close + 1;
    }
  }
  if (cursor < line.length && line.charCodeAt(cursor) !== 32) return false;
  let messageStart = cursor + 1;
  if (line.charCodeAt(messageStart) === 0xfeff) messageStart += 1; // the BOM RFC 5424 allows
  let pid = 0;
  for (let i = appEnd + 1; i < pidEnd; i++) {
    const digit = line.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) {
      pid = 0;
      break;
    }
    pid = pid * 10 + digit;
  }
  header.classic = false;
  header.stampStart = stampStart;
  header.stampEnd = stampEnd;
  header.programStart = hostEnd + 1;
  header.programEnd = appEnd;
  header.pid = pid;
  header.messageStart = Math.min(messageStart, line.length);
  return true;
}

/** socklog's "auth.info:" where the program would be: syslogLooseHeader.ts reads those lines. */
function hasPriorityTag(text: string, header: SyslogHeader): boolean {
  const dot = text.indexOf('.', header.programStart);
  return dot >= 0 && dot < header.programEnd && header.pid === 0;
}

/** "2015-05-27T04:31:27.46667": after the seconds and a fraction, nothing (no "Z", no offset). */
function isZoneless(text: string, header: SyslogHeader): boolean {
  let at = header.stampStart + 19;
  if (text.charCodeAt(at) === 46 /* . */) {
    at += 1;
    while (at < header.stampEnd && isDigitCode(text.charCodeAt(at))) at += 1;
  }
  return at === header.stampEnd;
}
