// Every message shape OpenSSH 5–10 writes about authentication, written by hand in its wording
// (documentation addresses, invented hosts and pids), and what the lines of one connection mean
// together (sshdConnections.ts).
import { describe, expect, it } from 'vitest';
import type { AuthEvent } from '../../../../renderer/core/logs/authEvent';
import { sshdFormat } from '../../../../renderer/core/logs/sshd';

function parseAll(lines: readonly string[]): AuthEvent[] {
  const events: AuthEvent[] = [];
  const parser = sshdFormat.createParser({ year: 2026, timeZone: 'UTC' });
  lines.forEach((line, index) => parser.parseLine(line, index + 1, (event) => events.push(event)));
  parser.finish?.((event) => events.push(event));
  return events;
}

const at = (pid: number) => `Nov 21 10:48:21 srv01 sshd[${pid}]: `;

describe('every sshd message shape about authentication', () => {
  it.each<[string, Partial<AuthEvent>]>([
    [
      'Failed keyboard-interactive/pam for invalid user x from 203.0.113.1 port 5 ssh2',
      { kind: 'auth-failure', user: 'x' },
    ],
    [
      'Failed none for invalid user y from 203.0.113.1 port 5 ssh2',
      { kind: 'auth-failure', method: 'none', user: 'y' },
    ],
    ['Failed password for illegal user z from 203.0.113.1 port 5 ssh2', { kind: 'auth-failure', user: 'z' }],
    ['Illegal user z from 203.0.113.1', { kind: 'invalid-user', user: 'z', ip: '203.0.113.1' }],
    [
      'error: maximum authentication attempts exceeded for root from 203.0.113.1 port 5 ssh2 [preauth]',
      { kind: 'refused', user: 'root', ip: '203.0.113.1', port: 5 },
    ],
    [
      'error: maximum authentication attempts exceeded for invalid user a b from 203.0.113.1 port 5 ssh2 [preauth]',
      { kind: 'refused', user: 'a b' },
    ],
    [
      'Disconnecting authenticating user root 203.0.113.1 port 5: Too many authentication failures [preauth]',
      { kind: 'refused', user: 'root', ip: '203.0.113.1' },
    ],
    [
      'Disconnecting invalid user pi 203.0.113.1 port 5: Too many authentication failures [preauth]',
      { kind: 'refused', user: 'pi' },
    ],
    [
      'Connection closed by invalid user admin 203.0.113.1 port 5 [preauth]',
      { kind: 'invalid-user', user: 'admin', ip: '203.0.113.1' },
    ],
    [
      'Connection reset by authenticating user root 203.0.113.1 port 5 [preauth]',
      { kind: 'auth-failure', user: 'root' },
    ],
    [
      'Disconnected from authenticating user root 203.0.113.1 port 5 [preauth]',
      { kind: 'auth-failure', user: 'root', port: 5 },
    ],
    [
      'Disconnected from invalid user  203.0.113.1 port 5 [preauth]',
      { kind: 'invalid-user', user: '', ip: '203.0.113.1' },
    ],
    ['Disconnected from user alice 198.51.100.4 port 50022', { kind: 'other', user: 'alice' }],
    [
      'Received disconnect from 203.0.113.1 port 5:11: Bye Bye [preauth]',
      { kind: 'other', ip: '203.0.113.1', port: 5 },
    ],
    ['Received disconnect from 203.0.113.1: 11: Bye Bye [preauth]', { kind: 'other', ip: '203.0.113.1' }],
    [
      'error: Received disconnect from 203.0.113.1: 3: com.jcraft.jsch.JSchException: Auth fail [preauth]',
      { kind: 'auth-failure', ip: '203.0.113.1' },
    ],
    [
      'User root from 203.0.113.1 not allowed because not listed in AllowUsers',
      { kind: 'refused', user: 'root', ip: '203.0.113.1' },
    ],
    ['User bob from 203.0.113.1 not allowed because listed in DenyUsers', { kind: 'refused', user: 'bob' }],
    [
      "User carol from 203.0.113.1 not allowed because none of user's groups are listed in AllowGroups",
      { kind: 'refused', user: 'carol' },
    ],
    ['User dave not allowed because account is locked', { kind: 'refused', user: 'dave', ip: undefined }],
    [
      'ROOT LOGIN REFUSED FROM 203.0.113.1 port 5',
      { kind: 'refused', user: 'root', ip: '203.0.113.1', port: 5 },
    ],
    ['ROOT LOGIN REFUSED FROM 203.0.113.1', { kind: 'refused', user: 'root' }],
    ['Did not receive identification string from 203.0.113.1', { kind: 'probe', ip: '203.0.113.1' }],
    [
      "Bad protocol version identification 'GET / HTTP/1.1' from 203.0.113.1 port 5",
      { kind: 'probe', ip: '203.0.113.1', port: 5 },
    ],
    ['fatal: Timeout before authentication for 203.0.113.1 port 5', { kind: 'probe', ip: '203.0.113.1' }],
    [
      'reverse mapping checking getaddrinfo for host.example [203.0.113.1] failed - POSSIBLE BREAK-IN ATTEMPT!',
      { kind: 'other', ip: '203.0.113.1' },
    ],
    [
      'Address 203.0.113.1 maps to host.example, but this does not map back to the address - POSSIBLE BREAK-IN ATTEMPT!',
      { kind: 'other', ip: '203.0.113.1' },
    ],
    [
      'drop connection #3 from [203.0.113.1]:5 on [192.0.2.10]:22 penalty: failed authentication',
      { kind: 'refused', ip: '203.0.113.1', port: 5 },
    ],
    [
      'drop connection #0 from [2001:db8::9]:5 on [2001:db8::1]:22 penalty: exceeded LoginGraceTime',
      { kind: 'refused', ip: '2001:db8::9' },
    ],
    [
      'srclimit_penalise: ipv4: new 203.0.113.1/32 deferred penalty of 10 seconds for penalty: failed authentication',
      { kind: 'other', ip: '203.0.113.1' },
    ],
    [
      'Postponed keyboard-interactive for alice from 198.51.100.4 port 5 ssh2 [preauth]',
      { kind: 'other', user: 'alice' },
    ],
    [
      'Accepted keyboard-interactive/pam for alice from 198.51.100.4 port 5 ssh2',
      { kind: 'success', user: 'alice' },
    ],
    [
      'PAM 2 more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= rhost=203.0.113.1  user=root',
      { kind: 'other', ip: '203.0.113.1' },
    ],
    [
      'Connection from 203.0.113.1 port 5 on 192.0.2.10 port 22 rdomain ""',
      { kind: 'other', ip: '203.0.113.1' },
    ],
  ])('reads %j', (message, expected) => {
    const events = parseAll([at(77) + message]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ service: 'sshd', pid: 77, ...expected });
  });
});

