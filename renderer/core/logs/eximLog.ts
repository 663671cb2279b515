// Exim's own main log (/var/log/exim4/mainlog, /var/log/exim/main.log): "2022-06-29 16:04:05
// dovecot_login authenticator failed for …", with "+0200" after the time when log_timezone is set,
// ".345" with log_selector +millisec and "[1234]" with +pid. Without a zone the stamp is the
// server's wall clock: the zone the person confirmed is used.
import { ownLogFormat, emitRead } from './ownLogFormat';
import { createEximReader } from './smtpMessages';
import { createSameAttemptMemory } from './sameAttempt';
import { wallClockToUtc } from '../time/zoneOffset';

const eximLine =
  /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{3}))?(?: ([+-])(\d\d)(\d\d))?(?: \[(\d+)\])? /;

// What only exim writes after its stamp: a message id ("1oXXXX-000000-00"), a host "H=", an
// authenticator, an SMTP error, or its daemon's and queue runners' lines.
const eximMessage =
  /^(?:[\dA-Za-z]{6}-[\dA-Za-z]{6,11}-[\dA-Za-z]{2,4} |(?:\S+ )?authenticator failed for |SMTP (?:protocol|connection|command|syntax|call|data)|H=|Start queue run|End queue run|exim \S+ daemon started|no (?:host name|IP address) found|TLS error on connection|unexpected disconnection|rejected [EH]{1,2}LO|DKIM: )/;

export const eximLogFormat = ownLogFormat({
  id: 'exim',
  label: 'Exim main log (mainlog)',
  isOwnLine: (line) => eximLine.test(line),
  isTellingLine: (line) => {
    const m = eximLine.exec(line);
    return m !== null && eximMessage.test(line.slice(m[0].length));
  },
  createLineReader(time) {
    const toUtc = wallClockToUtc(time.timeZone);
    const exim = createEximReader(createSameAttemptMemory());
    return (line, lineNumber, emit) => {
      const m = eximLine.exec(line);
      if (!m) return false;
      const wallClock = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, Number(m[7] ?? 0));
      const when =
        m[8] === undefined
          ? toUtc(wallClock)
          : wallClock - (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10])) * 60_000;
      return emitRead(exim(line, m[0].length, when, lineNumber), Number(m[11] ?? 0), emit);
    };
  },
});
