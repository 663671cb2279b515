// What sshd says about logins, one message shape at a time. `text` holds the message after the
// syslog header ("… sshd[123]: <message>"). Wording from OpenSSH's auth.c, auth2.c and sshd.c.
// User names inside these messages are chosen by whoever connects: treat them as data.
import type { AuthEvent, EventKind } from './authEvent';
import { normalizeAddress } from '../net/addressScope';

// auth.c auth_log(): "%s %s%s%s for %s%.100s from %.200s port %d ssh2%s%s" writes both the
// "Failed …" and the "Accepted …" lines. The user name is the client's text and can itself contain
// " from 1.2.3.4 port 22", so the greedy (.*) makes the LAST " from … port …" the address. A name
// may also be empty ("invalid user  from").
const acceptedPattern = /Accepted (\S+) for (.*) from (\S+) port (\d+)(?: ssh2)?(?:: .*)?$/y;
// auth.c getpwnamallow(): "Invalid user %.100s from %.100s port %d" (no port before OpenSSH 7.2).
const invalidUserPattern = /Invalid user (.*) from (\S+)(?: port (\d+))?$/y;
// Connections that never tried a login: scanners, closed or reset before authentication.
const closedBeforeLoginPattern = /Connection (?:closed|reset) by (\S+)(?: port (\d+))? \[preauth\]$/y;
const noIdentificationPattern = /Did not receive identification string from (\S+)(?: port (\d+))?$/y;
const unableToNegotiatePattern = /Unable to negotiate with (\S+) port (\d+): /y;
const bannerPattern = /banner exchange: Connection from (\S+) port (\d+): /y;
// pam_unix writes a host name here when sshd has UseDNS on; only an address makes a source.
const addressLike = /^(?:\d{1,3}\.){3}\d{1,3}$|:/;
// "session opened for user alice(uid=1000) by (uid=0)"; before Linux-PAM 1.5 "… user alice by …".
const sessionPattern = /session (opened|closed) for user ([^\s(]+)/y;

/** The event one sshd message stands for, or undefined when it is not about logins. */
export function readSshdMessage(
  text: string,
  start: number,
  time: number,
  line: number,
): AuthEvent | undefined {
  // Dispatch on the first letter so that a line runs at most one regular expression.
  let m: RegExpExecArray | null;
  switch (text.charCodeAt(start)) {
    case 70 /* F */:
      return readFailed(text, start, time, line);
    case 73 /* I */:
      if (!(m = execAt(invalidUserPattern, text, start))) return undefined;
      return event('invalid-user', time, line, m[2], m[3], m[1], undefined);
    case 65 /* A */:
      if (!(m = execAt(acceptedPattern, text, start))) return undefined;
      return event('success', time, line, m[3], m[4], m[2], m[1]);
    case 112 /* p */: {
      // "pam_unix(sshd:auth): …", "pam_unix(sshd:session): …"
      if (!text.startsWith('pam_unix(sshd:', start)) return undefined;
      const moduleEnd = text.indexOf('): ', start);
      return moduleEnd < 0 ? undefined : readPamMessage(text, moduleEnd + 3, time, line);
    }
    case 97 /* a */:
    case 115 /* s */:
      // Old Red Hat syslog names the PAM module in the program: "sshd(pam_unix)[123]: …".
      return readPamMessage(text, start, time, line);
    case 109 /* m */:
      return readRepeatedMessage(text, start, time, line);
    // Cheap prefixes first: "Disconnected from …", "Connection closed by authenticating user …"
    // are common and, for now, counted as not about logins (the attempt was already counted).
    case 67 /* C */:
      m = text.endsWith(' [preauth]') ? execAt(closedBeforeLoginPattern, text, start) : null;
      break;
    case 68 /* D */:
      m = text.startsWith('Did not receive ', start) ? execAt(noIdentificationPattern, text, start) : null;
      break;
    case 85 /* U */:
      m = execAt(unableToNegotiatePattern, text, start);
      break;
    case 98 /* b */:
      m = execAt(bannerPattern, text, start);
      break;
    default:
      return undefined;
  }
  return m ? event('probe', time, line, m[1], m[2], undefined, undefined) : undefined;
}

// rsyslog folds identical lines: "message repeated 5 times: [ Failed password for root …]" comes
// after the first one was written and stands for 5 more attempts.
function readRepeatedMessage(text: string, start: number, time: number, line: number): AuthEvent | undefined {
  const prefix = 'message repeated ';
  if (!text.startsWith(prefix, start)) return undefined;
  const timesEnd = text.indexOf(' times: [ ', start + prefix.length);
  const innerEnd = text.lastIndexOf(']');
  if (timesEnd < 0 || innerEnd < timesEnd) return undefined;
  const times = Number(text.slice(start + prefix.length, timesEnd));
  if (!Number.isSafeInteger(times) || times < 1) return undefined;
  const inner = readSshdMessage(text.slice(timesEnd + 10, innerEnd), 0, time, line);
  if (inner) inner.count *= times;
  return inner;
}

function readPamMessage(text: string, start: number, time: number, line: number): AuthEvent | undefined {
  if (text.startsWith('authentication failure;', start)) {
    // pam_unix writes this for the SAME attempt as the "Failed password" line that follows, so
    // counting both would double every failure: it is kept as 'other', for the address only.
    const rhostAt = text.indexOf(' rhost=', start);
    if (rhostAt < 0) return undefined;
    const rhostEnd = endOfWord(text, rhostAt + 7);
    const rhost = text.slice(rhostAt + 7, rhostEnd);
    const userAt = text.indexOf(' user=', rhostEnd);
    const user = userAt < 0 ? undefined : text.slice(userAt + 6);
    const ip = addressLike.test(rhost) ? rhost : undefined;
    return event('other', time, line, ip, undefined, user, undefined);
  }
  const session = text.startsWith('session ', start) ? execAt(sessionPattern, text, start) : null;
  if (!session) return undefined;
  return event(
    session[1] === 'opened' ? 'session-open' : 'session-close',
    time,
    line,
    undefined,
    undefined,
    session[2],
    undefined,
  );
}

// "Failed <method> for [invalid user ]<user> from <ip> port <port> ssh2[: <key>]" — the most
// common line of an attack, so read with indexOf instead of a regular expression (+15 % speed).
// As with the patterns above, the LAST " from " starts the address; everything before is the name.
function readFailed(text: string, start: number, time: number, line: number): AuthEvent | undefined {
  if (!text.startsWith('Failed ', start)) return undefined;
  const methodEnd = text.indexOf(' ', start + 7);
  if (methodEnd < 0 || !text.startsWith(' for ', methodEnd)) return undefined;
  const from = text.lastIndexOf(' from ');
  let userStart = methodEnd + 5;
  if (from < userStart) return undefined;
  if (text.startsWith('invalid user ', userStart) && from >= userStart + 13) userStart += 13;
  const ipStart = from + 6;
  const ipEnd = text.indexOf(' ', ipStart);
  if (ipEnd < 0 || !text.startsWith(' port ', ipEnd)) return undefined;
  const portStart = ipEnd + 6;
  let portEnd = portStart;
  while (isDigit(text.charCodeAt(portEnd))) portEnd += 1;
  if (portEnd === portStart) return undefined;
  return event(
    'auth-failure',
    time,
    line,
    text.slice(ipStart, ipEnd),
    text.slice(portStart, portEnd),
    text.slice(userStart, from),
    text.slice(start + 7, methodEnd),
  );
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function execAt(pattern: RegExp, text: string, start: number): RegExpExecArray | null {
  pattern.lastIndex = start;
  return pattern.exec(text);
}

function event(
  kind: EventKind,
  time: number,
  line: number,
  ip: string | undefined,
  port: string | undefined,
  user: string | undefined,
  method: string | undefined,
): AuthEvent {
  // Every event has the same keys in the same order, so V8 keeps one object shape for all.
  return {
    time,
    service: 'sshd',
    kind,
    ip: ip === undefined ? undefined : normalizeAddress(ip),
    port: port === undefined ? undefined : Number(port),
    user,
    method,
    count: 1,
    line,
  };
}

function endOfWord(text: string, from: number): number {
  const space = text.indexOf(' ', from);
  return space < 0 ? text.length : space;
}
