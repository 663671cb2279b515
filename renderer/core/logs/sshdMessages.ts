// What sshd says about logins, one message shape at a time, across OpenSSH 5 to 10. The message is
// text[start, end): usually a line inside the chunk it was read in, so nothing is cut out of it
// here — a reading says WHERE the address and the user name are, and sshdConnections.ts makes
// strings of them only when it has none equal already (most lines repeat the address and name of
// the line before). Wording from OpenSSH's auth.c, auth2.c, sshd.c, srclimit.c and packet.c. User
// names inside these messages are chosen by whoever connects: treat them as data.
import type { EventKind } from './authEvent';
import { readTailAddress, type TailAddress } from './tailAddress';
import { digitsValue } from '../time/digits';
import { charIndexIn, endsAt, indexIn, lastCharIndexIn, lastIndexIn, startsAt } from './textAt';

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

/**
 * One message read. The address and the user name are either positions in `text` (start ≥ 0) or,
 * for the rare shapes read with a regular expression, strings (`ip`, `user`). Reused from message
 * to message: read it before the next one.
 */
export type SshdReading = {
  kind: EventKind;
  shape: number;
  /** What the positions point into: the chunk, or a piece cut from it ("message repeated"). */
  text: string;
  /**
   * The same text as ASCII bytes, when the message was read from them (asciiSshdLines.ts): the
   * names are then looked up by their bytes (sshdNames.ts).
   */
  ascii: Uint8Array | undefined;
  ipStart: number;
  ipEnd: number;
  ip: string | undefined;
  userStart: number;
  userEnd: number;
  user: string | undefined;
  port: number | undefined;
  method: string | undefined;
  /** How many attempts the message stands for ("message repeated 5 times" → 5). */
  count: number;
};

export function createSshdReading(): SshdReading {
  return {
    kind: 'other',
    shape: shape.plain,
    text: '',
    ascii: undefined,
    ipStart: -1,
    ipEnd: -1,
    ip: undefined,
    userStart: -1,
    userEnd: -1,
    user: undefined,
    port: undefined,
    method: undefined,
    count: 1,
  };
}

// auth.c auth_log(): "%s %s%s%s for %s%.100s from %.200s port %d ssh2%s%s" writes both the
// "Failed …" and the "Accepted …" lines. The user name is the client's text and can itself contain
// " from 1.2.3.4 port 22", so the greedy (.*) makes the LAST " from … port …" the address. Rare
// lines (a few per connection at most) keep their regular expressions, run on the message alone.
const acceptedPattern =
  /^(?:Accepted|Postponed) (\S+) for (.*) from (\S+) port (\d+)(?: ssh2)?(?:: .*)?(?: \[preauth\])?$/;
