// The lines that make up nearly all of an attacked auth.log, read straight from the file's bytes.
// A brute-force log is a few sshd messages repeated millions of times ("Failed password for root
// from …", the pam_unix failure, "Invalid user …", the disconnects); reading a byte from a
// Uint8Array costs about half of reading a character with charCodeAt, and these lines are where
// the time goes. Only for ASCII text, where byte i IS character i, so every position found here
// is the same position in the line's text, and the strings are still cut from the text.
//
// This reader only answers when sure: for anything but the classic "Mmm dd hh:mm:ss host
// sshd[pid]: " header and the shapes below it says `unsure`, and the line is read as text by
// syslogLine.ts and sshdMessages.ts, which know every shape. Each function here mirrors its
// namesake in sshdMessages.ts step by step; asciiSshdLines.test.ts reads every line both ways
// (fixtures, hostile names, the bench log) and compares the events.
import type { AuthEvent } from './authEvent';
import type { SyslogClockReader } from './syslogLine';
import type { SshdReader } from './sshdConnections';
import { createSshdReading, found, shape, type SshdReading } from './sshdReading';

/** The line was not read here: read it as text. */
export const unsure = -1;
/** The line is not about logins (what the text readers would say too). */
export const notAboutLogins = 0;
/** The line was read and what it means was emitted. */
export const read = 1;

export type AsciiSshdLines = {
  /**
   * Reads the line text[start, end), whose characters are also `ascii[start, end)`: `read`,
   * `notAboutLogins` or `unsure`. `ascii[end]` is the line break (or past the end), as in text.
   */
  read(
    ascii: Uint8Array,
    text: string,
    start: number,
    end: number,
    lineNumber: number,
    emit: (event: AuthEvent) => void,
  ): number;
};

/** Reads with the same clock and the same sshd connections as the text path: lines interleave. */
export function createAsciiSshdLines(clock: SyslogClockReader, sshd: SshdReader): AsciiSshdLines {
  const reading: SshdReading = createSshdReading();
  const header: SshdHeader = { pid: 0 };
  return {
    read(ascii, text, start, end, lineNumber, emit) {
      const messageStart = readSshdHeader(ascii, start, end, header);
      if (messageStart < 0) return unsure;
      const time = clock.classicAscii(ascii, text, start, end);
      if (Number.isNaN(time)) return unsure;
      const answer = readMessage(ascii, text, messageStart, end, reading);
      if (answer !== read) return answer;
      reading.ascii = ascii;
      return sshd.apply(reading, header.pid, time, lineNumber, emit) ? read : notAboutLogins;
    },
  };
}

/** What the header says besides where the message starts; reused from line to line. */
type SshdHeader = { pid: number };

/**
 * "Nov 21 10:48:21 srv01 sshd[123]: ": where the message starts, or -1 for any other header (RFC
 * 3339 or 5424 stamps, other programs, sshd-session, a pid of more than 15 digits). Mirrors
 * readSyslogHeader's classic branch, readTag and isSshd for exactly this tag.
 */
function readSshdHeader(ascii: Uint8Array, start: number, end: number, header: SshdHeader): number {
  const first = ascii[start]!;
  if (first === 60 /* < */ || (first >= 48 && first <= 57)) return -1;
  if (start + 15 >= end || ascii[start + 15] !== 32 || ascii[start + 9] !== 58 /* : */) return -1;
  let hostEnd = start + 16;
  while (hostEnd < end && ascii[hostEnd] !== 32) hostEnd += 1;
  if (hostEnd >= end) return -1;
  const tag = hostEnd + 1;
  if (
    ascii[tag] !== 115 /* s */ ||
    ascii[tag + 1] !== 115 /* s */ ||
    ascii[tag + 2] !== 104 /* h */ ||
    ascii[tag + 3] !== 100 /* d */ ||
    ascii[tag + 4] !== 91 /* [ */
  ) {
    return -1;
  }
  let digitsEnd = tag + 5;
  let pid = 0;
  for (let code = ascii[digitsEnd]!; code >= 48 && code <= 57; code = ascii[++digitsEnd]!) {
    pid = pid * 10 + (code - 48);
  }
  if (digitsEnd - (tag + 5) > 15) return -1;
  if (ascii[digitsEnd] !== 93 /* ] */ || ascii[digitsEnd + 1] !== 58 /* : */) return -1;
  if (digitsEnd + 2 >= end || ascii[digitsEnd + 2] !== 32) return -1;
  header.pid = pid;
  return digitsEnd + 3;
}

