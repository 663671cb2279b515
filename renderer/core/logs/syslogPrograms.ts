// Which reader gets a syslog line, by the program that wrote it. sshd is checked first and
// without a lookup (it writes most lines of an attacked auth.log); the other services are found
// by name in a map.
import type { AuthEvent } from './authEvent';
import type { EventCounter } from './logFormat';
import type { SyslogClockReader, SyslogHeader } from './syslogLine';
import { createSshdReader } from './sshdConnections';
import { createServiceReaders, type ServiceReader, type ServiceReaders } from './serviceMessages';
import { charIndexIn, lastCharIndexIn } from './textAt';
import { createAsciiSshdLines, type AsciiSshdLines } from './asciiSshdLines';

export type ProgramReaders = {
  /** Reads the line text[start, end), whose header is `header`. */
  read(
    text: string,
    start: number,
    end: number,
    header: SyslogHeader,
    lineNumber: number,
    emit: (event: AuthEvent) => void,
  ): boolean;
  /**
   * Reads the line from its ASCII bytes where it is one of sshd's common lines (asciiSshdLines.ts):
   * `read`, `notAboutLogins` or `unsure` (then read() must read it).
   */
  readAscii: AsciiSshdLines['read'];
  finish(emit: (event: AuthEvent) => void): void;
  /** Lines of a known program whose stamp or address could not be read. */
  unreadable(): number;
};

/**
 * Readers that read the stamps with `clock` (one per file: it carries the year over New Year);
 * sshd's events go to `counter` where it takes them (see LogFormat.createParser).
 */
export function createProgramReaders(clock: SyslogClockReader, counter?: EventCounter): ProgramReaders {
  const sshd = createSshdReader(counter);
  const asciiLines = createAsciiSshdLines(clock, sshd);
  const services = createServiceReaders();
  let badStamps = 0;
  return {
    readAscii: asciiLines.read,
    read(text, start, end, header, lineNumber, emit) {
      if (header.anyProgram || isSshd(text, header)) {
        const time = clock.time(text, header, end);
        if (Number.isNaN(time)) {
          badStamps += 1; // a line whose stamp is garbage is not trusted
          return false;
        }
        return sshd.read(text, header.messageStart, end, header.pid, time, lineNumber, emit);
      }
      const reader = readerOf(services, text, header);
      if (reader === undefined) return false;
      const time = clock.time(text, header, end);
      if (Number.isNaN(time)) {
        badStamps += 1;
        return false;
      }
      // The other services' readers take the line on its own (they are rare and use patterns).
      const line = start === 0 && end === text.length ? text : text.slice(start, end);
      const event = reader(line, header.messageStart - start, time, lineNumber, header.pid);
      if (event === undefined) return false;
      if (header.pid !== 0) event.pid = header.pid;
      emit(event);
      return true;
    },
    finish: (emit) => sshd.finish(emit),
    unreadable: () => badStamps + sshd.unreadable(),
  };
}

function readerOf(services: ServiceReaders, text: string, header: SyslogHeader): ServiceReader | undefined {
  // "postfix/smtpd", "postfix/submission/smtpd": the last part names the daemon.
  let nameStart = header.programStart;
  const slash = lastCharIndexIn(text, 47 /* / */, nameStart, header.programEnd - 1);
  if (slash >= 0) nameStart = slash + 1;
  let nameEnd = header.programEnd;
  const paren = charIndexIn(text, 40 /* ( */, nameStart, nameEnd);
  if (paren >= 0) nameEnd = paren; // "su(pam_unix)"
  if (nameEnd - nameStart > 24) return undefined;
  return services.readerFor(text.slice(nameStart, nameEnd));
}

/** True when sshd (under any of its names) wrote the line. */
export function isSshd(line: string, header: SyslogHeader): boolean {
  // Char codes first: startsWith on a line cut from the read chunk costs more than these four
  // loads, and most lines of an attacked auth.log are plain "sshd".
  const start = header.programStart;
  if (
    line.charCodeAt(start) !== 115 /* s */ ||
    line.charCodeAt(start + 1) !== 115 /* s */ ||
    line.charCodeAt(start + 2) !== 104 /* h */ ||
    line.charCodeAt(start + 3) !== 100 /* d */
  ) {
    return false;
  }
  let cursor = start + 4;
  if (cursor === header.programEnd) return true;
  if (line.startsWith('-session', cursor)) cursor += 8;
  else if (line.startsWith('-auth', cursor)) cursor += 5;
  if (line.startsWith('(pam_unix)', cursor)) cursor += 10;
  return cursor === header.programEnd;
}
