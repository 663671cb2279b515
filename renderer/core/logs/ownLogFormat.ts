// What the formats of servers' own log files share (exim's mainlog, vsftpd.log, ProFTPD's
// SystemLog, MySQL's and SQL Server's error logs, Gitea's, Samba's, xrdp's, OpenVPN's): a stamp
// of the server's own, then a message that the same service reader reads through syslog. Each such
// format says how to find its lines; this makes its detection and its line parser.
//
// Detection never takes a syslog file: a format scores only the sample lines it recognizes as its
// own, and a syslog header is none of them. Where servers mix their own lines with syslog lines in
// one file (ProFTPD writes both, people concatenate logs), `readsSyslogToo` reads the others as
// syslog.
import type { AuthEvent } from './authEvent';
import type { LineParser, LogFormat, TimeAssumptions } from './logFormat';
import { sshdFormat } from './sshd';

/** Reads one line of the format; false when it is not the format's or not about logins. */
export type OwnLineReader = (line: string, lineNumber: number, emit: (event: AuthEvent) => void) => boolean;

export type OwnLogSpec = {
  id: string;
  label: string;
  carriesOwnTime?: boolean;
  /** True for a line written in the format (whether or not it is about logins). */
  isOwnLine(line: string): boolean;
  /**
   * True for a line only this format writes, where `isOwnLine` alone could be another's (a bare
   * "2022-06-29 16:04:05 " starts exim's and OpenVPN's lines): detection wants one in the sample.
   */
  isTellingLine?(line: string): boolean;
  createLineReader(time: TimeAssumptions): OwnLineReader;
  readsSyslogToo?: boolean;
};

/** A confident detection: above the syslog reader's guess for a syslog file without sshd (0.45). */
const ownShare = 0.9;

export function ownLogFormat(spec: OwnLogSpec): LogFormat {
  return {
    id: spec.id,
    label: spec.label,
    ...(spec.carriesOwnTime ? { carriesOwnTime: true } : {}),
    detect(sampleLines) {
      let written = 0;
      let own = 0;
      let telling = spec.isTellingLine === undefined;
      for (const line of sampleLines) {
        if (line.trim() === '') continue;
        written += 1;
        if (!spec.isOwnLine(line)) continue;
        own += 1;
        if (!telling && spec.isTellingLine!(line)) telling = true;
      }
      return written === 0 || !telling ? 0 : (ownShare * own) / written;
    },
    createParser(time: TimeAssumptions): LineParser {
      const read = spec.createLineReader(time);
      const syslog = spec.readsSyslogToo ? sshdFormat.createParser(time) : undefined;
      return {
        parseLine(line, lineNumber, emit) {
          if (read(line, lineNumber, emit)) return true;
          return syslog !== undefined && !spec.isOwnLine(line) && syslog.parseLine(line, lineNumber, emit);
        },
        finish: syslog?.finish === undefined ? undefined : (emit) => syslog.finish!(emit),
        assumedTimes: syslog?.assumedTimes,
      };
    },
  };
}

/** Emits the reader's event for the message text[start…], with the line's pid; false when none. */
export function emitRead(
  event: AuthEvent | undefined,
  pid: number | undefined,
  emit: (event: AuthEvent) => void,
): boolean {
  if (event === undefined) return false;
  if (pid !== undefined && pid > 0) event.pid = pid;
  emit(event);
  return true;
}
