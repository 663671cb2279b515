import { describe, expect, it } from 'vitest';
import { readLog, readLogText, rows } from './readLog';

describe('FTP servers through syslog (SSHGuard corpus lines)', () => {
  it('reads BSD ftpd, ProFTPD, Pure-FTPd and vsftpd failures with their addresses', () => {
    const { events } = readLog('syslog-services/ftp.log');
    expect(events.map((event) => [event.service, event.kind, event.ip])).toEqual([
      ['ftpd', 'auth-failure', '6.6.6.0'],
      ['ftpd', 'auth-failure', '2001:db8::a11:beef:7ac0'],
      ['proftpd', 'invalid-user', '6.6.6.0'],
      ['proftpd', 'invalid-user', '2001:db8::a11:beef:7ac0'],
      ['pure-ftpd', 'auth-failure', '6.6.6.0'],
      ['pure-ftpd', 'auth-failure', '2001:db8::a11:beef:7ac0'],
      ['vsftpd', 'auth-failure', '6.6.6.0'],
      ['vsftpd', 'auth-failure', '2001:db8::a11:beef:7ac0'],
    ]);
  });
});

describe('vsftpd', () => {
  it('reads its own vsftpd.log: FAIL LOGIN as a failure, OK LOGIN as a login, the rest not', () => {
    const { format, events, analysis } = readLog('vsftpd/vsftpd.log', 'Europe/Paris');
    expect(format).toBe('vsftpd');
    expect(rows(events)).toEqual([
      [2, 'success', '93.24.101.89', 'ubuntu', 1],
      [3, 'auth-failure', '93.24.101.89', 'user', 1],
      [4, 'auth-failure', '93.24.101.90', 'user', 1],
    ]);
    expect(new Date(events[1]!.time).toISOString()).toBe('2020-06-08T10:08:53.000Z');
    // CONNECT, the "530 Permission denied" response, and the blank line that ends the file.
    expect(analysis.summary.unrecognized).toBe(3);
  });

  it('reads the PAM lines it leaves in auth.log, in the current and the old forms', () => {
    const { events } = readLog('vsftpd/syslog-mode.log');
    expect(rows(events).slice(5)).toEqual([
      [6, 'auth-failure', '198.51.100.9', 'root', 1], // vsftpd(pam_unix)[…]: authentication failure; …
      [7, 'auth-failure', '198.51.100.10', undefined, 1], // vsftpd: (pam_unix) authentication failure; …
    ]);
  });

  it('counts an attempt once when PAM and vsftpd both write it to the same syslog', () => {
    const { events, analysis } = readLog('vsftpd/syslog-mode.log');
    expect(rows(events).slice(0, 5)).toEqual([
      [1, 'auth-failure', '203.0.113.62', 'ftpuser', 1],
      [2, 'other', '203.0.113.62', 'ftpuser', 1],
      [3, 'auth-failure', '203.0.113.62', 'ftpuser', 1],
      [4, 'other', '203.0.113.62', 'ftpuser', 1],
      [5, 'auth-failure', '203.0.113.62', 'admin', 1], // no PAM line before it: its own attempt
    ]);
    expect(events[1]!.sameAttemptAs).toBe(1);
    expect(analysis.sources.find((source) => source.ip === '203.0.113.62')?.failures).toBe(3);
  });

  it('takes the address from the end of the line, never from a forged one in the user name', () => {
    const { events } = readLogText(
      'Mon Jun  8 12:08:53 2020 [pid 1] [x] FAIL LOGIN: Client "6.6.6.6"] FAIL LOGIN: Client "203.0.113.62"',
    );
    expect(rows(events)).toEqual([[1, 'auth-failure', '203.0.113.62', 'x] FAIL LOGIN: Client "6.6.6.6"', 1]]);
  });
});

describe('ProFTPD', () => {
  it('reads its SystemLog and the syslog lines mixed into the same file', () => {
    const { format, events } = readLog('proftpd/proftpd.log');
    expect(format).toBe('proftpd');
    expect(rows(events)).toEqual([
      [1, 'invalid-user', '192.168.1.142', 'asd', 1],
      [2, 'auth-failure', '192.168.1.142', 'seb', 1],
      [3, 'invalid-user', '1.1.1.1', 'sdf', 1], // syslog
      [4, 'auth-failure', '1.1.1.1', 'unruffled-feynman', 1], // syslog
      [5, 'invalid-user', '2a02:8070:e186:16e1:1111:222:3333:b173', 'ccvv_ftp1', 1], // "(Login failed): No such user found"
    ]);
    expect(events[1]!.status).toBe('Incorrect password');
    expect(new Date(events[1]!.time).toISOString()).toBe('2021-05-28T18:08:34.399Z');
  });

  it('reads refusals and logins', () => {
    const { events } = readLogText(
      [
        'Nov 21 10:48:21 ftp01 proftpd[80283]: ftp01 (203.0.113.63[203.0.113.63]) - USER root (Login failed): User in /etc/ftpusers',
        'Nov 21 10:48:22 ftp01 proftpd[80283]: ftp01 (203.0.113.63[203.0.113.63]) - Maximum login attempts (3) exceeded, connection refused',
        'Nov 21 10:49:00 ftp01 proftpd[80290]: ftp01 (198.51.100.4[198.51.100.4]) - USER anna: Login successful.',
      ].join('\n'),
    );
    expect(rows(events)).toEqual([
      [1, 'refused', '203.0.113.63', 'root', 1],
      [2, 'refused', '203.0.113.63', undefined, 1],
      [3, 'success', '198.51.100.4', 'anna', 1],
    ]);
  });
});

describe('Pure-FTPd', () => {
  it('counts its PAM check and its own warning for one attempt once', () => {
    const { events } = readLogText(
      [
        'Jan  7 14:19:30 ftpcdr pure-ftpd: pam_unix(pure-ftpd:auth): authentication failure; logname= uid=0 euid=0 tty=pure-ftpd ruser=root rhost=172.21.10.2  user=root',
        'Jan  7 14:19:31 ftpcdr pure-ftpd: (?@172.21.10.2) [WARNING] Authentication failed for user [root]',
        'Jan  7 14:20:06 ftpcdr pure-ftpd: (?@172.21.10.2) [INFO] user@test.com is now logged in',
      ].join('\n'),
    );
    expect(rows(events)).toEqual([
      [1, 'auth-failure', '172.21.10.2', 'root', 1],
      [2, 'other', '172.21.10.2', 'root', 1],
      [3, 'success', '172.21.10.2', 'user@test.com', 1],
    ]);
  });
});
