// Shapes the two corpora do not have, written for this project in each server's wording (from its
// sources), with documentation addresses: each pinned here so a change to a reader shows.
import { describe, expect, it } from 'vitest';
import { readLogText } from './readLog';

const header = (program: string) => `Nov 21 10:48:21 srv01 ${program}[4321]: `;

describe.each<[string, string, Record<string, unknown>]>([
  [
    'dovecot',
    'imap-login: Disconnected (tried to use disallowed plaintext auth): user=<>, rip=203.0.113.5, lip=192.0.2.1, session=<a>',
    { kind: 'refused', ip: '203.0.113.5' },
  ],
  [
    'dovecot',
    'pop3-login: Aborted login (3 authentication attempts): user=<bob>, method=PLAIN, rip=203.0.113.5, lip=192.0.2.1',
    { kind: 'auth-failure', count: 3, user: 'bob' },
  ],
  [
    'imap-login',
    'Info: Disconnected (auth failed, 2 attempts in 8 secs): user=<bob>, method=PLAIN, rip=203.0.113.5, lip=192.0.2.1',
    { service: 'dovecot', count: 2 },
  ],
  [
    'smtpd',
    '3b1c smtp authentication user=bob address=203.0.113.5 host=x.example result=permfail',
    { service: 'opensmtpd', kind: 'auth-failure', user: 'bob' },
  ],
  [
    'smtpd',
    '3b1c smtp authentication user=anna address=198.51.100.4 host=x.example result=ok',
    { service: 'opensmtpd', kind: 'success', user: 'anna' },
  ],
  [
    'sendmail',
    'x1234: AUTH failure (LOGIN): authentication failure (-13) SASL(-13): authentication failure: checkpass failed, user=bob, relay=host.example [203.0.113.5]',
    { service: 'sendmail', kind: 'auth-failure', user: 'bob', ip: '203.0.113.5' },
  ],
  [
    'imapd',
    'LOGIN, user=anna, ip=[::ffff:198.51.100.4], port=[50000], protocol=IMAP',
    { service: 'courier', kind: 'success', ip: '198.51.100.4', user: 'anna' },
  ],
  [
    'courieresmtpd',
    'error,relay=::ffff:203.0.113.5,msg="535 Authentication failed.",cmd: AUTH LOGIN',
    { service: 'courier', kind: 'auth-failure', ip: '203.0.113.5' },
  ],
  [
    'imaps',
    'login: host.example [198.51.100.4] anna plaintext User logged in SESSIONID=<x>',
    { service: 'cyrus', kind: 'success', user: 'anna' },
  ],
  [
    'imapd',
    'Login user=anna host=host.example [198.51.100.4]',
    { service: 'uw-imap', kind: 'success', user: 'anna' },
  ],
  [
    'ftpd',
    'FTP LOGIN REFUSED (not in ftpusers) FROM host.example [203.0.113.5], root',
    { service: 'ftpd', kind: 'refused', user: 'root' },
  ],
  [
    'ftpd',
    'FTP LOGIN FROM 198.51.100.4 as anna (class: real, type: REAL)',
    { service: 'ftpd', kind: 'success', user: 'anna' },
  ],
  [
    'php-fpm',
    "/index.php: Successful login for user 'admin' from: 198.51.100.4 (Local Database)",
    { service: 'pfsense', kind: 'success', ip: '198.51.100.4' },
  ],
  [
    'pvedaemon',
    "<root@pam> successful auth for user 'root@pam'",
    { service: 'proxmox', kind: 'success', user: 'root@pam', ip: undefined },
  ],
  [
    'smbd',
    'Auth: [SMB2,(null)] user [OFFICE]\\[anna] at [Sat, 21 Nov 2026 10:48:21.000000 UTC] with [NTLMv2] status [NT_STATUS_OK] workstation [PC7] remote host [ipv4:198.51.100.4:50000] became [OFFICE]\\[anna] [S-1-5-21-1]. local host [ipv4:192.0.2.1:445]',
    { service: 'samba', kind: 'success', user: 'anna' },
  ],
  [
    'smbd',
    'Auth: [SMB2,(null)] user []\\[] at [Sat, 21 Nov 2026 10:48:21.000000 UTC] with [NTLMv2] status [NT_STATUS_OK] workstation [PC7] remote host [ipv4:198.51.100.4:50000] became [OFFICE]\\[nobody] [S-1-5-21-1]. local host [ipv4:192.0.2.1:445]',
    { service: 'samba', kind: 'other' },
  ],
  [
    'smbd',
    'Auth: [SMB2,(null)] user [OFFICE]\\[bob] at [Sat, 21 Nov 2026 10:48:21.000000 UTC] with [NTLMv2] status [NT_STATUS_ACCOUNT_LOCKED_OUT] workstation [X] remote host [ipv6:2001:db8::5:50000] mapped to [OFFICE]\\[bob]. local host [ipv6:2001:db8::1:445]',
    { kind: 'refused', ip: '2001:db8::5' },
  ],
  [
    'nginx',
    '2026/11/21 10:48:21 [error] 12#12: *5 no user/password was provided for basic authentication, client: 203.0.113.5, server: x, request: "GET /admin HTTP/1.1"',
    { service: 'web', kind: 'probe' },
  ],
  [
    'nginx',
    "[error] 12#12: *5 PAM: user 'bob' - not authenticated: Authentication failure, client: 203.0.113.5, server: x",
    { service: 'web', kind: 'auth-failure', user: 'bob' },
  ],
  [
    'apache2',
    '[auth_digest:error] [pid 7] [client 203.0.113.5:5000] AH01790: user `bob` in realm `private` not found: /admin',
    { service: 'web', kind: 'invalid-user', user: 'bob', method: 'digest auth' },
  ],
  [
    'openvpn',
    'bob/203.0.113.5:1194 TLS Auth Error: Auth Username/Password verification failed for peer',
    { kind: 'auth-failure', user: 'bob', ip: '203.0.113.5' },
  ],
])('%s: %s', (program, message, expected) => {
  it('reads as the event it is', () => {
    const { events } = readLogText(header(program) + message);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject(expected);
  });
});