/** readSshdMessage for the common shapes. */
function readMessage(
  ascii: Uint8Array,
  text: string,
  start: number,
  end: number,
  reading: SshdReading,
): number {
  reading.shape = shape.plain;
  switch (ascii[start]) {
    case 70 /* F */:
      reading.shape = shape.failed;
      return readFailed(ascii, text, start, end, reading);
    case 73 /* I */:
      return readInvalidUser(ascii, text, start, end, reading);
    case 112 /* p */:
      return readPamUnix(ascii, text, start, end, reading);
    case 82 /* R */: {
      if (!bytesAt(ascii, start, receivedDisconnectFrom)) return unsure;
      const answer = readAddress(ascii, text, start + 25, end, 'other', reading);
      // Reason 3 may be a client's "Auth fail": the text reader (readReceivedDisconnect) decides.
      if (answer === read && isReasonThree(ascii, reading.ipEnd, end)) return unsure;
      return answer;
    }
    case 68 /* D */:
      return readDisconnected(ascii, text, start, end, reading);
    case 67 /* C */:
      return readConnectionEnd(ascii, text, start, end, reading);
    default:
      return unsure;
  }
}

/** "Failed <method> for [invalid user ]<user> from <ip> port <port> ssh2" (see readFailed). */
function readFailed(
  ascii: Uint8Array,
  text: string,
  start: number,
  end: number,
  reading: SshdReading,
): number {
  if (!bytesAt(ascii, start, failedWord)) return unsure;
  const methodEnd = byteIn(ascii, 32, start + 7, end);
  if (methodEnd < 0 || !bytesAt(ascii, methodEnd, forWord)) return unsure;
  let userStart = methodEnd + 5;
  const from = lastBytesIn(ascii, fromWord, userStart, end);
  if (from < 0) return unsure;
  if (
    from >= userStart + 13 &&
    (bytesAt(ascii, userStart, invalidUser) || bytesAt(ascii, userStart, illegalUser))
  ) {
    userStart += 13;
  }
  const ipStart = from + 6;
  const ipEnd = byteIn(ascii, 32, ipStart, end);
  if (ipEnd < 0 || !bytesAt(ascii, ipEnd, portWord)) return unsure;
  const portStart = ipEnd + 6;
  const portEnd = digitsEnd(ascii, portStart, end);
  if (portEnd === portStart || portEnd - portStart > 15) return unsure;
  found(
    reading,
    'auth-failure',
    text,
    ipStart,
    ipEnd,
    digitsValue(ascii, portStart, portEnd),
    userStart,
    from,
  );
  reading.method =
    methodEnd - start === 15 && bytesAt(ascii, start + 7, passwordWord)
      ? 'password'
      : text.slice(start + 7, methodEnd);
  return read;
}

/** "Invalid user <user> from <ip>[ port <port>]" (see readInvalidUser). */
function readInvalidUser(
  ascii: Uint8Array,
  text: string,
  start: number,
  end: number,
  reading: SshdReading,
): number {
  if (!bytesAt(ascii, start, invalidUserCapital) && !bytesAt(ascii, start, illegalUserCapital)) return unsure;
  const userStart = start + 13;
  const from = lastBytesIn(ascii, fromWord, userStart, end);
  if (from < 0) return unsure;
  const ipStart = from + 6;
  let ipEnd = ipStart;
  // \s in ASCII: space, tab, line feed, vertical tab, form feed, carriage return.
  for (
    let code = ascii[ipEnd]!;
    ipEnd < end && code !== 32 && (code < 9 || code > 13);
    code = ascii[++ipEnd]!
  );
  if (ipEnd === ipStart) return unsure;
  let port: number | undefined;
  if (ipEnd < end) {
    if (!bytesAt(ascii, ipEnd, portWord)) return unsure;
    const portEnd = digitsEnd(ascii, ipEnd + 6, end);
    if (portEnd === ipEnd + 6 || portEnd !== end || portEnd - (ipEnd + 6) > 15) return unsure;
    port = digitsValue(ascii, ipEnd + 6, portEnd);
  }
  // The name is (.*): a lone "\r" inside it and it is not this message.
  for (let index = userStart; index < from; index++) if (ascii[index] === 13) return unsure;
  found(reading, 'invalid-user', text, ipStart, ipEnd, port, userStart, from);
  return read;
}

/**
 * "pam_unix(sshd:auth): authentication failure; … rhost=IP  user=U" (see readPamMessage and
 * readPamFailure); "pam_unix(sshd:auth): check pass; user unknown" is not about logins.
 */
