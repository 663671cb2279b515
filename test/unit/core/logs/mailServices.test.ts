import { describe, expect, it } from 'vitest';
import { fixture, readLog, readLogText, rows } from './readLog';

describe('mail servers through syslog (SSHGuard corpus lines)', () => {
  const { events, analysis } = readLog('syslog-services/mail.log');
  const at = (line: number) => events.find((event) => event.line === line);

  it('reads every mail line of the corpus as an event naming its address', () => {
    expect(analysis.summary.unrecognized).toBe(0);
    expect(events.every((event) => event.ip !== undefined)).toBe(true);
  });

  it.each([
    [1, 'cucipop', 'auth-failure', '6.6.6.0'],
    [3, 'exim', 'auth-failure', '6.6.6.0'],
    [5, 'exim', 'refused', '6.6.6.0'], // AUTH where it is not advertised: refused before a password
    [7, 'dovecot', 'auth-failure', '6.6.6.0'],
    [9, 'dovecot', 'auth-failure', '80.94.95.229'], // pam_unix(dovecot:auth)
    [10, 'uw-imap', 'auth-failure', '6.6.6.0'],
    [12, 'cyrus', 'auth-failure', '6.6.6.0'],
    [14, 'cyrus', 'auth-failure', '192.168.1.1'],
    [16, 'postfix', 'auth-failure', '1.2.3.4'],
    [17, 'postfix', 'auth-failure', '24.213.217.114'], // lost connection after AUTH
    [19, 'postfix', 'probe', '2606:2800:220:1:248:1893:25c8:1946'], // lost connection after CONNECT
    [20, 'postfix', 'auth-failure', '122.166.249.154'], // smtpd_client_port_logging
    [22, 'opensmtpd', 'refused', '185.236.202.133'],
    [23, 'opensmtpd', 'auth-failure', '128.237.183.69'],
    [24, 'courier', 'auth-failure', '1.2.3.4'],
    [26, 'courier', 'auth-failure', '121.226.61.81'],
    [28, 'courier', 'auth-failure', '177.19.165.26'],
  ])('line %i: %s writes a %s from %s', (line, service, kind, ip) => {
    expect(at(line)).toMatchObject({ service, kind, ip });
  });

  it('counts the attempts Dovecot says a connection made ("auth failed, 6 attempts")', () => {
    expect(at(7)?.count).toBe(6);
  });
});

describe('Dovecot', () => {
  it('reads every wording of the hub once the header is read (single-digit days padded here)', () => {
    // The hub writes "Sep 8 07:46:30"; reading that header is the syslog header reader's job.
    const text = fixture('dovecot/dovecot-versions.log').replace(/^Sep 8 /gm, 'Sep  8 ');
    const { events } = readLogText(text);
    expect(rows(events)).toEqual([
      [1, 'invalid-user', '1.1.1.1', 'toto', 1],
      [2, 'auth-failure', '1.1.1.1', 'toto', 1],
      // Stamped two seconds before the check on line 2 (the hub's lines are collected, not one
      // log): no check precedes it, so it counts on its own.
      [3, 'auth-failure', '1.1.1.1', 'toto@toto.com', 1],
      [4, 'auth-failure', '172.17.0.1', 'hess@lol.fr', 2],
      [5, 'auth-failure', '172.17.0.1', 'hess@test.fr', 1],
      [6, 'auth-failure', '172.17.0.1', 'hess@testnew.fr', 1],
      [7, 'auth-failure', '172.17.0.1', 'test@yourdomain.net', 2],
      [9, 'success', '172.17.0.1', 'test@yourdomain.net', 1],
      [10, 'auth-failure', '5.34.207.151', 'caliph@customdomaine.com', 1],
      [11, 'auth-failure', '5.34.207.161', 'needle', 1],
      [12, 'invalid-user', '220.169.110.101', 'contact', 1],
      [13, 'invalid-user', '220.169.110.101', 'contact', 1],
      [14, 'invalid-user', '192.168.1.1', 'testing@example.com', 1],
      [15, 'invalid-user', '192.168.1.1', 'karen@co.uk', 1],
    ]);
  });

  it('counts an attempt once when its auth check and the login process both write it', () => {
    const { events, analysis } = readLog('dovecot/checked-and-answered.log');
    // Two checks, then "auth failed, 2 attempts": the answer names the first check's line.
    expect(events.find((event) => event.line === 3)).toMatchObject({ kind: 'other', sameAttemptAs: 1 });
    // A passwd-file check answered by Postfix's SASL two seconds later, and Postfix's own
    // "lost connection after AUTH" for the same connection: one attempt.
    expect(events.find((event) => event.line === 5)).toMatchObject({ kind: 'other', sameAttemptAs: 4 });
    expect(events.find((event) => event.line === 6)).toMatchObject({ kind: 'other', sameAttemptAs: 4 });
    const source = analysis.sources.find((candidate) => candidate.ip === '203.0.113.61')!;
    expect(source.failures + source.invalidUsers).toBe(3);
  });

  it('takes the address from the last rip=, never from a forged one inside the user name', () => {
    const { events } = readLog('dovecot/checked-and-answered.log');
    expect(events.find((event) => event.line === 7)).toMatchObject({
      kind: 'auth-failure',
      ip: '203.0.113.66',
      count: 3,
      user: 'x, rip=6.6.6.6, lip=1.1.1.1',
    });
    expect(events.some((event) => event.ip === '6.6.6.6')).toBe(false);
  });

  it('keeps a mailbox login as a login', () => {
    const { analysis } = readLog('dovecot/checked-and-answered.log');
    expect(analysis.logins.map((login) => [login.user, login.ip, login.method])).toEqual([
      ['anna@example.com', '198.51.100.4', 'imap PLAIN'],
    ]);
  });

  it("reads Dovecot's own log file, in both stamp styles", () => {
    const { format, events } = readLog('dovecot/dovecot.log', 'Europe/Berlin');
    expect(format).toBe('dovecot');
    expect(rows(events)).toEqual([
      [1, 'auth-failure', '172.21.0.1', 'test', 1],
      [2, 'invalid-user', '203.0.113.61', 'karen@example.com', 1],
      [3, 'other', '203.0.113.61', 'karen@example.com', 1],
      [4, 'success', '198.51.100.4', 'anna', 1],
    ]);
    expect(new Date(events[0]!.time).toISOString()).toBe('2019-10-15T06:08:52.000Z');
  });
});

