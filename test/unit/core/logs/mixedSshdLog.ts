// A deterministic sshd log with every awkward thing at once, for tests that read the same lines
// two ways and compare: attacker-chosen names (spaces, " from ", HTML, formulas, non-ASCII),
// addresses of every form, reused process ids, other programs, broken stamps, a lone "\r",
// lines cut short, and a December → January year change. analyzeInPieces reads a log one way.
import { createLogAnalyzer } from '../../../../renderer/core/analysis/logAnalyzer';
import type { AuthEvent } from '../../../../renderer/core/logs/authEvent';
import type { TimeAssumptions } from '../../../../renderer/core/logs/logFormat';
import { sshdFormat } from '../../../../renderer/core/logs/sshd';

/**
 * The analysis and every event of `text` pushed `chunk` characters at a time, as one string to
 * compare; `bytesOf` gives a piece's ASCII bytes (as the command line does) or undefined. With
 * `seeEvents` false nobody asks for the events, so the parser hands them over as numbers (see
 * EventCounter) and only the analysis is returned.
 */
export function analyzeInPieces(
  text: string,
  chunk: number,
  time: TimeAssumptions,
  bytesOf: (piece: string) => Uint8Array | undefined = () => undefined,
  seeEvents = true,
): string {
  const events: AuthEvent[] = [];
  const analyzer = createLogAnalyzer({
    file: 'auth.log',
    format: sshdFormat,
    time,
    onEvent: seeEvents ? (event) => events.push({ ...event }) : undefined,
  });
  for (let at = 0; at < text.length; at += chunk) {
    const piece = text.slice(at, at + chunk);
    analyzer.push(piece, bytesOf(piece));
  }
  const analysis = analyzer.finish();
  if (!seeEvents) return JSON.stringify({ analysis, assumedTimes: analyzer.assumedTimes() }, null, 1);
  return JSON.stringify({ analysis, events, assumedTimes: analyzer.assumedTimes() }, null, 1);
}

/** The bytes of an all-ASCII text, as the command line passes them; undefined otherwise. */
export function asciiOf(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 127) return undefined;
    bytes[index] = code;
  }
  return bytes;
}

const users = [
  'root',
  'a b',
  'x from 1.2.3.4 port 22',
  '<b>',
  '=cmd|x',
  'ünï',
  ' from ',
  'invalid user bob',
  '',
];
const asciiUsers = users.filter((user) => [...user].every((character) => character.charCodeAt(0) < 128));
const addresses = [
  '203.0.113.4',
  '2001:db8::1',
  '::ffff:10.0.0.1',
  'fe80::1%eth0',
  '[2001:db8::2]',
  'host.example',
];
const messages = [
  'Failed password for {u} from {ip} port {p} ssh2',
  'Failed password for invalid user {u} from {ip} port {p} ssh2',
  'Failed publickey for {u} from {ip} port {p} ssh2: RSA SHA256:abc',
  'Failed password for {u} from {ip}',
  'Invalid user {u} from {ip} port {p}',
  'Invalid user {u} from {ip}',
  'Accepted password for {u} from {ip} port {p} ssh2',
  'pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}  user={u}',
  'pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}',
  'pam_unix(sshd:auth): check pass; user unknown',
  'pam_unix(sshd:session): session opened for user {u}(uid=0) by (uid=0)',
  'PAM 2 more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}  user={u}',
  'Received disconnect from {ip} port {p}:11: Bye Bye [preauth]',
  'Disconnected from authenticating user {u} {ip} port {p} [preauth]',
  'Connection closed by invalid user {u} {ip} port {p} [preauth]',
  'Connection closed by {ip} port {p} [preauth]',
  'error: maximum authentication attempts exceeded for {u} from {ip} port {p} ssh2 [preauth]',
  'Disconnecting: Too many authentication failures for {u} [preauth]',
  'message repeated 3 times: [ Failed password for {u} from {ip} port {p} ssh2]',
  'User {u} from {ip} not allowed because not listed in AllowUsers',
  'reverse mapping checking getaddrinfo for h.example [{ip}] failed - POSSIBLE BREAK-IN ATTEMPT!',
  'drop connection #3 from [{ip}]:{p} on [10.0.0.1]:22 penalty: failed authentication',
  'Connection reset by {ip} port {p} [preauth]',
  'Connection closed by authenticating user {u} {ip} port {p} [preauth]',
  'Connection from {ip} port {p} on 10.0.0.1 port 22',
  'Disconnected from {ip} port {p}',
  'Disconnected from user {u} {ip} port {p}',
  'Disconnected from invalid user {u} {ip} port {p} [preauth]',
  'Received disconnect from {ip}: 11: Bye Bye',
  'Illegal user {u} from {ip}',
  'Failed keyboard-interactive/pam for invalid user {u} from {ip} port {p} ssh2',
  'pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost= user={u}',
];
const programs = [
  'sshd[{pid}]',
  'sshd[{pid}]',
  'sshd-session[{pid}]',
  'sshd',
  'sshd[{pid}x]',
  'sudo',
  'CRON[{pid}]',
];

/**
 * A deterministic mix of every shape above, 500 lines a day from 1 December into January;
 * `asciiOnly` leaves out the names with non-ASCII letters.
 */
export function mixedLog(lines: number, asciiOnly = false): string {
  let seed = 7;
  const pick = <T>(list: readonly T[]): T => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return list[seed % list.length]!;
  };
  const out: string[] = [];
  for (let index = 0; index < lines; index++) {
    const message = pick(messages)
      .replaceAll('{u}', pick(asciiOnly ? asciiUsers : users))
      .replaceAll('{ip}', pick(addresses))
      .replaceAll('{p}', pick(['22', '51234', '99999999']));
    const program = pick(programs).replace('{pid}', String(1 + (index % 37)));
    const day = String(1 + Math.floor(index / 500)).padStart(2, ' ');
    const clock = `${String(Math.floor(index / 60) % 24).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}:07`;
    let line = `${index % 97 === 5 ? 'Dec 99 25:61:00' : `Dec ${day} ${clock}`} srv01 ${program}: ${message}`;
    if (index % 53 === 0) line += '\r';
    if (index % 71 === 0) line = line.replace(' for ', ' for\r');
    if (index % 89 === 0) line = line.slice(0, index % line.length);
    out.push(line);
  }
  out.push('Jan  1 00:00:01 srv01 sshd[9]: Failed password for root from 203.0.113.4 port 1 ssh2');
  return out.join('\n');
}