function readPamUnix(
  ascii: Uint8Array,
  text: string,
  start: number,
  end: number,
  reading: SshdReading,
): number {
  if (!bytesAt(ascii, start, pamUnixSshd)) return unsure;
  const moduleEnd = bytesIn(ascii, closeColonSpace, start, end);
  if (moduleEnd < 0) return unsure;
  const message = moduleEnd + 3;
  if (!bytesAt(ascii, message, authenticationFailure)) {
    // readPamMessage knows two messages; a third is not about logins.
    return ascii[message] === 115 /* s */ ? unsure : notAboutLogins;
  }
  reading.shape = shape.pamFailure;
  const rhostAt = bytesIn(ascii, rhostWord, message, end);
  if (rhostAt < 0) return unsure;
  let rhostEnd = byteIn(ascii, 32, rhostAt + 7, end);
  if (rhostEnd < 0) rhostEnd = end;
  found(reading, 'auth-failure', text, rhostAt + 7, rhostEnd);
  const userAt = bytesIn(ascii, userWord, rhostEnd, end);
  if (userAt >= 0) {
    reading.userStart = userAt + 6;
    reading.userEnd = end;
  }
  reading.method = 'password';
  return read;
}

/** "Disconnected from [authenticating user |invalid user |user ]…" (see readDisconnect). */
function readDisconnected(
  ascii: Uint8Array,
  text: string,
  start: number,
  end: number,
  reading: SshdReading,
): number {
  if (!bytesAt(ascii, start, disconnectedFrom)) return unsure;
  const at = start + 18;
  const loginEnd = readLoginEnd(ascii, text, at, end, reading);
  if (loginEnd !== unsure) return loginEnd;
  if (bytesAt(ascii, at, userWordSpace)) return readUserTail(ascii, text, at + 5, end, 'other', reading);
  const answer = readAddress(ascii, text, at, end, 'other', reading);
  if (answer === read && end - start >= 9 && bytesAt(ascii, end - 9, preauthWord)) {
    reading.kind = 'probe';
    reading.shape = shape.endedBeforeLogin;
  }
  return answer;
}

/** "authenticating user U IP port P…" / "invalid user U IP port P…" (see readLoginEnd). */
function readLoginEnd(
  ascii: Uint8Array,
  text: string,
  at: number,
  end: number,
  reading: SshdReading,
): number {
  let answer: number;
  if (bytesAt(ascii, at, authenticatingUser))
    answer = readUserTail(ascii, text, at + 20, end, 'auth-failure', reading);
  else if (bytesAt(ascii, at, invalidUser))
    answer = readUserTail(ascii, text, at + 13, end, 'invalid-user', reading);
  else return unsure;
  if (answer === read) reading.shape = shape.endedLogin;
  return answer;
}

/** ": 3: " or " port P:3: " after the address of a "Received disconnect" (see readReceivedDisconnect). */
function isReasonThree(ascii: Uint8Array, ipEnd: number, end: number): boolean {
  const colon = byteIn(ascii, 58 /* : */, ipEnd, end);
  if (colon < 0) return false;
  let at = colon + 1;
  while (ascii[at] === 32) at += 1;
  return ascii[at] === 51 /* 3 */ && ascii[at + 1] === 58;
}

/** "Connection closed by …" / "Connection reset by …" (see readConnection). */
function readConnectionEnd(
  ascii: Uint8Array,
  text: string,
  start: number,
  end: number,
  reading: SshdReading,
): number {
  let at: number;
  if (bytesAt(ascii, start, connectionClosedBy)) at = start + 21;
  else if (bytesAt(ascii, start, connectionResetBy)) at = start + 20;
  else return unsure;
  const loginEnd = readLoginEnd(ascii, text, at, end, reading);
  if (loginEnd !== unsure) return loginEnd;
  const answer = readAddress(ascii, text, at, end, 'probe', reading);
  reading.shape = shape.endedBeforeLogin;
  return answer;
}

/**
 * "<user> <ip> port <port>…": the ip is the word before the last " port " (see readUserTail and
 * readTailAddress with the separator " ").
 */
function readUserTail(
  ascii: Uint8Array,
  text: string,
  userStart: number,
  end: number,
  kind: 'other' | 'auth-failure' | 'invalid-user',
  reading: SshdReading,
): number {
  const portAt = lastBytesIn(ascii, portWord, userStart, end);
  if (portAt < 0) return unsure;
  const portEnd = digitsEnd(ascii, portAt + 6, end);
  if (portEnd === portAt + 6 || portEnd - (portAt + 6) > 15) return unsure;
  const port = digitsValue(ascii, portAt + 6, portEnd);
  const ipEnd = portAt;
  // The last space that starts at or after the one in front of the name and ends by ipEnd.
  const separatorAt = lastByteIn(ascii, 32, userStart - 1, ipEnd - 1);
  if (separatorAt < 0) return unsure;
  const ipStart = separatorAt + 1;
  if (ipStart >= ipEnd) return unsure;
  found(reading, kind, text, ipStart, ipEnd, port, userStart, Math.max(userStart, separatorAt));
  return read;
}

