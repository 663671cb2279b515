// What sshd says about the logins themselves: passwords and keys tried, unknown users, refusals,
// PAM's verdicts, successful logins and sessions. Wording from OpenSSH's auth.c, auth2.c and
// auth-pam.c, and from the PAM modules of Linux, FreeBSD, macOS and Solaris. User names inside
// these messages are chosen by whoever connects: treat them as data.
import type { EventKind } from './authEvent';
import { digitsValue } from '../time/digits';
import { indexIn, lastIndexIn, startsAt } from './textAt';
import {
  digitsEnd,
  endOfWord,
  found,
  isLineBreak,
  isWhitespace,
  readUserTail,
  setUserWithoutPreauth,
  shape,
  spaceAfter,
  type SshdReading,
} from './sshdReading';

// auth.c auth_log(): "%s %s%s%s for %s%.100s from %.200s port %d ssh2%s%s" writes both the
// "Failed …" and the "Accepted …" lines. The user name is the client's text and can itself contain
// " from 1.2.3.4 port 22", so the greedy (.*) makes the LAST " from … port …" the address. Rare
// lines (a few per connection at most) keep their regular expressions, run on the message alone.
const acceptedPattern =
  /^(?:Accepted|Postponed) (\S+) for (.*) from (\S+) port (\d+)(?: ssh2)?(?:: .*)?(?: \[preauth\])?$/;
// auth.c allowed_user(): "User %.100s from %.100s not allowed because %s" (the "from" part is
// missing when sshd has no address yet: the connection's other lines give it).
const notAllowedPattern = /^User (.*?)(?: from (\S+))? not allowed because /;
const sessionPattern = /^session (opened|closed) for user ([^\s(]+)/;
// auth-pam.c: "PAM: %s for %s%.100s from %.100s" with pam_strerror(), "illegal user " when the
// account does not exist; FreeBSD and Solaris add " via <local address>".
const pamErrorPattern = /^PAM: (.+?) for (illegal user )?(.*) from (\S+?)(?: via \S+)?$/;
// pam_strerror() wordings that mean the account does not exist (Linux-PAM, OpenPAM).
const unknownUserWords = /user not known|unknown user|no such user/i;

/**
 * "Failed <method> for [invalid user ]<user> from <ip> port <port> ssh2[: <key>]" — the most
 * common line of an attack. As in auth_log(), the LAST " from " starts the address; everything
 * before it is the name.
 */
export function readFailed(text: string, start: number, end: number, reading: SshdReading): boolean {
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

/**
 * auth.c getpwnamallow(): "Invalid user %.100s from %.100s port %d" (no port before OpenSSH 7.2;
 * "Illegal user" before OpenSSH 3.9). Read as /(?:Invalid|Illegal) user (.*) from (\S+)(?: port
 * (\d+))?$/ reads it: only the last " from " can be followed by one word and an optional port.
 */
export function readInvalidUser(text: string, start: number, end: number, reading: SshdReading): boolean {
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

export function readAccepted(
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

/** "User U from A not allowed because …" in every ending (AllowUsers, DenyGroups, shell, locked …). */
export function readNotAllowed(text: string, start: number, end: number, reading: SshdReading): boolean {
  if (!startsAt(text, start, 'User ')) return false;
  const m = notAllowedPattern.exec(text.slice(start, end));
  if (!m) return false;
  found(reading, 'refused', text);
  reading.ip = m[2];
  reading.user = m[1];
  return true;
}

/** "ROOT LOGIN REFUSED FROM A [port P]" (PermitRootLogin no, old OpenSSH and FreeBSD). */
export function readRootRefused(text: string, start: number, end: number, reading: SshdReading): boolean {
  if (!startsAt(text, start, 'ROOT LOGIN REFUSED FROM ')) return false;
  const at = start + 24;
  const ipEnd = endOfWord(text, at, end);
  if (ipEnd === at) return false;
  found(reading, 'refused', text, at, ipEnd);
  if (startsAt(text, ipEnd, ' port ')) {
    const portEnd = digitsEnd(text, ipEnd + 6, end);
    if (portEnd > ipEnd + 6) reading.port = digitsValue(text, ipEnd + 6, portEnd);
  }
  reading.user = 'root';
  return true;
}

/** "maximum authentication attempts exceeded for [invalid user ]U from A port P ssh2 [preauth]" */
export function readMaxTries(text: string, start: number, end: number, reading: SshdReading): boolean {
  if (!startsAt(text, start, 'maximum authentication attempts exceeded for ')) return false;
  if (!readUserTail(text, start + 45, end, 'refused', ' from ', reading)) return false;
  reading.shape = shape.maxTries;
  return true;
}

/** "pam_unix(sshd:auth): …" / old Red Hat's "sshd(pam_unix)[123]: authentication failure; …" */
export function readPamMessage(text: string, start: number, end: number, reading: SshdReading): boolean {
  if (startsAt(text, start, 'authentication failure;')) {
    // Counted once: sshdConnections.ts drops it when sshd's own "Failed …" line for the same
    // attempt follows (modern logs), and keeps it when none does (old logs only have this one).
    if (!readPamFailure(text, start, end, 'auth-failure', reading)) return false;
    reading.shape = shape.pamFailure;
    return true;
  }
  if (!startsAt(text, start, 'session ')) return false;
  const session = sessionPattern.exec(text.slice(start, end));
  if (!session) return false;
  found(reading, session[1] === 'opened' ? 'session-open' : 'session-close', text);
  reading.user = session[2];
  return true;
}

/** "…; logname= uid=0 euid=0 tty=ssh ruser= rhost=203.0.113.5  user=root" */
export function readPamFailure(
  text: string,
  start: number,
  end: number,
  kind: EventKind,
  reading: SshdReading,
): boolean {
  const rhostAt = indexIn(text, ' rhost=', start, end);
  if (rhostAt < 0) return false;
  const rhostEnd = endOfWord(text, rhostAt + 7, end);
  // rhost is a host name when sshd runs with UseDNS: sshdNames.ts keeps it as a source of its own.
  found(reading, kind, text, rhostAt + 7, rhostEnd);
  const userAt = indexIn(text, ' user=', rhostEnd, end);
  if (userAt >= 0) {
    reading.userStart = userAt + 6;
    reading.userEnd = end;
  }
  reading.method = 'password';
  return true;
}

/**
 * "PAM: Authentication failure for root from A", "PAM: authentication error for illegal user U
 * from A via B", "PAM: User not known to the underlying authentication module for illegal user U
 * from A", "PAM: unknown user for illegal user U from A" (after "error: "): PAM's verdict on one
 * attempt, which a "Failed keyboard-interactive/pam …" line may repeat (then it counts once).
 */
export function readPamError(text: string, start: number, end: number, reading: SshdReading): boolean {
  const m = pamErrorPattern.exec(text.slice(start, end));
  if (!m) return false;
  const unknown = m[2] !== undefined || unknownUserWords.test(m[1]!);
  found(reading, unknown ? 'invalid-user' : 'auth-failure', text);
  reading.shape = shape.pamFailure;
  reading.user = m[3];
  reading.ip = m[4];
  reading.method = 'keyboard-interactive/pam';
  return true;
}

/** "input_userauth_request: invalid user U [preauth]": the name of an announced unknown user. */
export function readUserauthRequest(text: string, start: number, end: number, reading: SshdReading): boolean {
  if (!startsAt(text, start, 'input_userauth_request: invalid user ')) return false;
  found(reading, 'other', text);
  setUserWithoutPreauth(text, start + 37, end, reading);
  return true;
}
