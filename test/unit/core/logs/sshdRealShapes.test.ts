// The shapes real servers write that the first readers missed, found in SSHGuard's parser tests
// (ISC licence, ../shared/samples/corpora/sshguard/tests.txt) and CrowdSec's hub tests (MIT,
// ../shared/samples/corpora/crowdsec-hub): lines marked "corpus" are copied from there; the others
// are written by hand in OpenSSH's wording with documentation addresses.
import { describe, expect, it } from 'vitest';
import type { AuthEvent } from '../../../../renderer/core/logs/authEvent';
import { sshdFormat } from '../../../../renderer/core/logs/sshd';

function parseAll(lines: readonly string[], timeZone = 'UTC'): AuthEvent[] {
  const events: AuthEvent[] = [];
  const parser = sshdFormat.createParser({ year: 2026, timeZone });
  lines.forEach((line, index) => parser.parseLine(line, index + 1, (event) => events.push(event)));
  parser.finish?.((event) => events.push(event));
  return events;
}

const failures = (events: AuthEvent[]) =>
  events.filter(
    (event) => event.kind === 'auth-failure' || event.kind === 'invalid-user' || event.kind === 'refused',
  );

const at = (pid = 4242) => `Nov 21 10:48:21 srv01 sshd[${pid}]: `;

