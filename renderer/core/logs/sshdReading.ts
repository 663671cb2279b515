// One sshd message read: what it is (kind, shape) and WHERE in the text its address and user name
// are. The message is text[start, end): usually a line inside the chunk it was read in, so nothing
// is cut out of it here; sshdNames.ts makes strings of the names only when it has none equal
// already (most lines repeat the address and name of the line before). The readers of the
// messages themselves are sshdAuthMessages.ts and sshdConnectionMessages.ts; these are the parts
// they share.
import type { EventKind } from './authEvent';
import { digitsValue } from '../time/digits';
import { readTailAddress, type TailAddress } from './tailAddress';
import { charIndexIn, endsAt, startsAt } from './textAt';

/** What the connection tracker (sshdConnections.ts) must know about a message beyond its event. */
export const shape = {
  plain: 0,
  /** "Failed <method> for …": consumes a PAM failure written for the same attempt. */
  failed: 1,
  /**
   * "pam_unix(sshd:auth): authentication failure", "error: PAM: Authentication failure for …":
   * the same attempt as a "Failed …" line that may follow; counted alone when none does.
   */
  pamFailure: 2,
  /** "maximum authentication attempts exceeded": the refusal the next "Disconnecting" repeats. */
  maxTries: 3,
  /** "Disconnecting: Too many authentication failures": a refusal unless maxTries said it already. */
  tooMany: 4,
  /** A connection that ended before authentication: a probe unless it had tried a login. */
  endedBeforeLogin: 5,
  /**
   * A connection that ended while a user was authenticating ("Connection closed by authenticating
   * user root …", "Disconnected from invalid user …", a client's "Auth fail"): the attempt it ends
   * was counted already when the connection logged one, else this line is the attempt.
   */
  endedLogin: 6,
} as const;

/**
 * The address and the user name are either positions in `text` (start ≥ 0) or, for the rare
 * shapes read with a regular expression, strings (`ip`, `user`). Reused from message to message:
 * read it before the next one.
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

const tail: TailAddress = { ipStart: 0, ipEnd: 0, port: undefined, nameEnd: 0 };

/**
 * "… for [invalid user ]U from IP port P ssh2 [preauth]" or "… user U IP port P [preauth]": the
 * address is the word before the last " port "; the name is everything before it.
 */
export function readUserTail(
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
export function readAddress(
  text: string,
  at: number,
  end: number,
  kind: EventKind,
  reading: SshdReading,
): boolean {
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

/** "[IP]:P" at `at` (after the "["). */
export function readBracketedAddress(
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

/** The name from `from` to the end of the line, without a trailing " [preauth]". */
export function setUserWithoutPreauth(text: string, from: number, end: number, reading: SshdReading): void {
  reading.userStart = from;
  reading.userEnd = endsAt(text, 0, end, ' [preauth]') ? Math.max(from, end - 10) : end;
}

/**
 * Cheap check (no regex on the hot path): an IPv4 address starts and ends with a digit, an IPv6
 * one has a ":". Host names are not addresses here (sshdNames.ts tells them apart where a message
 * may carry one).
 */
export function looksLikeAddressAt(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  if (isDigit(text.charCodeAt(start)) && isDigit(text.charCodeAt(end - 1))) return true;
  return charIndexIn(text, 58 /* : */, start, end) >= 0;
}

/** The first space at or after `from` in the line, or -1 (the built-in search, bounded after). */
export function spaceAfter(text: string, from: number, end: number): number {
  const space = text.indexOf(' ', from);
  return space < end ? space : -1;
}

export function endOfWord(text: string, from: number, end: number): number {
  const space = spaceAfter(text, from, end);
  return space < 0 ? end : space;
}

export function digitsEnd(text: string, from: number, end: number): number {
  let index = from;
  while (index < end && isDigit(text.charCodeAt(index))) index += 1;
  return index;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** What a regular expression's "." does not match (besides "\n", which no line holds). */
export function isLineBreak(code: number): boolean {
  return code === 13 || code === 0x2028 || code === 0x2029;
}

/** What a regular expression's \s matches. */
export function isWhitespace(code: number): boolean {
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