describe('one sshd connection, one process id', () => {
  it('counts the pam_unix failure and the "Failed password" of the same attempt once', () => {
    const events = parseAll([
      at(10) +
        'pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=203.0.113.1  user=root',
      at(10) + 'Failed password for root from 203.0.113.1 port 5 ssh2',
      at(10) + 'Failed password for root from 203.0.113.1 port 5 ssh2',
      at(10) +
        'PAM 1 more authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=203.0.113.1  user=root',
    ]);
    expect(events.filter((event) => event.kind === 'auth-failure')).toHaveLength(2);
  });

  it('counts each pam_unix failure of an old log that has no "Failed" lines', () => {
    const pam = (pid: number) =>
      `Jun 14 15:16:01 combo sshd(pam_unix)[${pid}]: authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=203.0.113.1 `;
    const events = parseAll([pam(1), pam(2), pam(2), pam(3)]);
    expect(events.map((event) => [event.kind, event.ip])).toEqual([
      ['auth-failure', '203.0.113.1'],
      ['auth-failure', '203.0.113.1'],
      ['auth-failure', '203.0.113.1'],
      ['auth-failure', '203.0.113.1'],
    ]);
  });

  it("pairs by process: another connection's Failed line does not absorb this pam_unix line", () => {
    const events = parseAll([
      at(10) +
        'pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=203.0.113.1',
      at(11) + 'Failed password for root from 203.0.113.2 port 5 ssh2',
    ]);
    expect(events.map((event) => event.ip).sort()).toEqual(['203.0.113.1', '203.0.113.2']);
  });

  it('gives a line without an address the address its process logged before', () => {
    const events = parseAll([
      at(20) + 'Failed password for root from 203.0.113.7 port 42393 ssh2',
      at(20) + 'message repeated 5 times: [ Failed password for root from 203.0.113.7 port 42393 ssh2]',
      at(20) + 'Disconnecting: Too many authentication failures for root [preauth]',
    ]);
    expect(events.map((event) => [event.kind, event.count, event.ip])).toEqual([
      ['auth-failure', 1, '203.0.113.7'],
      ['auth-failure', 5, '203.0.113.7'],
      ['refused', 1, '203.0.113.7'],
    ]);
  });

  it('takes the address from the process when pam_unix names a host', () => {
    const events = parseAll([
      at(30) + 'Invalid user ftp from 203.0.113.9 port 6',
      at(30) +
        'pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=host.example',
    ]);
    expect(events[1]).toMatchObject({ kind: 'auth-failure', ip: '203.0.113.9' });
  });

  it('counts "maximum authentication attempts exceeded" and its "Disconnecting" as one refusal', () => {
    const events = parseAll([
      at(40) +
        'error: maximum authentication attempts exceeded for root from 203.0.113.1 port 5 ssh2 [preauth]',
      at(40) +
        'Disconnecting authenticating user root 203.0.113.1 port 5: Too many authentication failures [preauth]',
    ]);
    expect(events.map((event) => event.kind)).toEqual(['refused', 'other']);
  });

  it('does not call a connection that tried a password a probe when it closes', () => {
    const events = parseAll([
      at(50) + 'Failed password for root from 203.0.113.1 port 5 ssh2',
      at(50) + 'Connection closed by 203.0.113.1 port 5 [preauth]',
      at(51) + 'Connection closed by 203.0.113.1 port 6 [preauth]',
    ]);
    expect(events.map((event) => event.kind)).toEqual(['auth-failure', 'other', 'probe']);
  });

  it('gives a session line the address of its login', () => {
    const events = parseAll([
      at(60) + 'Accepted password for alice from 198.51.100.4 port 5 ssh2',
      at(60) + 'pam_unix(sshd:session): session opened for user alice(uid=1000) by (uid=0)',
    ]);
    expect(events[1]).toMatchObject({ kind: 'session-open', user: 'alice', ip: '198.51.100.4' });
  });
});

