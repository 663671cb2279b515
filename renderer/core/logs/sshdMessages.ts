// What sshd says about logins, one message shape at a time, across OpenSSH 5 to 10. `text` holds
// the message after the syslog header ("… sshd[123]: <message>"). Wording from OpenSSH's auth.c,
// auth2.c, sshd.c, srclimit.c and packet.c. User names inside these messages are chosen by whoever
// connects: treat them as data. Reading is stateless; sshdConnections.ts adds what needs the
// process id (borrowed addresses, the pam_unix/Failed pairing).
import type { AuthEvent, EventKind } from './authEvent';
import { normalizeAddress } from '../net/addressScope';
import { readTailAddress, type TailAddress } from './tailAddress';
import { digitsValue } from '../time/digits';
import { startsAt } from './textAt';

/** What the connection tracker must know about a message beyond its event. */
export const shape = {
  plain: 0,
  /** "Failed <method> for …": consumes a pam_unix failure written for the same attempt. */
  failed: 1,
  /** "pam_unix(sshd:auth): authentication failure": the same attempt as the next "Failed" line. */
  pamFailure: 2,
  /** "maximum authentication attempts exceeded": the refusal the next "Disconnecting" repeats. */
  maxTries: 3,
  /** "Disconnecting: Too many authentication failures": a refusal unless maxTries said it already. */
  tooMany: 4,
  /** A connection that ended before authentication: a probe unless it had tried a login. */
  endedBeforeLogin: 5,
} as const;

export type SshdReading = { shape: number };

// auth.c auth_log(): "%s %s%s%s for %s%.100s from %.200s port %d ssh2%s%s" writes both the
// "Failed …" and the "Accepted …" lines. The user name is the client's text and can itself contain
// " from 1.2.3.4 port 22", so the greedy (.*) makes the LAST " from … port …" the address.
const acceptedPattern =
  /(?:Accepted|Postponed) (\S+) for (.*) from (\S+) port (\d+)(?: ssh2)?(?:: .*)?(?: \[preauth\])?$/y;