describe('Exim', () => {
  it('reads its own main log: authenticator failures with the client address, not the HELO name', () => {
    const { format, events, analysis } = readLog('exim/mainlog', 'Australia/Sydney');
    expect(format).toBe('exim');
    expect(rows(events)).toEqual([
      [1, 'auth-failure', '1.2.3.4', 'abuse@test.com', 1], // HELO "([1.2.3.5])"
      [2, 'auth-failure', '202.137.142.181', 'dave', 1],
      [3, 'auth-failure', '1.2.3.4', 'info@test.com', 1],
      [10, 'auth-failure', '192.0.2.11', 'user', 1],
      [11, 'auth-failure', '192.0.2.12', 'user', 1], // with milliseconds
      [12, 'auth-failure', '192.0.2.13', 'user', 1], // without a port
    ]);
    expect(events[0]!.method).toBe('dovecot_login');
    expect(new Date(events[0]!.time).toISOString()).toBe('2022-06-29T06:04:19.000Z');
    // Spam, relay and sender checks are not login attempts.
    expect(analysis.summary.unrecognized).toBe(6);
  });

  it('reads the same lines through syslog', () => {
    const { format, events } = readLog('exim/exim-syslog.log');
    expect(format).toBe('openssh');
    expect(events.map((event) => [event.kind, event.ip])).toEqual([
      ['auth-failure', '1.2.3.4'],
      ['auth-failure', '202.137.142.181'],
      ['auth-failure', '1.2.3.4'],
      ['auth-failure', '192.0.2.11'],
      ['auth-failure', '192.0.2.13'],
    ]);
  });

  it('reads AUTH protocol errors as refusals and old authenticator wordings as failures', () => {
    const { events } = readLog('exim/mainlog-sshguard');
    expect(rows(events)).toEqual([
      [1, 'refused', '123.24.161.123', undefined, 1],
      [2, 'refused', '186.31.81.98', undefined, 1],
      [3, 'auth-failure', '87.76.31.6', 'dog', 1],
      [4, 'auth-failure', '10.0.0.1', 'userx', 1],
    ]);
  });

  it('takes a message accepted after AUTH as a login, and a 435 as no rejected password', () => {
    const { events } = readLogText(
      [
        '2026-11-21 10:48:21 1tX9aB-000123-4C <= info@example.com H=(laptop) [198.51.100.4]:55379 P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no A=dovecot_plain:info@example.com S=1234 id=abc@example.com',
        '2026-11-21 10:49:00 dovecot_login authenticator failed for (x) [203.0.113.5]:4000: 435 Unable to authenticate at present (set_id=info@example.com): failed to connect to socket',
      ].join('\n'),
    );
    expect(rows(events)).toEqual([
      [1, 'success', '198.51.100.4', 'info@example.com', 1],
      [2, 'other', '203.0.113.5', 'info@example.com', 1],
    ]);
  });
});

describe('Postfix', () => {
  it('leaves relay and spam rejections out: they are not login attempts', () => {
    const { events, analysis } = readLogText(
      [
        'May 11 04:02:36 host1 postfix/smtpd[26897]: warning: unknown[192.168.1.1]: SASL LOGIN authentication failed: authentication failure',
        'May 11 04:02:37 host1 postfix/smtpd[26897]: NOQUEUE: reject: RCPT from unknown[192.168.1.1]: 554 5.7.1 Service unavailable',
        'Jun 04 22:24:28 machine postfix/smtpd[3967801]: NOQUEUE: reject: RCPT from x[192.168.1.1]: 454 4.7.1 <a@b.c>: Relay access denied; from=<s@d.tld> to=<s@d.tld> proto=ESMTP helo=<WIN>',
        'Jun 04 22:24:29 machine postfix/submission/smtpd[3967802]: warning: non-SMTP command from unknown[192.168.1.1]: GET / HTTP/1.1',
      ].join('\n'),
    );
    expect(rows(events)).toEqual([[1, 'auth-failure', '192.168.1.1', undefined, 1]]);
    expect(analysis.summary.unrecognized).toBe(3);
  });
});