describe('sshd in every header style', () => {
  const message = 'Failed password for root from 203.0.113.5 port 1 ssh2';
  it.each([
    [
      'RFC 5424',
      `<38>1 2019-07-08T17:40:16.954167-04:00 srv01 sshd 57915 - - ${message}`,
      '2019-07-08T21:40:16.954Z',
      57915,
    ],
    [
      'RFC 5424 with structured data',
      `<38>1 2019-07-08T17:40:16Z srv01 sshd 57915 ID47 [x@32473 a="1\\]b"][y@1 c="d"] ${message}`,
      '2019-07-08T17:40:16.000Z',
      57915,
    ],
    [
      'journalctl short-iso',
      `2026-11-21T10:48:21+0100 srv01 sshd[4242]: ${message}`,
      '2026-11-21T09:48:21.000Z',
      4242,
    ],
    ['journalctl short', `Nov 21 10:48:21 srv01 sshd[4242]: ${message}`, '2026-11-21T10:48:21.000Z', 4242],
    [
      'sshd-session (OpenSSH 9.8+)',
      `Nov 21 10:48:21 srv01 sshd-session[4242]: ${message}`,
      '2026-11-21T10:48:21.000Z',
      4242,
    ],
    [
      'sshd-auth (OpenSSH 10)',
      `Nov 21 10:48:21 srv01 sshd-auth[4242]: ${message}`,
      '2026-11-21T10:48:21.000Z',
      4242,
    ],
  ])('reads %s', (_style, line, time, pid) => {
    const events = parseAll([line]);
    expect(events).toHaveLength(1);
    expect(new Date(events[0]!.time).toISOString()).toBe(time);
    expect(events[0]).toMatchObject({ kind: 'auth-failure', ip: '203.0.113.5', pid });
  });

  it('recognizes a journalctl export with its "-- Boot --" lines', () => {
    expect(
      sshdFormat.detect(['-- Boot 4f2a… --', `2026-11-21T10:48:21+0100 srv01 sshd[1]: ${message}`]),
    ).toBe(1);
  });
});
