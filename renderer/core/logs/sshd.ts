// OpenSSH's log lines as syslog writes them into auth.log (Debian, Ubuntu), secure (Red Hat) or
// messages: either timestamp style (see syslogLine.ts), from the daemon named sshd, sshd-session
// (OpenSSH 9.8+ logs the pre-auth child under this name), sshd-auth (OpenSSH 10) or, on old Red
// Hat systems, sshd(pam_unix).
import type { LineParser, LogFormat, TimeAssumptions } from './logFormat';
import { createSyslogLineReader, programStart } from './syslogLine';
import { readSshdMessage } from './sshdMessages';

export const sshdFormat: LogFormat = {
  id: 'openssh',
  label: 'OpenSSH (auth.log, secure)',
  detect(sampleLines) {
    let written = 0;
    let bySshd = 0;
    for (const line of sampleLines) {
      if (line.trim() === '') continue;
      written += 1;
      const program = programStart(line);
      if (program >= 0 && sshdMessageStart(line, program) >= 0) bySshd += 1;
    }
    // auth.log mixes in CRON, sudo and systemd-logind: a few sshd lines are enough to say yes.
    return bySshd === 0 ? 0 : 0.5 + (0.5 * bySshd) / written;
  },
  createParser(time: TimeAssumptions): LineParser {
    const reader = createSyslogLineReader(time);
    return {
      parseLine(line, lineNumber, emit) {
        // Cheap checks first: most lines of a busy auth.log are settled without any regex.
        const program = programStart(line);
        if (program < 0) return false;
        const message = sshdMessageStart(line, program);
        if (message < 0) return false;
        const event = readSshdMessage(line, message, 0, lineNumber);
        if (!event) return false;
        // Read the stamp only for lines that matter; a line whose stamp is garbage is not trusted.
        event.time = reader.time(line);
        if (Number.isNaN(event.time)) return false;
        emit(event);
        return true;
      },
    };
  },
};

/** Index of the message after "sshd[123]: ", or -1 when another program wrote the line. */
export function sshdMessageStart(line: string, program: number): number {
  if (!line.startsWith('sshd', program)) return -1;
  let cursor = program + 4;
  if (line.charCodeAt(cursor) === 45 /* - */) {
    if (line.startsWith('-session', cursor)) cursor += 8;
    else if (line.startsWith('-auth', cursor)) cursor += 5;
    else return -1;
  }
  if (line.charCodeAt(cursor) === 40 /* ( */) {
    cursor = line.indexOf(')', cursor) + 1;
    if (cursor === 0) return -1;
  }
  if (line.charCodeAt(cursor) === 91 /* [ */) {
    cursor = line.indexOf(']', cursor) + 1;
    if (cursor === 0) return -1;
  }
  return line.charCodeAt(cursor) === 58 && line.charCodeAt(cursor + 1) === 32 ? cursor + 2 : -1;
}
