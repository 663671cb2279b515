// sshd lines are read where they lie in the chunk they arrived in (LineParser.parseAt), not cut
// out first. Whatever the chunks are, the analysis must be the one of the lines read one by one:
// a line cut into one-character chunks reaches the parser as a string of its own, a line in a
// 64 KiB chunk as a place in it. Attacker-chosen names, reused process ids, broken stamps, lines
// cut short and a lone "\r" are in the mix.
import { describe, expect, it } from 'vitest';
import { createLogAnalyzer } from '../../../../renderer/core/analysis/logAnalyzer';
import type { AuthEvent } from '../../../../renderer/core/logs/authEvent';
import type { TimeAssumptions } from '../../../../renderer/core/logs/logFormat';
import { sshdFormat } from '../../../../renderer/core/logs/sshd';

function analyze(text: string, chunk: number, time: TimeAssumptions) {
  const events: AuthEvent[] = [];
  const analyzer = createLogAnalyzer({
    file: 'auth.log',
    format: sshdFormat,
    time,
    onEvent: (event) => events.push({ ...event }),
  });
  for (let at = 0; at < text.length; at += chunk) analyzer.push(text.slice(at, at + chunk));
  return JSON.stringify({ analysis: analyzer.finish(), events });
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

/** A deterministic mix of every shape above, 500 lines a day from 1 December into January. */
function mixedLog(lines: number): string {
  let seed = 7;
  const pick = <T>(list: readonly T[]): T => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return list[seed % list.length]!;
  };
  const out: string[] = [];
  for (let index = 0; index < lines; index++) {
    const message = pick(messages)
      .replaceAll('{u}', pick(users))
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

describe('sshd lines read inside their chunk', () => {
  const log = mixedLog(4000);
  it.each([[{ year: 2025, timeZone: 'UTC' }], [{ year: 2025, timeZone: 'Europe/Berlin' }]])(
    'give the analysis and events of the lines read one by one (%j)',
    (time) => {
      const oneByOne = analyze(log, 1, time);
      expect(analyze(log, 65_536, time)).toBe(oneByOne);
      expect(analyze(log, 1000, time)).toBe(oneByOne);
    },
  );
});
