import { describe, expect, it } from 'vitest';
import { readLog, readLogText, rows } from './readLog';

describe('web access logs', () => {
  it('makes logins of 401 answers and login-form floods, and nothing of page scans', () => {
    const { format, events, analysis } = readLog('web-access/sshguard-access.log');
    expect(format).toBe('web-access');
    expect(rows(events)).toEqual([
      [1, 'auth-failure', '10.42.42.39', 'jeff', 1], // 401 to a request with a user name
      [3, 'probe', '10.42.42.41', undefined, 1], // 401 without credentials: the challenge
      [4, 'auth-failure', '1.2.3.4', undefined, 1], // Roundcube answers a failed login 401
      [5, 'auth-failure', '2001:db8::a11:b2ef:78f2', undefined, 1], // POST wp-login.php → 200
      [6, 'auth-failure', '10.42.57.1', undefined, 1],
      [7, 'auth-failure', '127.1.2.3', undefined, 1], // TYPO3 backend login
      [8, 'auth-failure', '127.1.2.4', undefined, 1], // Contao backend login
      [10, 'probe', '10.42.42.40', undefined, 1],
    ]);
    // 404, 444, 301, "GET wp-login.php" 200, "POST wp-login.php" 302 are not login attempts.
    expect(analysis.summary.unrecognized).toBe(6);
  });

  it('reads the time an access line carries, with its zone', () => {
    const { events } = readLog('web-access/sshguard-access.log');
    expect(new Date(events.find((event) => event.line === 4)!.time).toISOString()).toBe(
      '2024-12-25T18:36:18.000Z',
    );
  });

  it('reads access lines after a virtual host, and error lines in the same file', () => {
    const { format, events, analysis } = readLog('web-access/apache-mixed.log');
    expect(format).toBe('web-access');
    expect(rows(events)).toEqual([[8, 'invalid-user', '31.33.58.75', 'sss', 1]]);
    expect(analysis.summary.unrecognized).toBe(8);
  });

  it('reads nginx access lines written through syslog', () => {
    const { format, events } = readLog('web-access/wordpress-syslog.log');
    expect(format).toBe('openssh');
    expect(events).toHaveLength(9);
    expect(events.every((event) => event.kind === 'auth-failure' && event.ip === '81.150.104.130')).toBe(
      true,
    );
    expect(events[0]!.method).toBe('login form (WordPress)');
  });

  it('does not take a logout or a password reset for a login form', () => {
    const { events } = readLogText(
      [
        '203.0.113.9 - - [15/Sep/2021:16:13:46 +0000] "POST /wp-login.php?action=lostpassword HTTP/1.1" 200 5364 "-" "x"',
        '203.0.113.9 - - [15/Sep/2021:16:13:47 +0000] "POST /wp-login.php?action=logout HTTP/1.1" 200 5364 "-" "x"',
        '203.0.113.9 - - [15/Sep/2021:16:13:48 +0000] "POST /wp-login.php?redirect_to=%2Fwp-admin%2F HTTP/1.1" 200 5364 "-" "x"',
      ].join('\n'),
    );
    expect(rows(events)).toEqual([[3, 'auth-failure', '203.0.113.9', undefined, 1]]);
  });
});

describe('web error logs', () => {
  it('reads nginx basic-auth failures and the access lines after them', () => {
    const { format, events } = readLog('web-access/nginx-error-and-access.log');
    expect(format).toBe('web-auth');
    expect(events.filter((event) => event.kind === 'invalid-user')).toHaveLength(16);
    expect(events.filter((event) => event.kind === 'auth-failure' && event.user === 'test')).toHaveLength(6);
  });

  it("reads nginx's mail proxy: failed and refused logins, and logins", () => {
    const { events } = readLog('web-access/nginx-mail.log');
    expect(rows(events)).toEqual([
      [3, 'refused', '5.34.207.182', 'servers@example.com', 1], // "AUTH not supported" on port 25
      [12, 'success', '174.233.1.144', 'admin@example.com', 1],
      [15, 'success', '174.233.1.144', 'admin@example.com', 1],
      [17, 'auth-failure', '201.170.64.255', 'postmaster', 1], // "using starttls"
    ]);
    expect(events[0]!.service).toBe('nginx mail');
  });

  it('reads Apache 2.2 error lines, which name no module', () => {
    const { events } = readLogText(
      '[Sat Nov 21 10:48:21 2026] [error] [client 203.0.113.5] user admin: authentication failure for "/admin": Password Mismatch',
    );
    expect(rows(events)).toEqual([[1, 'auth-failure', '203.0.113.5', 'admin', 1]]);
  });
});

describe("Caddy's JSON access log", () => {
  it('reads a 401 without credentials as the challenge, and one with credentials as a failure', () => {
    const { format, events } = readLog('caddy-json/caddy.log');
    expect(format).toBe('caddy-json');
    expect(events.every((event) => event.kind === 'probe' && event.ip === '127.0.0.1')).toBe(true);
    const withCredentials = readLogText(
      '{"level":"error","ts":1711741827.9626286,"logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"203.0.113.8","remote_port":"54462","client_ip":"203.0.113.8","proto":"HTTP/1.1","method":"GET","host":"localhost:9080","uri":"/","headers":{"Authorization":["REDACTED"]}},"user_id":"","status":401}',
    );
    expect(rows(withCredentials.events)).toEqual([[1, 'auth-failure', '203.0.113.8', undefined, 1]]);
    expect(new Date(withCredentials.events[0]!.time).toISOString()).toBe('2024-03-29T19:50:27.963Z');
  });
});