/** "IP", "IP port P", "IP:P" at `at` (see readAddress). */
function readAddress(
  ascii: Uint8Array,
  text: string,
  at: number,
  end: number,
  kind: 'other' | 'probe',
  reading: SshdReading,
): number {
  let wordEnd = at;
  for (
    let code = ascii[wordEnd]!;
    wordEnd < end && code !== 32 && code !== 44 /* , */;
    code = ascii[++wordEnd]!
  );
  const ipEnd = wordEnd > at && ascii[wordEnd - 1] === 58 /* : */ ? wordEnd - 1 : wordEnd;
  // looksLikeAddressAt: digits at both ends, or a ":" inside.
  if (ipEnd <= at) return unsure;
  if (!(isDigit(ascii[at]!) && isDigit(ascii[ipEnd - 1]!)) && byteIn(ascii, 58, at, ipEnd) < 0) return unsure;
  found(reading, kind, text, at, ipEnd);
  if (bytesAt(ascii, wordEnd, portWord)) {
    const portEnd = digitsEnd(ascii, wordEnd + 6, end);
    if (portEnd - (wordEnd + 6) > 15) return unsure;
    if (portEnd > wordEnd + 6) reading.port = digitsValue(ascii, wordEnd + 6, portEnd);
  }
  return read;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function digitsEnd(ascii: Uint8Array, from: number, end: number): number {
  let index = from;
  while (index < end && isDigit(ascii[index]!)) index += 1;
  return index;
}

/** The number the digits ascii[start, end) write; callers send longer runs to the text path. */
function digitsValue(ascii: Uint8Array, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) value = value * 10 + (ascii[index]! - 48);
  return value;
}

/** True when `word` is at ascii[at, …). */
function bytesAt(ascii: Uint8Array, at: number, word: Uint8Array): boolean {
  const length = word.length;
  if (at + length > ascii.length) return false;
  for (let index = 0; index < length; index++) {
    if (ascii[at + index] !== word[index]) return false;
  }
  return true;
}

/** First index of the byte in [from, end), or -1. */
function byteIn(ascii: Uint8Array, code: number, from: number, end: number): number {
  for (let index = from; index < end; index++) if (ascii[index] === code) return index;
  return -1;
}

/** Last index of the byte in [start, before], or -1. */
function lastByteIn(ascii: Uint8Array, code: number, start: number, before: number): number {
  for (let index = before; index >= start; index--) if (ascii[index] === code) return index;
  return -1;
}

/** First index ≥ from where `word` starts and ends by `end`, or -1. */
function bytesIn(ascii: Uint8Array, word: Uint8Array, from: number, end: number): number {
  const first = word[0];
  for (let index = from, last = end - word.length; index <= last; index++) {
    if (ascii[index] === first && bytesAt(ascii, index, word)) return index;
  }
  return -1;
}

/** Last index ≥ start where `word` starts and ends by `end`, or -1. */
function lastBytesIn(ascii: Uint8Array, word: Uint8Array, start: number, end: number): number {
  const first = word[0];
  for (let index = end - word.length; index >= start; index--) {
    if (ascii[index] === first && bytesAt(ascii, index, word)) return index;
  }
  return -1;
}

function ascii(word: string): Uint8Array {
  return Uint8Array.from(word, (character) => character.charCodeAt(0));
}

const failedWord = ascii('Failed ');
const forWord = ascii(' for ');
const fromWord = ascii(' from ');
const portWord = ascii(' port ');
const passwordWord = ascii('password');
const invalidUser = ascii('invalid user ');
const illegalUser = ascii('illegal user ');
const invalidUserCapital = ascii('Invalid user ');
const illegalUserCapital = ascii('Illegal user ');
const pamUnixSshd = ascii('pam_unix(sshd:');
const closeColonSpace = ascii('): ');
const authenticationFailure = ascii('authentication failure;');
const rhostWord = ascii(' rhost=');
const userWord = ascii(' user=');
const receivedDisconnectFrom = ascii('Received disconnect from ');
const disconnectedFrom = ascii('Disconnected from ');
const authenticatingUser = ascii('authenticating user ');
const userWordSpace = ascii('user ');
const connectionClosedBy = ascii('Connection closed by ');
const connectionResetBy = ascii('Connection reset by ');
const preauthWord = ascii('[preauth]');