// auth.c allowed_user(): "User %.100s from %.100s not allowed because %s".
const notAllowedPattern = /^User (.*?)(?: from (\S+))? not allowed because /;
const sessionPattern = /^session (opened|closed) for user ([^\s(]+)/;

const tail: TailAddress = { ipStart: 0, ipEnd: 0, port: undefined, nameEnd: 0 };

/** Reads the sshd message text[start, end) into `reading`; false when it is not about logins. */
export function readSshdMessage(text: string, start: number, end: number, reading: SshdReading): boolean {
  reading.shape = shape.plain;
  // Dispatch on the first letter so that a line is compared with only a few prefixes. A prefix
  // check never needs `end`: the character after a line is its line break, which no prefix has.
  switch (text.charCodeAt(start)) {
    case 70 /* F */:
      reading.shape = shape.failed;
      return readFailed(text, start, end, reading);
    case 73 /* I */:
      return readInvalidUser(text, start, end, reading);
    case 65 /* A */:
      if (startsAt(text, start, 'Address ')) return readBreakInWarning(text, start + 8, end, reading);
      return readAccepted(text, start, end, 'success', reading);
    case 80 /* P */:
      if (startsAt(text, start, 'Postponed ')) return readAccepted(text, start, end, 'other', reading);
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
      return readPamMessage(text, start, end, reading);
    case 109 /* m */:
      if (startsAt(text, start, 'maximum authentication attempts exceeded for ')) {
        reading.shape = shape.maxTries;
        return readUserTail(text, start + 45, end, 'refused', ' from ', reading);
      }
      return readRepeatedMessage(text, start, end, reading);
    case 67 /* C */:
      return readConnection(text, start, end, reading);
    case 68 /* D */:
      return readDisconnect(text, start, end, reading);
    case 82 /* R */:
      if (startsAt(text, start, 'Received disconnect from ')) {
        return readAddress(text, start + 25, end, 'other', reading);
      }
      if (startsAt(text, start, 'ROOT LOGIN REFUSED FROM ')) {
        if (!readAddress(text, start + 24, end, 'refused', reading)) return false;
        reading.user = 'root';
        return true;
      }
      return false;
    case 85 /* U */:
      if (startsAt(text, start, 'Unable to negotiate with ')) {
        return readAddress(text, start + 25, end, 'probe', reading);
      }
      return readNotAllowed(text, start, end, reading);
    case 98 /* b */:
      if (!startsAt(text, start, 'banner exchange: Connection from ')) return false;
      return readAddress(text, start + 33, end, 'probe', reading);
    case 66 /* B */: {
      // "Bad protocol version identification '…' from IP port P": the quoted text is the client's.
      if (!startsAt(text, start, 'Bad protocol version identification ')) return false;
      const from = lastIndexIn(text, ' from ', start, end);
      return from >= 0 && readAddress(text, from + 6, end, 'probe', reading);
    }
    case 84 /* T */:
      if (!startsAt(text, start, 'Timeout before authentication for ')) return false;
      reading.shape = shape.endedBeforeLogin;
      return readAddress(text, start + 34, end, 'probe', reading);
    case 114 /* r */: {
      if (!startsAt(text, start, 'reverse mapping checking getaddrinfo for ')) return false;
      const bracket = indexIn(text, ' [', start + 41, end);
      return bracket >= 0 && readBreakInWarning(text, bracket + 2, end, reading);
    }
    case 100 /* d */: {
      // PerSourcePenalties (OpenSSH 9.8+): "drop connection #3 from [IP]:P on [IP]:22 penalty: …".
      if (!startsAt(text, start, 'drop connection #')) return false;
      const from = indexIn(text, ' from [', start, end);
      return from >= 0 && readBracketedAddress(text, from + 7, end, 'refused', reading);
    }
    case 105 /* i */:
      if (!startsAt(text, start, 'input_userauth_request: invalid user ')) return false;
      found(reading, 'other', text);
      setUserWithoutPreauth(text, start + 37, end, reading);
      return true;
    case 101 /* e */:
      if (startsAt(text, start, 'error: PAM: Authentication failure for ')) {
        found(reading, 'other', text);
        reading.method = 'keyboard-interactive/pam';
        return true;
      }
      return startsAt(text, start, 'error: ') && readSshdMessage(text, start + 7, end, reading);
    case 102 /* f */:
      return startsAt(text, start, 'fatal: ') && readSshdMessage(text, start + 7, end, reading);
    default:
      return false;
  }
}

/**
 * Starts a reading of `kind`, one attempt, with the address at text[ipStart, ipEnd) and the name
 * at text[userStart, userEnd) where the message has them (-1: it has none).
 */
export function found(
  reading: SshdReading,
  kind: EventKind,
  text: string,
  ipStart = -1,
  ipEnd = -1,
  port: number | undefined = undefined,
  userStart = -1,
  userEnd = -1,
): void {
  reading.kind = kind;
  reading.text = text;
  reading.ascii = undefined;
  reading.ipStart = ipStart;
  reading.ipEnd = ipEnd;
  reading.ip = undefined;
  reading.userStart = userStart;
  reading.userEnd = userEnd;
  reading.user = undefined;
  reading.port = port;
  reading.method = undefined;
  reading.count = 1;
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

function readPamMessage(text: string, start: number, end: number, reading: SshdReading): boolean {
  if (startsAt(text, start, 'authentication failure;')) {
    // Counted once: sshdConnections.ts drops it when sshd's own "Failed …" line for the same
    // attempt follows (modern logs), and keeps it when none does (old logs only have this one).
    reading.shape = shape.pamFailure;
    return readPamFailure(text, start, end, 'auth-failure', reading);
  }
  if (!startsAt(text, start, 'session ')) return false;
  const session = sessionPattern.exec(text.slice(start, end));
  if (!session) return false;
  found(reading, session[1] === 'opened' ? 'session-open' : 'session-close', text);
  reading.user = session[2];
  return true;
}

// "…; logname= uid=0 euid=0 tty=ssh ruser= rhost=203.0.113.5  user=root"
function readPamFailure(
  text: string,
  start: number,
  end: number,
  kind: EventKind,
  reading: SshdReading,
): boolean {
  const rhostAt = indexIn(text, ' rhost=', start, end);
  if (rhostAt < 0) return false;
  const rhostEnd = endOfWord(text, rhostAt + 7, end);
  // A host name instead of an address becomes no address.
  found(reading, kind, text, rhostAt + 7, rhostEnd);
  const userAt = indexIn(text, ' user=', rhostEnd, end);
  if (userAt >= 0) {
    reading.userStart = userAt + 6;
    reading.userEnd = end;
  }
  reading.method = 'password';
  return true;
}

// "Failed <method> for [invalid user ]<user> from <ip> port <port> ssh2[: <key>]" — the most
// common line of an attack. As in auth_log(), the LAST " from " starts the address; everything
// before it is the name.
function readFailed(text: string, start: number, end: number, reading: SshdReading): boolean {
  if (!startsAt(text, start, 'Failed ')) return false;
  const methodEnd = spaceAfter(text, start + 7, end);
  if (methodEnd < 0 || !startsAt(text, methodEnd, ' for ')) return false;
  let userStart = methodEnd + 5;
  const from = lastIndexIn(text, ' from ', userStart, end);
  if (from < 0) return false;
  if (
    from >= userStart + 13 &&
    (startsAt(text, userStart, 'invalid user ') || startsAt(text, userStart, 'illegal user '))
  ) {
    userStart += 13;
  }
  const ipStart = from + 6;
  const ipEnd = spaceAfter(text, ipStart, end);
  if (ipEnd < 0 || !startsAt(text, ipEnd, ' port ')) return false;
  const portStart = ipEnd + 6;
  const portEnd = digitsEnd(text, portStart, end);
  if (portEnd === portStart) return false;
  found(
    reading,
    'auth-failure',
    text,
    ipStart,
    ipEnd,
    digitsValue(text, portStart, portEnd),
    userStart,
    from,
  );
  // Nearly always "password": the constant instead of one more string per line.
  reading.method =
    methodEnd - start === 15 && startsAt(text, start + 7, 'password')
      ? 'password'
      : text.slice(start + 7, methodEnd);
  return true;
}

// auth.c getpwnamallow(): "Invalid user %.100s from %.100s port %d" (no port before OpenSSH 7.2;
// "Illegal user" before OpenSSH 3.9). Read as /(?:Invalid|Illegal) user (.*) from (\S+)(?: port
// (\d+))?$/ reads it: only the last " from " can be followed by one word and an optional port.
function readInvalidUser(text: string, start: number, end: number, reading: SshdReading): boolean {
  if (!startsAt(text, start, 'Invalid user ') && !startsAt(text, start, 'Illegal user ')) return false;
  const userStart = start + 13;
  const from = lastIndexIn(text, ' from ', userStart, end);
  if (from < 0) return false;
  const ipStart = from + 6;
  let ipEnd = ipStart;
  while (ipEnd < end && !isWhitespace(text.charCodeAt(ipEnd))) ipEnd += 1;
  if (ipEnd === ipStart) return false;
  let port: number | undefined;
  if (ipEnd < end) {
    if (!startsAt(text, ipEnd, ' port ')) return false;
    const portEnd = digitsEnd(text, ipEnd + 6, end);
    if (portEnd === ipEnd + 6 || portEnd !== end) return false;
    port = digitsValue(text, ipEnd + 6, portEnd);
  }
  // The name is (.*): a line break character inside it (a lone "\r") and it is not this message.
  for (let index = userStart; index < from; index++) {
    if (isLineBreak(text.charCodeAt(index))) return false;
  }
  found(reading, 'invalid-user', text, ipStart, ipEnd, port, userStart, from);
  return true;
}

function readAccepted(
  text: string,
  start: number,
  end: number,
  kind: EventKind,
  reading: SshdReading,
): boolean {
  const m = acceptedPattern.exec(text.slice(start, end));
  if (!m) return false;
  found(reading, kind, text);
  reading.ip = m[3];
  reading.port = Number(m[4]);
  reading.user = m[2];
  reading.method = m[1];
  return true;
}

function readNotAllowed(text: string, start: number, end: number, reading: SshdReading): boolean {
  if (!startsAt(text, start, 'User ')) return false;
  const m = notAllowedPattern.exec(text.slice(start, end));
  if (!m) return false;
  found(reading, 'refused', text);
  reading.ip = m[2];
  reading.user = m[1];
  return true;
}

// "Connection closed by IP port P [preauth]" (a probe), "Connection closed by authenticating user
// U IP port P [preauth]", "Connection reset by invalid user U IP port P [preauth]" (after a
// failure, already counted), "Connection from IP port P on IP port 22" (LogLevel VERBOSE).
function readConnection(text: string, start: number, end: number, reading: SshdReading): boolean {
  if (startsAt(text, start, 'Connection from ')) return readAddress(text, start + 16, end, 'other', reading);
  let at: number;
  if (startsAt(text, start, 'Connection closed by ')) at = start + 21;
  else if (startsAt(text, start, 'Connection reset by ')) at = start + 20;
  else return false;
  if (startsAt(text, at, 'authenticating user '))
    return readUserTail(text, at + 20, end, 'other', ' ', reading);
  if (startsAt(text, at, 'invalid user ')) return readUserTail(text, at + 13, end, 'other', ' ', reading);
  reading.shape = shape.endedBeforeLogin;
  return readAddress(text, at, end, 'probe', reading);
}

function readDisconnect(text: string, start: number, end: number, reading: SshdReading): boolean {
  // The commonest first (one per connection): these prefixes exclude each other, so the order
  // changes no result, only how many characters a line is compared against.
  if (startsAt(text, start, 'Disconnected from ')) {
    const at = start + 18;
    if (startsAt(text, at, 'authenticating user '))
      return readUserTail(text, at + 20, end, 'other', ' ', reading);
    if (startsAt(text, at, 'invalid user ')) return readUserTail(text, at + 13, end, 'other', ' ', reading);
    if (startsAt(text, at, 'user ')) return readUserTail(text, at + 5, end, 'other', ' ', reading);
    return readAddress(text, at, end, 'other', reading);
  }
  if (startsAt(text, start, 'Did not receive identification string from ')) {
    return readAddress(text, start + 43, end, 'probe', reading);
  }
  if (startsAt(text, start, 'Disconnecting: Too many authentication failures')) {
    // "… for root [preauth]" (OpenSSH 5–7): no address; the tracker borrows the process's.
    reading.shape = shape.tooMany;
    found(reading, 'refused', text);
    const forAt = indexIn(text, ' for ', start + 46, end);
    if (forAt >= 0) setUserWithoutPreauth(text, forAt + 5, end, reading);
    return true;
  }
  // OpenSSH 8+: "Disconnecting authenticating user root 203.0.113.5 port 4: Too many authentication failures"
  if (
    startsAt(text, start, 'Disconnecting ') &&
    indexIn(text, ': Too many authentication failures', start, end) >= 0
  ) {
    reading.shape = shape.tooMany;
    const userStart = startsAt(text, start + 14, 'invalid user ') ? start + 27 : start + 34;
    return readUserTail(text, userStart, end, 'refused', ' ', reading);
  }
  return false;
}

// "… for [invalid user ]U from IP port P ssh2 [preauth]" or "… user U IP port P [preauth]": the
// address is the word before the last " port "; the name is everything before it.
function readUserTail(
  text: string,
  userStart: number,
  end: number,
  kind: EventKind,
  separator: string,
  reading: SshdReading,
): boolean {
  if (separator === ' from ' && startsAt(text, userStart, 'invalid user ')) userStart += 13;
  if (!readTailAddress(text, userStart, end, separator, tail)) return false;
  found(reading, kind, text, tail.ipStart, tail.ipEnd, tail.port, userStart, tail.nameEnd);
  return true;
}

/** An address at `at`: "IP", "IP port P", "IP:P" (old "Received disconnect from IP: 11: …"). */
function readAddress(text: string, at: number, end: number, kind: EventKind, reading: SshdReading): boolean {
  let wordEnd = at;
  for (
    let code = text.charCodeAt(wordEnd);
    wordEnd < end && code !== 32 && code !== 44 /* , */;
    code = text.charCodeAt(++wordEnd)
  );
  const ipEnd = wordEnd > at && text.charCodeAt(wordEnd - 1) === 58 /* : */ ? wordEnd - 1 : wordEnd;
  if (!looksLikeAddressAt(text, at, ipEnd)) return false;
  found(reading, kind, text, at, ipEnd);
  if (startsAt(text, wordEnd, ' port ')) {
    const portEnd = digitsEnd(text, wordEnd + 6, end);
    if (portEnd > wordEnd + 6) reading.port = digitsValue(text, wordEnd + 6, portEnd);
  }
  return true;
}

// "… for host.example [203.0.113.5] failed - POSSIBLE BREAK-IN ATTEMPT!" and "Address 203.0.113.5
// maps to host.example, but this does not map back …": DNS that does not match, not an attack.
function readBreakInWarning(text: string, at: number, end: number, reading: SshdReading): boolean {
  if (!endsAt(text, 0, end, 'POSSIBLE BREAK-IN ATTEMPT!')) return false;
  let ipEnd = at;
  while (ipEnd < end && text.charCodeAt(ipEnd) !== 93 && text.charCodeAt(ipEnd) !== 32) ipEnd += 1;
  if (!looksLikeAddressAt(text, at, ipEnd)) return false;
  found(reading, 'other', text, at, ipEnd);
  return true;
}

function readBracketedAddress(
  text: string,
  at: number,
  end: number,
  kind: EventKind,
  reading: SshdReading,
): boolean {
  const close = charIndexIn(text, 93 /* ] */, at, end);
  if (close < 0 || !looksLikeAddressAt(text, at, close)) return false;
  found(reading, kind, text, at, close);
  const portEnd = digitsEnd(text, close + 2, end);
  if (text.charCodeAt(close + 1) === 58 /* : */ && portEnd > close + 2) {
    reading.port = digitsValue(text, close + 2, portEnd);
  }
  return true;
}

// "srclimit_penalise: ipv4: new 203.0.113.5/32 deferred penalty of 10 seconds for penalty: …"
function readPenalty(text: string, start: number, end: number, reading: SshdReading): boolean {
  const at = indexIn(text, ': new ', start + 19, end);
  if (at < 0) return false;
  const slash = charIndexIn(text, 47 /* / */, at + 6, end);
  const space = charIndexIn(text, 32, at + 6, end);
  const ipEnd = slash >= 0 && (space < 0 || slash < space) ? slash : space;
  if (ipEnd < 0 || !looksLikeAddressAt(text, at + 6, ipEnd)) return false;
  found(reading, 'other', text, at + 6, ipEnd);
  return true;
}

/** The name from `from` to the end of the line, without a trailing " [preauth]". */
function setUserWithoutPreauth(text: string, from: number, end: number, reading: SshdReading): void {
  reading.userStart = from;
  reading.userEnd = endsAt(text, 0, end, ' [preauth]') ? Math.max(from, end - 10) : end;
}

/**
 * Cheap check (no regex on the hot path): an IPv4 address starts and ends with a digit, an IPv6
 * one has a ":". Host names (pam_unix's rhost may be one) are not addresses.
 */
export function looksLikeAddressAt(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  if (isDigit(text.charCodeAt(start)) && isDigit(text.charCodeAt(end - 1))) return true;
  return charIndexIn(text, 58 /* : */, start, end) >= 0;
}

/** The first space at or after `from` in the line, or -1 (the built-in search, bounded after). */
function spaceAfter(text: string, from: number, end: number): number {
  const space = text.indexOf(' ', from);
  return space < end ? space : -1;
}

function endOfWord(text: string, from: number, end: number): number {
  const space = spaceAfter(text, from, end);
  return space < 0 ? end : space;
}

function digitsEnd(text: string, from: number, end: number): number {
  let index = from;
  while (index < end && isDigit(text.charCodeAt(index))) index += 1;
  return index;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** What a regular expression's "." does not match (besides "\n", which no line holds). */
function isLineBreak(code: number): boolean {
  return code === 13 || code === 0x2028 || code === 0x2029;
}

/** What a regular expression's \s matches. */
function isWhitespace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
