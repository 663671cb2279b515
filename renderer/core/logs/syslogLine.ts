// The header in front of every syslog-written line, in the styles auth.log, secure and messages
// come in:
//   Nov 21 10:48:21 srv01 sshd[123]: …                        classic (rsyslog's default, journalctl short)
//   2026-11-21T10:48:21.123456+00:00 srv01 sshd[123]: …       RSYSLOG_FileFormat, journalctl -o short-iso
//   <38>1 2019-07-08T17:40:16.954167-04:00 srv01 sshd 57915 - - …   RFC 5424 (syslog-ng, rsyslog)
// Every program that logs through syslog (sshd, sudo, postfix …) shares it.
import type { TimeAssumptions } from './logFormat';
import { createSyslogClock, syslogStampLength } from '../time/syslogTimestamp';
import { readRfc3339 } from '../time/rfc3339Timestamp';

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
  };
}

export type SyslogClockReader = {
  /** UTC ms of the line's stamp as located by readSyslogHeader, NaN if it cannot be read. */
  time(line: string, header: SyslogHeader): number;
};

export function createSyslogTimeReader(assumptions: TimeAssumptions): SyslogClockReader {
  const clock = createSyslogClock(assumptions);
  return {
    time(line, header) {
      return header.classic
        ? clock.read(line, header.stampStart)
        : readRfc3339(line, header.stampStart, header.stampEnd);
    },
  };
}

/** Fills `header` from the line; false when the line has no syslog header. Runs for every line. */
export function readSyslogHeader(line: string, header: SyslogHeader): boolean {
  const first = line.charCodeAt(0);
  let hostStart: number;
  if (first === 60 /* < */) return readRfc5424Header(line, header);
  if (first >= 48 && first <= 57) {
    const stampEnd = line.indexOf(' ');
    if (stampEnd < 20 || line.charCodeAt(10) !== 84 /* T */) return false;
    header.classic = false;
    header.stampEnd = stampEnd;
    hostStart = stampEnd + 1;
  } else {
    // Fixed width: "Nov  1 00:00:01 " — checked loosely here, fully when the time is read.
    if (line.charCodeAt(syslogStampLength) !== 32 || line.charCodeAt(9) !== 58) return false;
    header.classic = true;
    header.stampEnd = syslogStampLength;
    hostStart = syslogStampLength + 1;
  }
  header.stampStart = 0;
  const hostEnd = line.indexOf(' ', hostStart);
  if (hostEnd < 0) return false;
  return readTag(line, hostEnd + 1, header);
}

// "sshd[123]: ", "sshd(pam_unix)[123]: ", "sudo: ", "postfix/smtpd[77]: ": a tag has no space,
// so it ends at the first space, which must follow its colon. One forward scan and one backward
// over the pid's digits: this runs for every line.
function readTag(line: string, start: number, header: SyslogHeader): boolean {
  const space = line.indexOf(' ', start);
  const colon = space - 1;
  if (colon < start || line.charCodeAt(colon) !== 58 /* : */) return false;
  header.programStart = start;
  header.messageStart = colon + 2;
  let pid = 0;
  let end = colon;
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
    end = open;
  }
  header.programEnd = end;
  header.pid = pid;
  return true;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
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
