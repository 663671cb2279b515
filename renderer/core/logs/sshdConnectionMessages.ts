// What sshd says about connections around the logins: how they ended, probes that never tried a
// login (scanners, banner garbage, no common key exchange), refusals before authentication
// (tcp-wrappers, PerSourcePenalties) and DNS warnings. Wording from OpenSSH's sshd.c, sshd-session.c,
// packet.c, srclimit.c and kex.c, and libwrap's refuse().
import { indexIn, lastIndexIn, startsAt, endsAt, charIndexIn } from './textAt';
import {
  endOfWord,
  found,
  looksLikeAddressAt,
  readAddress,
  readBracketedAddress,
  readUserTail,
  setUserWithoutPreauth,
  shape,
  type SshdReading,
} from './sshdReading';

/**
 * "Connection closed by IP port P [preauth]" (a probe), "Connection closed by authenticating user
 * U IP port P [preauth]", "Connection reset by invalid user U IP port P [preauth]" (the end of an
 * attempt), "Connection from IP port P on IP port 22" (LogLevel VERBOSE).
 */
export function readConnection(text: string, start: number, end: number, reading: SshdReading): boolean {
  if (startsAt(text, start, 'Connection from ')) return readAddress(text, start + 16, end, 'other', reading);
  let at: number;
  if (startsAt(text, start, 'Connection closed by ')) at = start + 21;
  else if (startsAt(text, start, 'Connection reset by ')) at = start + 20;
  else return false;
  if (readLoginEnd(text, at, end, reading)) return true;
  if (!readAddress(text, at, end, 'probe', reading)) return false;
  reading.shape = shape.endedBeforeLogin;
  return true;
}

/**
 * "… authenticating user U IP port P …" or "… invalid user U IP port P …" at `at`: a connection
 * ended while a user was authenticating (shape.endedLogin, see sshdConnections.ts).
 */
export function readLoginEnd(text: string, at: number, end: number, reading: SshdReading): boolean {
  if (startsAt(text, at, 'authenticating user ')) {
    if (!readUserTail(text, at + 20, end, 'auth-failure', ' ', reading)) return false;
  } else if (startsAt(text, at, 'invalid user ')) {
    if (!readUserTail(text, at + 13, end, 'invalid-user', ' ', reading)) return false;
  } else {
    return false;
  }
  reading.shape = shape.endedLogin;
  return true;
}

