// Logs written through syslog: auth.log (Debian, Ubuntu), secure (Red Hat), messages, journalctl's
// short and short-iso output, RFC 5424 files. The header is read once (syslogLine.ts); the message
// goes to the reader of the program that wrote it (syslogPrograms.ts): sshd above all — also under
// the names sshd-session (OpenSSH 9.8+), sshd-auth (OpenSSH 10) and sshd(pam_unix) (old Red Hat) —
// and the other services an auth.log mixes in.
import type { EventCounter, LineParser, LogFormat, TimeAssumptions } from './logFormat';
import { createSyslogHeader, createSyslogTimeReader, readSyslogHeader } from './syslogLine';
import { createProgramReaders, isSshd } from './syslogPrograms';
import { read, unsure } from './asciiSshdLines';

export const sshdFormat: LogFormat = {
  id: 'openssh',
  label: 'System log: OpenSSH and other services (auth.log, secure, messages)',
  detect(sampleLines) {
    const header = createSyslogHeader();
    let written = 0;
    let bySyslog = 0;
    let bySshd = 0;
    for (const line of sampleLines) {
      if (line.trim() === '' || line.startsWith('-- ')) continue; // journalctl's "-- Boot … --"
      written += 1;
      if (!readSyslogHeader(line, header)) continue;
      bySyslog += 1;
      if (isSshd(line, header)) bySshd += 1;
    }
    if (written === 0 || bySyslog === 0) return 0;
    // auth.log mixes in CRON, sudo and systemd-logind: a few sshd lines are enough to say yes. A
    // syslog file without sshd (mail.log, vsftpd via syslog) is still read, more hesitantly.
    return bySshd > 0 ? 0.5 + (0.5 * bySshd) / written : (0.45 * bySyslog) / written;
  },
  createParser: (time: TimeAssumptions, counter?: EventCounter) => createSyslogParser(time, counter),
};

function createSyslogParser(time: TimeAssumptions, counter?: EventCounter): LineParser {
  const header = createSyslogHeader();
  const clock = createSyslogTimeReader(time);
  const programs = createProgramReaders(clock, counter);
  // Lines with a classic stamp, whose year and zone are the TimeAssumptions (LineParser.assumedTimes).
  let classicLines = 0;
  let noHeader = 0;
  // Cheap checks first: most lines of a busy auth.log are settled without any regex.
  const parseAt: NonNullable<LineParser['parseAt']> = (text, start, end, lineNumber, emit, ascii) => {
    if (ascii !== undefined) {
      const answer = programs.readAscii(ascii, text, start, end, lineNumber, emit);
      if (answer !== unsure) {
        classicLines += 1; // the byte reader only answers for classic stamps
        return answer === read;
      }
    }
    if (!readSyslogHeader(text, header, start, end)) {
      // No header: unreadable, unless the line is empty (a blank line says nothing).
      if (!isBlank(text, start, end)) noHeader += 1;
      return false;
    }
    if (header.classic || header.zoneless) classicLines += 1;
    return programs.read(text, start, end, header, lineNumber, emit);
  };
  return {
    parseLine: (line, lineNumber, emit) => parseAt(line, 0, line.length, lineNumber, emit),
    parseAt,
    finish: (emit) => programs.finish(emit),
    assumedTimes: () => classicLines,
    unreadableLines: () => noHeader + programs.unreadable(),
  };
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}
