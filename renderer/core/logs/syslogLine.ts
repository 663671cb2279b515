// The header in front of every syslog-written line, in the two styles auth.log comes in:
//   Nov 21 10:48:21 srv01 sshd[123]: …                    classic (rsyslog's default, Debian)
//   2026-11-21T10:48:21.123456+00:00 srv01 sshd[123]: …   RSYSLOG_FileFormat, journalctl -o short-iso
// Formats for programs that log through syslog (sshd now; postfix, vsftpd … later) share it.
import type { TimeAssumptions } from './logFormat';
import { createSyslogClock, syslogStampLength } from '../time/syslogTimestamp';
import { readRfc3339 } from '../time/rfc3339Timestamp';

export type SyslogLineReader = {
  /** Index where the program name starts ("sshd[123]: …"), or -1 when the line has no such header. */
  programStart(line: string): number;
  /** UTC ms of the line's stamp, NaN if it cannot be read. */
  time(line: string): number;
};

export function createSyslogLineReader(assumptions: TimeAssumptions): SyslogLineReader {
  const clock = createSyslogClock(assumptions);
  return {
    programStart,
    time(line) {
      return isRfc3339Line(line) ? readRfc3339(line, 0, line.indexOf(' ')) : clock.read(line, 0);
    },
  };
}

export function programStart(line: string): number {
  let hostStart: number;
  if (isRfc3339Line(line)) {
    const stampEnd = line.indexOf(' ');
    if (stampEnd < 20 || line.charCodeAt(10) !== 84 /* T */) return -1;
    hostStart = stampEnd + 1;
  } else {
    // Fixed width: "Nov  1 00:00:01 " — checked loosely here, fully when the time is read.
    if (line.charCodeAt(syslogStampLength) !== 32 || line.charCodeAt(9) !== 58) return -1;
    hostStart = syslogStampLength + 1;
  }
  const hostEnd = line.indexOf(' ', hostStart);
  return hostEnd < 0 ? -1 : hostEnd + 1;
}

function isRfc3339Line(line: string): boolean {
  const first = line.charCodeAt(0);
  return first >= 48 && first <= 57;
}
