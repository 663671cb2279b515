import { describe, expect, it } from 'vitest';
import { readLog, readLogText, rows } from './readLog';

describe('remote access and web consoles through syslog (SSHGuard corpus lines)', () => {
  const { events, analysis } = readLog('syslog-services/remote-access.log');
  const at = (line: number) => events.find((event) => event.line === line);

  it('reads every line as an event naming its address', () => {
    expect(analysis.summary.unrecognized).toBe(0);
    expect(events).toHaveLength(20);
  });

  it.each([
    [1, 'dropbear', 'auth-failure', '1.2.3.4', 'root'], // "Bad password attempt", IPv4-mapped
    [2, 'dropbear', 'auth-failure', '1.2.3.4', 'user23'], // "Bad PAM password attempt"
    [3, 'dropbear', 'invalid-user', '1.2.3.4', undefined], // "Login attempt for nonexistent user"
    [4, 'dropbear', 'probe', '10.42.42.135', 'root'], // "Exit before auth": counted by its own lines
    [7, 'cockpit', 'auth-failure', '172.22.10.15', 'jeff'],
    [9, 'cockpit', 'auth-failure', '172.22.10.15', undefined],
    [10, 'openvpn', 'probe', '54.183.149.10', undefined], // TLS handshake failed: no login tried
    [11, 'openvpn', 'probe', '2001:db8::a11:beef:7ac0', undefined],
    [12, 'pfsense', 'auth-failure', '172.21.4.113', 'admin'],
    [14, 'gitea', 'auth-failure', '::1', 'blabla'],
    [15, 'gitea', 'auth-failure', '213.60.123.190', 'blabla'],
    [16, 'proxmox', 'auth-failure', '192.0.2.74', 'tester@pve'],
    [18, 'proxmox', 'invalid-user', '192.0.2.154', 'tester2@pam'], // "msg=no such user"
  ])('line %i: %s writes a %s from %s', (line, service, kind, ip, user) => {
    expect(at(line)).toMatchObject({ service, kind, ip, user });
  });
});

describe('Dropbear', () => {
  it('reads logins and takes the address from the end, past a forged one in the user name', () => {
    const { events } = readLogText(
      [
        "Nov 21 10:48:21 router dropbear[1773]: Bad password attempt for 'x' from 6.6.6.6:1' from 203.0.113.5:55990",
        "Nov 21 10:49:00 router dropbear[1780]: Password auth succeeded for 'root' from 198.51.100.4:50532",
        "Nov 21 10:49:30 router dropbear[1790]: Pubkey auth succeeded for 'admin' with ssh-ed25519 key SHA256:abc from 198.51.100.4:50600",
      ].join('\n'),
    );
    expect(rows(events)).toEqual([
      [1, 'auth-failure', '203.0.113.5', "x' from 6.6.6.6:1", 1],
      [2, 'success', '198.51.100.4', 'root', 1],
      [3, 'success', '198.51.100.4', 'admin', 1],
    ]);
  });
});

describe('OpenVPN', () => {
  it('reads its own log in the 2.4 and 2.5 stamp styles', () => {
    const { format, events } = readLog('openvpn/openvpn.log', 'Europe/Berlin');
    expect(format).toBe('openvpn');
    expect(rows(events)).toEqual([
      [1, 'probe', '203.0.113.70', undefined, 1],
      [2, 'auth-failure', '203.0.113.71', undefined, 1], // user name and password rejected
      [3, 'success', '198.51.100.4', 'anna', 1],
    ]);
    expect(new Date(events[0]!.time).toISOString()).toBe('2026-09-03T22:00:06.000Z');
  });

  it("reads the Access Server's log, whose own stamp carries the zone", () => {
    const { format, events } = readLog('openvpn/access-server.log', 'Asia/Tokyo');
    expect(format).toBe('openvpn');
    expect(rows(events)).toEqual([[1, 'probe', '192.168.0.1', undefined, 1]]); // port-share redirect
    expect(new Date(events[0]!.time).toISOString()).toBe('2019-10-21T21:07:09.000Z');
  });
});

describe('Gitea', () => {
  it('reads its own log, plain and in terminal colours', () => {
    const { format, events } = readLog('gitea/gitea.log');
    expect(format).toBe('gitea');
    expect(rows(events)).toEqual([
      [1, 'invalid-user', '192.168.1.2', 'test', 1], // "user does not exist"
      [2, 'invalid-user', '1.2.3.4', 'test', 1],
    ]);
    expect(events[0]!.port).toBe(13798);
  });

  it('finds where the user name ends by the name Gitea repeats, not by a forged " from "', () => {
    const { events } = readLogText(
      '2023/01/01 15:33:04 ...ers/web/auth/auth.go:200:SignInPost() [I] [63b199a0] Failed authentication attempt for z from 6.6.6.6: y from 203.0.113.9:13798: user does not exist [uid: 0, name: z from 6.6.6.6: y, keyid: 0]',
    );
    expect(rows(events)).toEqual([[1, 'invalid-user', '203.0.113.9', 'z from 6.6.6.6: y', 1]]);
  });
});

describe('Samba', () => {
  it("reads log.smbd's authentication audit with the time the line gives", () => {
    const { format, events } = readLog('samba/auth-lines.log', 'Europe/Berlin');
    expect(format).toBe('samba');
    expect(rows(events)).toEqual([
      [1, 'invalid-user', '172.17.0.1', 'root', 1], // NT_STATUS_NO_SUCH_USER
      [2, 'auth-failure', '172.17.0.1', 'administrator', 1], // NT_STATUS_WRONG_PASSWORD
    ]);
    expect(new Date(events[0]!.time).toISOString()).toBe('2021-10-14T15:24:12.023Z'); // "… UTC"
  });

  it('reads the same lines through syslog', () => {
    const { events } = readLog('samba/smb-syslog.log');
    expect(events.map((event) => [event.kind, event.ip, event.port])).toEqual(
      Array.from({ length: 6 }, () => ['invalid-user', '1.2.3.4', 62419]),
    );
  });
});

describe('xrdp', () => {
  it.each([
    ['xrdp/xrdp-sesman.log', '2026-11-21T09:48:21.000Z'],
    ['xrdp/xrdp-sesman-new.log', '2026-11-21T09:48:21.123Z'],
  ])('reads %s in its stamp style', (path, firstTime) => {
    const { format, events } = readLog(path, 'Europe/Berlin');
    expect(format).toBe('xrdp');
    expect(events.map((event) => [event.kind, event.ip, event.user])).toEqual([
      ['auth-failure', '203.0.113.65', 'administrator'],
      ['auth-failure', '203.0.113.65', 'admin'],
      ['success', '198.51.100.4', 'anna'],
    ]);
    expect(new Date(events[0]!.time).toISOString()).toBe(firstTime);
  });
});