describe('PAM as macOS, FreeBSD and Solaris write it', () => {
  it.each<[string, Partial<AuthEvent>]>([
    // corpus: tests.txt
    [
      'error: PAM: authentication failure for mario from 6.6.6.0',
      { kind: 'auth-failure', user: 'mario', ip: '6.6.6.0' },
    ],
    [
      'error: PAM: Authentication error for illegal user plop from 10.11.12.13',
      { kind: 'invalid-user', user: 'plop' },
    ],
    [
      'error: PAM: authentication error for root from 203.0.113.7 via 192.0.2.1',
      { kind: 'auth-failure', ip: '203.0.113.7' },
    ],
    [
      'error: PAM: User not known to the underlying authentication module for illegal user bob from 203.0.113.7',
      { kind: 'invalid-user', user: 'bob' },
    ],
    ['error: PAM: unknown user for illegal user mario from 6.6.6.6', { kind: 'invalid-user', ip: '6.6.6.6' }],
    [
      'error: PAM: authentication failure for mario from 2001:db8::a11:beef:7ac0%vbr1',
      { kind: 'auth-failure', ip: '2001:db8::a11:beef:7ac0' },
    ],
  ])('reads %j as one attempt from its address', (message, expected) => {
    const events = parseAll([`${at()}${message}`]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject(expected);
  });

  it('counts the PAM verdict and the "Failed keyboard-interactive/pam" line for one attempt once', () => {
    const events = parseAll([
      `${at()}error: PAM: Authentication failure for root from 203.0.113.7`,
      `${at()}Failed keyboard-interactive/pam for root from 203.0.113.7 port 4100 ssh2`,
    ]);
    expect(failures(events)).toHaveLength(1);
  });
});

describe('refusals before a password is tried', () => {
  it.each([
    'not listed in AllowUsers',
    'listed in DenyUsers',
    "none of user's groups are listed in AllowGroups",
    'a group is listed in DenyGroups',
    'not in any group',
    'account is locked',
    'shell /bin/false does not exist',
  ])('reads "User U from A not allowed because %s" as a refusal', (ending) => {
    const [event] = parseAll([`${at()}User carol from 203.0.113.9 not allowed because ${ending}`]);
    expect(event).toMatchObject({ kind: 'refused', user: 'carol', ip: '203.0.113.9' });
  });

  it('reads the refusal of a user from a host name (UseDNS) with the name as its source', () => {
    const [event] = parseAll([
      `${at()}User root from scanner.example.com not allowed because account is locked`,
    ]);
    expect(event).toMatchObject({ kind: 'refused', ip: 'scanner.example.com' });
  });

  it('reads tcp-wrappers "refused connect from" with the address that connected', () => {
    // corpus: crowdsec-hub/sshd-logs
    const events = parseAll([
      'Dec 16 14:10:24 myhost sshd[16379]: refused connect from example.com (192.168.1.1)',
      'Dec 12 14:10:24 myhost sshd[16380]: refused connect from _U2FsdGVk_@::ffff:192.168.1.1 (::ffff:192.168.1.1)',
    ]);
    expect(events.map((event) => [event.kind, event.ip])).toEqual([
      ['refused', '192.168.1.1'],
      ['refused', '192.168.1.1'],
    ]);
  });

  it('reads "Disconnecting invalid user U A port P: Change of username or service not allowed" as an attempt', () => {
    // corpus: tests.txt
    const [event] = parseAll([
      'Jul  4 13:55:09 karpov sshd[64301]: Disconnecting invalid user user 10.42.42.42 port 38987: Change of username or service not allowed: (user,ssh-connection) -> (manager,ssh-connection) [preauth]',
    ]);
    expect(event).toMatchObject({ kind: 'invalid-user', ip: '10.42.42.42', user: 'user' });
  });
});

describe('how connections end', () => {
  it('reads a client\'s "Auth fail" disconnect as a failed login, and "Bye Bye" as none', () => {
    const events = parseAll([
      `${at(1)}error: Received disconnect from 95.9.156.208: 3: com.jcraft.jsch.JSchException: Auth fail [preauth]`,
      `${at(2)}Received disconnect from 203.0.113.4 port 5000:11: Bye Bye [preauth]`,
    ]);
    expect(events.map((event) => event.kind)).toEqual(['auth-failure', 'other']);
  });

  it('counts the end of an attempt once when the connection logged the attempt itself', () => {
    const events = parseAll([
      `${at()}Invalid user ftp from 92.255.85.135 port 26138`,
      `${at()}Failed password for invalid user ftp from 92.255.85.135 port 26138 ssh2`,
      `${at()}Connection closed by invalid user ftp 92.255.85.135 port 26138 [preauth]`,
      `${at()}Disconnected from invalid user ftp 92.255.85.135 port 26138 [preauth]`,
    ]);
    expect(failures(events).map((event) => event.kind)).toEqual(['invalid-user', 'auth-failure']);
  });

  it('counts one attempt for two end lines of a connection whose attempt was not logged', () => {
    // corpus: crowdsec-hub/sshd-logs (the log began after the attempt itself)
    const events = parseAll([
      'Feb 19 10:38:14 myhost sshd[3355]: Disconnected from invalid user ftp 92.255.85.135 port 26138 [preauth]',
      'Feb 19 10:38:14 myhost sshd[3355]: Disconnected from authenticating user ftp 92.255.85.135 port 26138 [preauth]',
    ]);
    expect(failures(events)).toHaveLength(1);
  });

  it.each([
    'Disconnected from 1.2.3.4 port 30761 [preauth]',
    'Timeout before authentication for connection from 1.2.3.4 to 192.168.0.2, pid = 35557',
    'fatal: Timeout before authentication for 1.2.3.4 port 47056',
    'ssh_dispatch_run_fatal: Connection from 1.2.3.4 port 48680: message authentication code incorrect [preauth]',
    'Magic value check failed (4289475479) on obfuscated handshake from 1.2.3.4 port 62730',
    'banner exchange: Connection from 1.2.3.4 port 65403: invalid format',
  ])('reads %j as a probe, not as a password tried', (message) => {
    const [event] = parseAll([`${at()}${message}`]);
    expect(event).toMatchObject({ kind: 'probe', ip: '1.2.3.4' });
  });

  it('gives a failure whose line names no address the address a LATER line of its process writes', () => {
    const events = parseAll([
      `${at(7001)}User root not allowed because account is locked`,
      `${at(7001)}Received disconnect from 203.0.113.40 port 3350:11: Bye Bye [preauth]`,
    ]);
    expect(failures(events)).toEqual([
      expect.objectContaining({ kind: 'refused', user: 'root', ip: '203.0.113.40', line: 1 }),
    ]);
  });
});

describe('details inside the messages', () => {
  it.each([
    'Failed publickey for git from 203.0.113.5 port 14423 ssh2: ED25519 SHA256:0123456789ABCDEF+/0123456789ABCDEF+/0123456',
    'Failed publickey for git from 203.0.113.5 port 14423 ssh2: rsa MD5:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF',
  ])('reads a key fingerprint suffix without mistaking it for the address (%#)', (message) => {
    expect(parseAll([`${at()}${message}`])[0]).toMatchObject({
      kind: 'auth-failure',
      ip: '203.0.113.5',
      user: 'git',
    });
  });

  it('strips an IPv6 zone id', () => {
    const [event] = parseAll([`${at()}Invalid user inexu from 2001:db8::a11:beef:7ac0%abcdefgh1234567`]);
    expect(event?.ip).toBe('2001:db8::a11:beef:7ac0');
  });
});

describe('syslog headers as real servers write them', () => {
  it.each<[string, string]>([
    ['an unpadded day', 'Nov 2 15:40:14 workshop sshd[28179]: Invalid user x from 203.0.113.1'],
    [
      'no host name (busybox syslogd -S)',
      'May 9 11:11:17 sshd[30876]: Invalid user www from 203.0.113.1 port 51066',
    ],
    [
      'a priority word before the tag (busybox)',
      'Jun 20 02:18:39 vps auth.info sshd[13482]: Invalid user admin from 203.0.113.1',
    ],
    ['FreeBSD syslogd -v', 'Jan  1 00:00:00 <10.5> foxtrot sshd[1234]: Invalid user admin from 203.0.113.1'],
    [
      'Solaris message ids',
      'Nov 21 10:48:21 sol1 sshd[123]: [ID 800047 auth.info] Invalid user admin from 203.0.113.1',
    ],
    ['the tag in brackets', 'Mar  3 00:17:22 [sshd]: Invalid user admin from 203.0.113.1'],
    [
      'an RFC 3164 priority',
      '<38>Feb 12 14:10:21 sd-1 sshd[16378]: Invalid user pascal from 203.0.113.1 port 53502',
    ],
    [
      'rsyslog 8 without the colon',
      '2020-05-29T11:28:56.058908+02:00 bastion sshd[20974] error: PAM: Authentication error for illegal user plop from 203.0.113.1',
    ],
    [
      'macOS (a space, not a "T")',
      '2018-12-20 10:09:05.180218+0000 localhost sshd[67566]: Invalid user git from 203.0.113.1 port 35968',
    ],
    ['socklog without a program', '2015-05-27T04:31:27.46667 auth.info: Invalid user admin from 203.0.113.1'],
    [
      'socklog around a syslog line',
      '2015-05-27T04:31:28.10040 auth.info: May 27 04:31:28 sshd[30993]: Invalid user admin from 203.0.113.1',
    ],
    [
      'socklog with an extra space',
      '2015-05-27T04:31:28.10040 auth.info: sshd[30993]:  Invalid user admin from 203.0.113.1',
    ],
    [
      'multilog with tai64nlocal',
      '2018-06-26 13:22:02.108781500 Failed password for woold from 203.0.113.1 port 34718 ssh2',
    ],
    [
      'RFC 5424 without its priority',
      '2022-02-24T21:00:42.021457+00:00 evse sshd 6052 - - Invalid user admin from 203.0.113.1',
    ],
    [
      'RFC 5424 with structured data',
      '<38>1 2022-01-19T14:23:55+00:00 OPNsense.localdomain sshd 44255 - [meta sequenceId="1"] Invalid user tutu from 203.0.113.1 port 33166',
    ],
  ])('reads sshd lines with %s', (_how, line) => {
    expect(failures(parseAll([line]))).toEqual([expect.objectContaining({ ip: '203.0.113.1' })]);
  });

  it('reads a stamp without a zone in the zone the person confirmed', () => {
    const [event] = parseAll(
      ['2015-05-27T04:31:27.46667 auth.info: Invalid user admin from 203.0.113.1'],
      'Europe/Berlin',
    );
    expect(new Date(event!.time).toISOString()).toBe('2015-05-27T02:31:27.466Z');
  });

  it('reads an unpadded day as the padded one', () => {
    const [unpadded, padded] = [
      parseAll(['Feb 7 16:01:07 h sshd[1]: Invalid user x from 203.0.113.1'])[0]!,
      parseAll(['Feb  7 16:01:07 h sshd[1]: Invalid user x from 203.0.113.1'])[0]!,
    ];
    expect(unpadded.time).toBe(padded.time);
  });

  it("does not read a line without a program unless it is one of sshd's own messages", () => {
    expect(parseAll(['2015-05-27T04:31:27.46667 daemon.info: Started cron for user root'])).toEqual([]);
  });
});

describe('host names where addresses belong (UseDNS)', () => {
  it('makes a login from a host name a source of its own', () => {
    const [login] = parseAll([`${at()}Accepted password for root from scanner.example.com port 22 ssh2`]);
    expect(login).toMatchObject({ kind: 'success', ip: 'scanner.example.com', user: 'root' });
  });

  it('keeps the address as the source and the name beside it when a connection writes both', () => {
    const events = parseAll([
      `${at()}pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=scanner.example.com  user=root`,
      `${at()}Failed password for root from 203.0.113.77 port 4000 ssh2`,
      `${at()}pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=scanner.example.com  user=root`,
      `${at()}Failed password for root from 203.0.113.77 port 4000 ssh2`,
    ]);
    expect(failures(events).map((event) => [event.ip, event.hostName])).toEqual([
      ['203.0.113.77', 'scanner.example.com'],
      ['203.0.113.77', 'scanner.example.com'],
    ]);
  });

  it('does not take a junk word for a host name', () => {
    const [event] = parseAll([
      `${at()}pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=root`,
    ]);
    expect(event?.ip).toBeUndefined();
  });
});
