// What sshd says about logins, one message shape at a time, across OpenSSH 5 to 10: the table
// that sends each message to its reader by its first letter, so a line is compared with only a
// few prefixes. The readers are sshdAuthMessages.ts (logins, refusals, PAM) and
// sshdConnectionMessages.ts (how connections end, probes, pre-authentication refusals); what a
// reading holds is sshdReading.ts. User names inside these messages are chosen by whoever
// connects: treat them as data.
import { indexIn, lastCharIndexIn, startsAt } from './textAt';
import { shape, type SshdReading } from './sshdReading';
import {
  readAccepted,
  readFailed,
  readInvalidUser,
  readMaxTries,
  readNotAllowed,
  readPamError,
  readPamFailure,
  readPamMessage,
  readRootRefused,
  readUserauthRequest,
} from './sshdAuthMessages';
import {
  readBreakInWarning,
  readConnection,
  readDisconnect,
  readDroppedConnection,
  readPenalty,
  readProbe,
  readReceivedDisconnect,
  readRefusedConnect,
  readTimeout,
} from './sshdConnectionMessages';

// Where the readers used to live: the rest of the sshd reader imports them from here.
export { createSshdReading, found, looksLikeAddressAt, shape, type SshdReading } from './sshdReading';

/** Reads the sshd message text[start, end) into `reading`; false when it is not about logins. */
export function readSshdMessage(text: string, start: number, end: number, reading: SshdReading): boolean {
  reading.shape = shape.plain;
  // A prefix check never needs `end`: the character after a line is its line break, which no
  // prefix has.
  switch (text.charCodeAt(start)) {
    case 70 /* F */:
      if (!readFailed(text, start, end, reading)) return false;
      reading.shape = shape.failed;
      return true;
    case 73 /* I */:
      return readInvalidUser(text, start, end, reading);
    case 65 /* A */:
      if (startsAt(text, start, 'Address ')) return readBreakInWarning(text, start + 8, end, reading);
      return readAccepted(text, start, end, 'success', reading);
    case 80 /* P */:
      if (startsAt(text, start, 'Postponed ')) return readAccepted(text, start, end, 'other', reading);
      if (startsAt(text, start, 'PAM: ')) return readPamError(text, start, end, reading);
      // "PAM 2 more authentication failures; … rhost=…": a summary of "Failed" lines already counted.
      if (startsAt(text, start, 'PAM ')) return readPamFailure(text, start, end, 'other', reading);
      return false;
    case 112 /* p */: {
      // "pam_unix(sshd:auth): …", "pam_unix(sshd:session): …"
      if (!startsAt(text, start, 'pam_unix(sshd:')) return false;
      const moduleEnd = indexIn(text, '): ', start, end);
      return moduleEnd >= 0 && readPamMessage(text, moduleEnd + 3, end, reading);
    }
    case 97 /* a */:
      // Old Red Hat syslog names the PAM module in the program: "sshd(pam_unix)[123]: …".
      return readPamMessage(text, start, end, reading);
    case 115 /* s */:
      if (startsAt(text, start, 'srclimit_penalise: ')) return readPenalty(text, start, end, reading);
      if (startsAt(text, start, 'ssh_dispatch_run_fatal: ')) return readProbe(text, start, end, reading);
      return readPamMessage(text, start, end, reading);
    case 109 /* m */:
      if (readMaxTries(text, start, end, reading)) return true;
      return readRepeatedMessage(text, start, end, reading);
    case 67 /* C */:
      return readConnection(text, start, end, reading);
    case 68 /* D */:
      return readDisconnect(text, start, end, reading);
    case 82 /* R */:
      if (startsAt(text, start, 'Received disconnect from '))
        return readReceivedDisconnect(text, start, end, reading);
      return readRootRefused(text, start, end, reading);
    case 85 /* U */:
      if (startsAt(text, start, 'Unable to negotiate with ')) return readProbe(text, start, end, reading);
      return readNotAllowed(text, start, end, reading);
    case 98 /* b */:
    case 66 /* B */:
    case 77 /* M */:
    case 107 /* k */:
      return readProbe(text, start, end, reading);
    case 84 /* T */:
      return readTimeout(text, start, end, reading);
    case 114 /* r */: {
      if (startsAt(text, start, 'refused connect from '))
        return readRefusedConnect(text, start, end, reading);
      if (!startsAt(text, start, 'reverse mapping checking getaddrinfo for ')) return false;
      const bracket = indexIn(text, ' [', start + 41, end);
      return bracket >= 0 && readBreakInWarning(text, bracket + 2, end, reading);
    }
    case 100 /* d */:
      return readDroppedConnection(text, start, end, reading);
    case 105 /* i */:
      return readUserauthRequest(text, start, end, reading);
    case 101 /* e */:
      return startsAt(text, start, 'error: ') && readSshdMessage(text, start + 7, end, reading);
    case 102 /* f */:
      return startsAt(text, start, 'fatal: ') && readSshdMessage(text, start + 7, end, reading);
    default:
      return false;
  }
}

// rsyslog folds identical lines: "message repeated 5 times: [ Failed password for root …]" comes
// after the first one was written and stands for 5 more attempts. The inner message is cut out:
// its end is a "]", which a prefix check could run into.
function readRepeatedMessage(text: string, start: number, end: number, reading: SshdReading): boolean {
  const prefix = 'message repeated ';
  if (!startsAt(text, start, prefix)) return false;
  const timesEnd = indexIn(text, ' times: [ ', start + prefix.length, end);
  const innerEnd = lastCharIndexIn(text, 93 /* ] */, start, end - 1);
  if (timesEnd < 0 || innerEnd < timesEnd) return false;
  const times = Number(text.slice(start + prefix.length, timesEnd));
  if (!Number.isSafeInteger(times) || times < 1) return false;
  const inner = text.slice(timesEnd + 10, innerEnd);
  if (!readSshdMessage(inner, 0, inner.length, reading)) return false;
  reading.count *= times;
  return true;
}