export function readDisconnect(text: string, start: number, end: number, reading: SshdReading): boolean {
  // The commonest first (one per connection): these prefixes exclude each other, so the order
  // changes no result, only how many characters a line is compared against.
  if (startsAt(text, start, 'Disconnected from ')) {
    const at = start + 18;
    if (readLoginEnd(text, at, end, reading)) return true;
    // "Disconnected from user U IP port P": the end of a session that logged in.
    if (startsAt(text, at, 'user ')) return readUserTail(text, at + 5, end, 'other', ' ', reading);
    if (!readAddress(text, at, end, 'other', reading)) return false;
    // "… [preauth]": it never logged in, and never tried to, if nothing else says so.
    if (endsAt(text, 0, end, '[preauth]')) {
      reading.kind = 'probe';
      reading.shape = shape.endedBeforeLogin;
    }
    return true;
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
  if (!startsAt(text, start, 'Disconnecting ')) return false;
  // OpenSSH 8+: "Disconnecting authenticating user root 203.0.113.5 port 4: Too many authentication failures"
  if (indexIn(text, ': Too many authentication failures', start, end) >= 0) {
    const userStart = startsAt(text, start + 14, 'invalid user ') ? start + 27 : start + 34;
    if (!readUserTail(text, userStart, end, 'refused', ' ', reading)) return false;
    reading.shape = shape.tooMany;
    return true;
  }
  // "Disconnecting invalid user U IP port P: Change of username or service not allowed: …": the
  // client switched names mid-login, as credential-stuffing tools do.
  return readLoginEnd(text, start + 14, end, reading);
}

/**
 * "Received disconnect from IP port P:11: Bye Bye [preauth]" (the client left; nothing tried), or
 * with reason 3 and a client's "Auth fail" (JSch, Paramiko …): it gave up after failing to log in.
 */
export function readReceivedDisconnect(
  text: string,
  start: number,
  end: number,
  reading: SshdReading,
): boolean {
  if (!readAddress(text, start + 25, end, 'other', reading)) return false;
  // ": 3: …" right after the address (old), or " port P:3: …"; the reason's number, then ":".
  const reason = text.indexOf(':', reading.ipEnd);
  if (reason < 0 || reason >= end) return true;
  let at = reason + 1;
  while (text.charCodeAt(at) === 32) at += 1;
  if (
    text.charCodeAt(at) === 51 /* 3 */ &&
    text.charCodeAt(at + 1) === 58 &&
    indexIn(text, 'Auth fail', at, end) >= 0
  ) {
    reading.kind = 'auth-failure';
    reading.shape = shape.endedLogin;
  }
  return true;
}

/**
 * "Timeout before authentication for IP port P" (OpenSSH), "… for connection from IP to IP, pid =
 * N" (FreeBSD): a connection that never finished logging in.
 */
export function readTimeout(text: string, start: number, end: number, reading: SshdReading): boolean {
  if (!startsAt(text, start, 'Timeout before authentication for ')) return false;
  let at = start + 34;
  if (startsAt(text, at, 'connection from ')) at += 16;
  if (!readAddress(text, at, end, 'probe', reading)) return false;
  reading.shape = shape.endedBeforeLogin;
  return true;
}

/**
 * Probes: a connection that sent no usable SSH greeting or could not agree on algorithms, or a
 * protocol error before authentication.
 */
export function readProbe(text: string, start: number, end: number, reading: SshdReading): boolean {
  if (startsAt(text, start, 'Unable to negotiate with '))
    return readAddress(text, start + 25, end, 'probe', reading);
  if (startsAt(text, start, 'banner exchange: Connection from ')) {
    return readAddress(text, start + 33, end, 'probe', reading);
  }
  if (startsAt(text, start, 'Bad protocol version identification ')) {
    // "… '…' from IP port P": the quoted text is the client's.
    const from = lastIndexIn(text, ' from ', start, end);
    return from >= 0 && readAddress(text, from + 6, end, 'probe', reading);
  }
  if (startsAt(text, start, 'ssh_dispatch_run_fatal: Connection from ')) {
    const at = start + 40;
    if (readLoginEnd(text, at, end, reading)) {
      reading.kind = 'other'; // a protocol error while logging in, not a failed login
      reading.shape = shape.plain;
      return true;
    }
    if (!readAddress(text, at, end, 'probe', reading)) return false;
    reading.shape = shape.endedBeforeLogin;
    return true;
  }
  if (startsAt(text, start, 'Magic value check failed')) {
    // An obfuscated-handshake patch's (HPN/obfuscated-openssh) "… on obfuscated handshake from IP port P"
    const from = lastIndexIn(text, ' from ', start, end);
    return from >= 0 && readAddress(text, from + 6, end, 'probe', reading);
  }
  if (startsAt(text, start, 'kex_exchange_identification: ')) {
    // "banner line too long", "Connection closed by remote host": the address is on another line.
    found(reading, 'other', text);
    return true;
  }
  return false;
}

/**
 * libwrap (tcp-wrappers, hosts.deny): "refused connect from HOST (IP)", "refused connect from
 * user@IP (IP)": refused before sshd spoke; the address in parentheses is the one that connected.
 */
export function readRefusedConnect(text: string, start: number, end: number, reading: SshdReading): boolean {
  if (!startsAt(text, start, 'refused connect from ')) return false;
  const open = lastIndexIn(text, ' (', start + 21, end);
  if (open >= 0 && text.charCodeAt(end - 1) === 41 /* ) */ && looksLikeAddressAt(text, open + 2, end - 1)) {
    found(reading, 'refused', text, open + 2, end - 1);
    return true;
  }
  const at = start + 21;
  const wordEnd = endOfWord(text, at, end);
  found(reading, 'refused', text, at, wordEnd);
  return true;
}

/**
 * "… for host.example [203.0.113.5] failed - POSSIBLE BREAK-IN ATTEMPT!" and "Address 203.0.113.5
 * maps to host.example, but this does not map back …": DNS that does not match, not an attack.
 */
export function readBreakInWarning(text: string, at: number, end: number, reading: SshdReading): boolean {
  if (!endsAt(text, 0, end, 'POSSIBLE BREAK-IN ATTEMPT!')) return false;
  let ipEnd = at;
  while (ipEnd < end && text.charCodeAt(ipEnd) !== 93 && text.charCodeAt(ipEnd) !== 32) ipEnd += 1;
  if (!looksLikeAddressAt(text, at, ipEnd)) return false;
  found(reading, 'other', text, at, ipEnd);
  return true;
}

/** "srclimit_penalise: ipv4: new 203.0.113.5/32 deferred penalty of 10 seconds for penalty: …" */
export function readPenalty(text: string, start: number, end: number, reading: SshdReading): boolean {
  const at = indexIn(text, ': new ', start + 19, end);
  if (at < 0) return false;
  const slash = charIndexIn(text, 47 /* / */, at + 6, end);
  const space = charIndexIn(text, 32, at + 6, end);
  const ipEnd = slash >= 0 && (space < 0 || slash < space) ? slash : space;
  if (ipEnd < 0 || !looksLikeAddressAt(text, at + 6, ipEnd)) return false;
  found(reading, 'other', text, at + 6, ipEnd);
  return true;
}

/** PerSourcePenalties (OpenSSH 9.8+): "drop connection #3 from [IP]:P on [IP]:22 penalty: …". */
export function readDroppedConnection(
  text: string,
  start: number,
  end: number,
  reading: SshdReading,
): boolean {
  if (!startsAt(text, start, 'drop connection #')) return false;
  const from = indexIn(text, ' from [', start, end);
  return from >= 0 && readBracketedAddress(text, from + 7, end, 'refused', reading);
}