// auth.c getpwnamallow(): "Invalid user %.100s from %.100s port %d" (no port before OpenSSH 7.2;
// "Illegal user" before OpenSSH 3.9).
const invalidUserPattern = /(?:Invalid|Illegal) user (.*) from (\S+)(?: port (\d+))?$/y;
// auth.c allowed_user(): "User %.100s from %.100s not allowed because %s".
const notAllowedPattern = /User (.*?)(?: from (\S+))? not allowed because /y;
const sessionPattern = /session (opened|closed) for user ([^\s(]+)/y;

const tail: TailAddress = { ip: '', port: undefined, start: 0 };

/** The event one sshd message stands for, or undefined when it is not about logins. */
export function readSshdMessage(
  text: string,
  start: number,
  time: number,
  line: number,
  reading: SshdReading,
): AuthEvent | undefined {
  reading.shape = shape.plain;
  // Dispatch on the first letter so that a line runs at most one regular expression.
  let m: RegExpExecArray | null;
  switch (text.charCodeAt(start)) {
    case 70 /* F */:
      reading.shape = shape.failed;
      return readFailed(text, start, time, line);
    case 73 /* I */:
      if (!(m = execAt(invalidUserPattern, text, start))) return undefined;
      return event('invalid-user', time, line, m[2], numberOf(m[3]), m[1], undefined);
    case 65 /* A */:
      if (startsAt(text, start, 'Address ')) return readBreakInWarning(text, start + 8, time, line);
      if (!(m = execAt(acceptedPattern, text, start))) return undefined;
      return event('success', time, line, m[3], numberOf(m[4]), m[2], m[1]);
    case 80 /* P */:
      if (startsAt(text, start, 'Postponed ')) {
        if (!(m = execAt(acceptedPattern, text, start))) return undefined;
        return event('other', time, line, m[3], numberOf(m[4]), m[2], m[1]);
      }
      // "PAM 2 more authentication failures; … rhost=…": a summary of "Failed" lines already counted.
      if (startsAt(text, start, 'PAM ')) return readPamFailure(text, start, time, line, 'other');
      return undefined;
    case 112 /* p */: {
      // "pam_unix(sshd:auth): …", "pam_unix(sshd:session): …"
      if (!startsAt(text, start, 'pam_unix(sshd:')) return undefined;
      const moduleEnd = text.indexOf('): ', start);
      return moduleEnd < 0 ? undefined : readPamMessage(text, moduleEnd + 3, time, line, reading);
    }
    case 97 /* a */:
      // Old Red Hat syslog names the PAM module in the program: "sshd(pam_unix)[123]: …".
      return readPamMessage(text, start, time, line, reading);
    case 115 /* s */:
      if (startsAt(text, start, 'srclimit_penalise: ')) return readPenalty(text, start, time, line);
      return readPamMessage(text, start, time, line, reading);
    case 109 /* m */:
      if (startsAt(text, start, 'maximum authentication attempts exceeded for ')) {
        reading.shape = shape.maxTries;
        return readUserTail(text, start + 45, time, line, 'refused', ' from ');
      }
      return readRepeatedMessage(text, start, time, line, reading);
    case 67 /* C */:
      return readConnection(text, start, time, line, reading);
    case 68 /* D */:
      return readDisconnect(text, start, time, line, reading);
    case 82 /* R */:
      if (startsAt(text, start, 'Received disconnect from ')) {
        return addressEvent('other', text, start + 25, time, line);
      }
      if (startsAt(text, start, 'ROOT LOGIN REFUSED FROM ')) {
        const refused = addressEvent('refused', text, start + 24, time, line);
        if (refused) refused.user = 'root';
        return refused;
      }
      return undefined;
    case 85 /* U */:
      if (startsAt(text, start, 'Unable to negotiate with ')) {
        return addressEvent('probe', text, start + 25, time, line);
      }
      if (!(m = execAt(notAllowedPattern, text, start))) return undefined;
      return event('refused', time, line, m[2], undefined, m[1], undefined);
    case 98 /* b */:
      if (!startsAt(text, start, 'banner exchange: Connection from ')) return undefined;
      return addressEvent('probe', text, start + 33, time, line);
    case 66 /* B */: {
      // "Bad protocol version identification '…' from IP port P": the quoted text is the client's.
      if (!startsAt(text, start, 'Bad protocol version identification ')) return undefined;
      const from = text.lastIndexOf(' from ');
      return from < start ? undefined : addressEvent('probe', text, from + 6, time, line);
    }
    case 84 /* T */:
      if (!startsAt(text, start, 'Timeout before authentication for ')) return undefined;
      reading.shape = shape.endedBeforeLogin;
      return addressEvent('probe', text, start + 34, time, line);
    case 114 /* r */:
      if (!startsAt(text, start, 'reverse mapping checking getaddrinfo for ')) return undefined;
      return readBreakInWarning(text, text.indexOf(' [', start + 41) + 2, time, line);
    case 100 /* d */:
      // PerSourcePenalties (OpenSSH 9.8+): "drop connection #3 from [IP]:P on [IP]:22 penalty: …".
      if (!startsAt(text, start, 'drop connection #')) return undefined;
      return readBracketedAddress(text, text.indexOf(' from [', start) + 7, time, line, 'refused');
    case 105 /* i */:
      if (!startsAt(text, start, 'input_userauth_request: invalid user ')) return undefined;
      return event('other', time, line, undefined, undefined, withoutPreauth(text, start + 37), undefined);
    case 101 /* e */:
      if (startsAt(text, start, 'error: PAM: Authentication failure for ')) {
        return event('other', time, line, undefined, undefined, undefined, 'keyboard-interactive/pam');
      }
      return startsAt(text, start, 'error: ')
        ? readSshdMessage(text, start + 7, time, line, reading)
        : undefined;
    case 102 /* f */:
      return startsAt(text, start, 'fatal: ')
        ? readSshdMessage(text, start + 7, time, line, reading)
        : undefined;
    default:
      return undefined;
  }
}

// rsyslog folds identical lines: "message repeated 5 times: [ Failed password for root …]" comes
// after the first one was written and stands for 5 more attempts.
function readRepeatedMessage(
  text: string,
  start: number,
  time: number,
  line: number,
  reading: SshdReading,
): AuthEvent | undefined {
  const prefix = 'message repeated ';
  if (!startsAt(text, start, prefix)) return undefined;
  const timesEnd = text.indexOf(' times: [ ', start + prefix.length);
  const innerEnd = text.lastIndexOf(']');
  if (timesEnd < 0 || innerEnd < timesEnd) return undefined;
  const times = Number(text.slice(start + prefix.length, timesEnd));
  if (!Number.isSafeInteger(times) || times < 1) return undefined;
  const inner = readSshdMessage(text.slice(timesEnd + 10, innerEnd), 0, time, line, reading);
  if (inner) inner.count *= times;
  return inner;
}

function readPamMessage(
  text: string,
  start: number,
  time: number,
  line: number,
  reading: SshdReading,
): AuthEvent | undefined {
  if (startsAt(text, start, 'authentication failure;')) {
    // Counted once: sshdConnections.ts drops it when sshd's own "Failed …" line for the same
    // attempt follows (modern logs), and keeps it when none does (old logs only have this one).
    reading.shape = shape.pamFailure;
    return readPamFailure(text, start, time, line, 'auth-failure');
  }
  const session = startsAt(text, start, 'session ') ? execAt(sessionPattern, text, start) : null;
  if (!session) return undefined;
  const kind = session[1] === 'opened' ? 'session-open' : 'session-close';
  return event(kind, time, line, undefined, undefined, session[2], undefined);
}

// "…; logname= uid=0 euid=0 tty=ssh ruser= rhost=203.0.113.5  user=root"
function readPamFailure(
  text: string,
  start: number,
  time: number,
  line: number,
  kind: EventKind,
): AuthEvent | undefined {
  const rhostAt = text.indexOf(' rhost=', start);
  if (rhostAt < 0) return undefined;
  const rhostEnd = endOfWord(text, rhostAt + 7);
  const rhost = text.slice(rhostAt + 7, rhostEnd);
  const userAt = text.indexOf(' user=', rhostEnd);
  const user = userAt < 0 ? undefined : text.slice(userAt + 6);
  return event(kind, time, line, rhost, undefined, user, 'password'); // a host name becomes no ip
}

// "Failed <method> for [invalid user ]<user> from <ip> port <port> ssh2[: <key>]" — the most
// common line of an attack, so read with indexOf instead of a regular expression (+15 % speed).
// As with the patterns above, the LAST " from " starts the address; everything before is the name.
function readFailed(text: string, start: number, time: number, line: number): AuthEvent | undefined {
  if (!startsAt(text, start, 'Failed ')) return undefined;
  const methodEnd = text.indexOf(' ', start + 7);
  if (methodEnd < 0 || !startsAt(text, methodEnd, ' for ')) return undefined;
  const from = text.lastIndexOf(' from ');
  let userStart = methodEnd + 5;
  if (from < userStart) return undefined;
  if (
    from >= userStart + 13 &&
    (startsAt(text, userStart, 'invalid user ') || startsAt(text, userStart, 'illegal user '))
  ) {
    userStart += 13;
  }
  const ipStart = from + 6;
  const ipEnd = text.indexOf(' ', ipStart);
  if (ipEnd < 0 || !startsAt(text, ipEnd, ' port ')) return undefined;
  const portStart = ipEnd + 6;
  let portEnd = portStart;
  while (isDigit(text.charCodeAt(portEnd))) portEnd += 1;
  if (portEnd === portStart) return undefined;
  return event(
    'auth-failure',
    time,
    line,
    text.slice(ipStart, ipEnd),
    digitsValue(text, portStart, portEnd),
    text.slice(userStart, from),
    // Nearly always "password": the constant instead of one more slice to allocate per line.
    methodEnd - start === 15 && startsAt(text, start + 7, 'password')
      ? 'password'
      : text.slice(start + 7, methodEnd),
  );
}

// "Connection closed by IP port P [preauth]" (a probe), "Connection closed by authenticating user
// U IP port P [preauth]", "Connection reset by invalid user U IP port P [preauth]" (after a
// failure, already counted), "Connection from IP port P on IP port 22" (LogLevel VERBOSE).
function readConnection(
  text: string,
  start: number,
  time: number,
  line: number,
  reading: SshdReading,
): AuthEvent | undefined {
  if (startsAt(text, start, 'Connection from ')) return addressEvent('other', text, start + 16, time, line);
  let at: number;
  if (startsAt(text, start, 'Connection closed by ')) at = start + 21;
  else if (startsAt(text, start, 'Connection reset by ')) at = start + 20;
  else return undefined;
  if (startsAt(text, at, 'authenticating user '))
    return readUserTail(text, at + 20, time, line, 'other', ' ');
  if (startsAt(text, at, 'invalid user ')) return readUserTail(text, at + 13, time, line, 'other', ' ');
  reading.shape = shape.endedBeforeLogin;
  return addressEvent('probe', text, at, time, line);
}

function readDisconnect(
  text: string,
  start: number,
  time: number,
  line: number,
  reading: SshdReading,
): AuthEvent | undefined {
  // The commonest first (one per connection): these prefixes exclude each other, so the order
  // changes no result, only how many characters a line is compared against.
  if (startsAt(text, start, 'Disconnected from ')) {
    const at = start + 18;
    if (startsAt(text, at, 'authenticating user '))
      return readUserTail(text, at + 20, time, line, 'other', ' ');
    if (startsAt(text, at, 'invalid user ')) return readUserTail(text, at + 13, time, line, 'other', ' ');
    if (startsAt(text, at, 'user ')) return readUserTail(text, at + 5, time, line, 'other', ' ');
    return addressEvent('other', text, at, time, line);
  }
  if (startsAt(text, start, 'Did not receive identification string from ')) {
    return addressEvent('probe', text, start + 43, time, line);
  }
  if (startsAt(text, start, 'Disconnecting: Too many authentication failures')) {
    // "… for root [preauth]" (OpenSSH 5–7): no address; the tracker borrows the process's.
    reading.shape = shape.tooMany;
    const forAt = text.indexOf(' for ', start + 46);
    const user = forAt < 0 ? undefined : withoutPreauth(text, forAt + 5);
    return event('refused', time, line, undefined, undefined, user, undefined);
  }
  // OpenSSH 8+: "Disconnecting authenticating user root 203.0.113.5 port 4: Too many authentication failures"
  if (startsAt(text, start, 'Disconnecting ') && text.includes(': Too many authentication failures', start)) {
    reading.shape = shape.tooMany;
    const userStart = startsAt(text, start + 14, 'invalid user ') ? start + 27 : start + 34;
    return readUserTail(text, userStart, time, line, 'refused', ' ');
  }
  return undefined;
}

// "… for [invalid user ]U from IP port P ssh2 [preauth]" or "… user U IP port P [preauth]": the
// address is the word before the last " port "; the name is everything before it.
function readUserTail(
  text: string,
  userStart: number,
  time: number,
  line: number,
  kind: EventKind,
  separator: string,
): AuthEvent | undefined {
  if (separator === ' from ' && startsAt(text, userStart, 'invalid user ')) userStart += 13;
  if (!readTailAddress(text, userStart, separator, tail)) return undefined;
  return event(kind, time, line, tail.ip, tail.port, text.slice(userStart, tail.start), undefined);
}

/** An event for "IP", "IP port P", "IP:P" (old "Received disconnect from IP: 11: …"). */
function addressEvent(
  kind: EventKind,
  text: string,
  at: number,
  time: number,
  line: number,
): AuthEvent | undefined {
  let end = at;
  for (
    let code = text.charCodeAt(end);
    end < text.length && code !== 32 && code !== 44;
    code = text.charCodeAt(++end)
  );
  let ip = text.slice(at, end);
  if (ip.endsWith(':')) ip = ip.slice(0, -1);
  if (ip === '' || !looksLikeAddress(ip)) return undefined;
  let port: number | undefined;
  if (startsAt(text, end, ' port ')) {
    let portEnd = end + 6;
    while (isDigit(text.charCodeAt(portEnd))) portEnd += 1;
    if (portEnd > end + 6) port = digitsValue(text, end + 6, portEnd);
  }
  return event(kind, time, line, ip, port, undefined, undefined);
}

// "… for host.example [203.0.113.5] failed - POSSIBLE BREAK-IN ATTEMPT!" and "Address 203.0.113.5
// maps to host.example, but this does not map back …": DNS that does not match, not an attack.
function readBreakInWarning(text: string, at: number, time: number, line: number): AuthEvent | undefined {
  if (at < 2 || !text.endsWith('POSSIBLE BREAK-IN ATTEMPT!')) return undefined;
  let end = at;
  while (end < text.length && text.charCodeAt(end) !== 93 && text.charCodeAt(end) !== 32) end += 1;
  const ip = text.slice(at, end);
  return looksLikeAddress(ip) ? event('other', time, line, ip, undefined, undefined, undefined) : undefined;
}

function readBracketedAddress(
  text: string,
  at: number,
  time: number,
  line: number,
  kind: EventKind,
): AuthEvent | undefined {
  if (at < 7) return undefined;
  const close = text.indexOf(']', at);
  if (close < 0) return undefined;
  const ip = text.slice(at, close);
  let portEnd = close + 2;
  while (isDigit(text.charCodeAt(portEnd))) portEnd += 1;
  const port =
    text.charCodeAt(close + 1) === 58 && portEnd > close + 2
      ? digitsValue(text, close + 2, portEnd)
      : undefined;
  return looksLikeAddress(ip) ? event(kind, time, line, ip, port, undefined, undefined) : undefined;
}

// "srclimit_penalise: ipv4: new 203.0.113.5/32 deferred penalty of 10 seconds for penalty: …"
function readPenalty(text: string, start: number, time: number, line: number): AuthEvent | undefined {
  const at = text.indexOf(': new ', start + 19);
  if (at < 0) return undefined;
  const slash = text.indexOf('/', at + 6);
  const space = text.indexOf(' ', at + 6);
  const end = slash > 0 && (space < 0 || slash < space) ? slash : space;
  if (end < 0) return undefined;
  const ip = text.slice(at + 6, end);
  return looksLikeAddress(ip) ? event('other', time, line, ip, undefined, undefined, undefined) : undefined;
}

function withoutPreauth(text: string, from: number): string {
  return text.endsWith(' [preauth]') ? text.slice(from, text.length - 10) : text.slice(from);
}

/** A regular expression's optional (\d+) capture as a number. */
function numberOf(digits: string | undefined): number | undefined {
  return digits === undefined ? undefined : Number(digits);
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
  port: number | undefined,
  user: string | undefined,
  method: string | undefined,
): AuthEvent {
  // Every event has the same keys in the same order, so V8 keeps one object shape for all.
  return {
    time,
    service: 'sshd',
    kind,
    ip: ip === undefined || !looksLikeAddress(ip) ? undefined : normalizeAddress(ip),
    port,
    user,
    method,
    count: 1,
    line,
    pid: undefined,
  };
}

/** Cheap check (no regex on the hot path): an IPv4 address ends in a digit, an IPv6 one has ":". */
function looksLikeAddress(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return (last >= 48 && last <= 57 && isDigit(text.charCodeAt(0))) || text.includes(':');
}

function endOfWord(text: string, from: number): number {
  const space = text.indexOf(' ', from);
  return space < 0 ? text.length : space;
}
