// Dovecot's own log file (log_path = /var/log/dovecot.log): "2019-10-15 08:08:52 imap-login: Info:
// Disconnected (auth failed, 1 attempts in 2 secs): user=<test>, …", or with the default
// log_timestamp "Oct 15 08:08:52 imap-login: …" (no host, no tag: the process name follows the
// stamp). The same messages as Dovecot's syslog lines after "dovecot: "; the stamp is the server's
// wall clock, and the classic one has no year: both come from what the person confirmed.
import { ownLogFormat, emitRead } from './ownLogFormat';
import { createDovecotReader } from './imapMessages';
import { createSameAttemptMemory } from './sameAttempt';
import { wallClockToUtc } from '../time/zoneOffset';
import { createSyslogClock } from '../time/syslogTimestamp';

const process =
  '(?:\\w+-login|auth|auth-worker|imap|pop3|lmtp|lda|master|managesieve|submission|config|anvil|indexer|indexer-worker|dict|doveadm|stats|log)(?:\\([^)]*\\))?: ';
const isoLine = new RegExp(
  `^(\\d{4})-(\\d\\d)-(\\d\\d) (\\d\\d):(\\d\\d):(\\d\\d)(?:\\.\\d+)? (?=${process})`,
);
const classicLine = new RegExp(`^\\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d (?=${process})`);

export const dovecotLogFormat = ownLogFormat({
  id: 'dovecot',
  label: 'Dovecot log (dovecot.log)',
  isOwnLine: (line) => isoLine.test(line) || classicLine.test(line),
  createLineReader(time) {
    const toUtc = wallClockToUtc(time.timeZone);
    const clock = createSyslogClock(time);
    const dovecot = createDovecotReader(createSameAttemptMemory());
    return (line, lineNumber, emit) => {
      const iso = isoLine.exec(line);
      if (iso) {
        const when = toUtc(Date.UTC(+iso[1]!, +iso[2]! - 1, +iso[3]!, +iso[4]!, +iso[5]!, +iso[6]!));
        return emitRead(dovecot(line, iso[0].length, when, lineNumber), undefined, emit);
      }
      const classic = classicLine.exec(line);
      if (!classic) return false;
      const when = clock.read(line, 0, line.length);
      if (Number.isNaN(when)) return false;
      return emitRead(dovecot(line, classic[0].length, when, lineNumber), undefined, emit);
    };
  },
});
