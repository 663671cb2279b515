// Remote access besides OpenSSH: Dropbear (the SSH server of routers and small boxes), OpenVPN,
// xrdp (Remote Desktop on Linux) and Samba file shares. Wording from each program's sources and
// the SSHGuard/CrowdSec filters written against them.
import type { EventKind } from './authEvent';
import { addressPattern, byRules, serviceEvent, userOf } from './serviceRules';

const a = addressPattern;

// Dropbear writes "from 1.2.3.4:55990", "from ::ffff:1.2.3.4:55990" or, before auth ends, "from
// <…:port>". The user name in quotes is the client's text: greedy, so the address is the last one.
const dropbearFrom = `from <?(${a}|\\[[^\\]]+\\]):(\\d+)>?`;
export const dropbear = byRules([
  {
    pattern: new RegExp(`^Bad (?:PAM )?password attempt for '(.*)' ${dropbearFrom}\\s*$`),
    read: (m, t, l) =>
      serviceEvent('dropbear', 'auth-failure', t, l, {
        user: userOf(m[1]),
        ip: m[2],
        port: m[3],
        method: 'password',
      }),
  },
  {
    pattern: new RegExp(`^Login attempt for nonexistent user(?: '(.*)')? ${dropbearFrom}\\s*$`),
    read: (m, t, l) =>
      serviceEvent('dropbear', 'invalid-user', t, l, { user: userOf(m[1]), ip: m[2], port: m[3] }),
  },
  {
    pattern: new RegExp(
      `^(?:User account '(.*)' is locked|(?:root|User '(.*)') login rejected|Disallowed login .*?) ${dropbearFrom}`,
    ),
    read: (m, t, l) =>
      serviceEvent('dropbear', 'refused', t, l, { user: userOf(m[1] ?? m[2]), ip: m[3], port: m[4] }),
  },
  {
    // The connection ended before a login: its attempts (if any) were counted by their own lines.
    pattern: new RegExp(`^Exit before auth ${dropbearFrom}: (?:\\(user '(.*)', (\\d+) fails\\): )?(.*)$`),
    read: (m, t, l) =>
      serviceEvent('dropbear', 'probe', t, l, { ip: m[1], port: m[2], user: userOf(m[3]), status: m[5] }),
  },
  {
    pattern: new RegExp(
      `^(Password|Pubkey) auth succeeded for '(.*)' (?:with (?:key|\\S+ key) .* )?${dropbearFrom}\\s*$`,
    ),
    read: (m, t, l) =>
      serviceEvent('dropbear', 'success', t, l, {
        user: m[2],
        ip: m[3],
        port: m[4],
        method: m[1] === 'Pubkey' ? 'publickey' : 'password',
      }),
  },
]);

// OpenVPN: "54.183.149.10:34791 TLS Error: TLS handshake failed", "[2001:db8::1]:34791 …",
// "bob/1.2.3.4:1194 …" once the peer has a name. A handshake that fails is a probe (a scanner, or
// a client without the right key); a rejected user name and password is a failed login.
const vpnPeer = `(?:(\\S+?)/)?\\[?(${a})\\]?:(\\d+)`;
export const openvpn = byRules([
  {
    pattern: new RegExp(
      `^(?:\\[[^\\]]*\\] )?${vpnPeer} TLS Auth Error: Auth Username/Password verification failed`,
    ),
    read: (m, t, l) =>
      serviceEvent('openvpn', 'auth-failure', t, l, {
        user: userOf(m[1]),
        ip: m[2],
        port: m[3],
        method: 'OpenVPN password',
      }),
  },
  {
    pattern: new RegExp(
      `^(?:\\[[^\\]]*\\] )?${vpnPeer} (?:TLS Error: (?:TLS handshake failed|TLS key negotiation failed)|VERIFY ERROR|TLS_ERROR: BIO read tls_read_plaintext error|SIGTERM\\[soft,port-share-redirect\\])`,
    ),
    read: (m, t, l) => serviceEvent('openvpn', 'probe', t, l, { ip: m[2], port: m[3], method: 'OpenVPN' }),
  },
  {
    pattern: new RegExp(`^${vpnPeer} \\[(.*)\\] Peer Connection Initiated with \\[AF_INET6?\\]`),
    read: (m, t, l) =>
      serviceEvent('openvpn', 'success', t, l, { user: m[4], ip: m[2], port: m[3], method: 'OpenVPN' }),
  },
]);

// xrdp-sesman: "[INFO ] AUTHFAIL: user=bob ip=::ffff:203.0.113.5 time=1795251601",
// "[INFO ] ++ created session (access granted): username alice, ip 203.0.113.5:50522 - socket: 12"
export const xrdp = byRules([
  {
    pattern: /AUTHFAIL: user=(.*) ip=(\S+) time=\d*\s*$/,
    read: (m, t, l) =>
      serviceEvent('xrdp', 'auth-failure', t, l, { user: m[1], ip: m[2], method: 'Remote Desktop (xrdp)' }),
  },
  {
    pattern: /(?:created session|session started successfully)\b.*?username (.+?), ip (\S+?)(?::(\d+))? /,
    read: (m, t, l) =>
      serviceEvent('xrdp', 'success', t, l, {
        user: m[1],
        ip: m[2],
        port: m[3],
        method: 'Remote Desktop (xrdp)',
      }),
  },
]);

// Samba's authentication audit (log level auth_audit:2 or higher), through syslog or in log.smbd:
// "Auth: [SMB2,(null)] user [WORKGROUP]\[root] at [Thu, 14 Oct 2021 15:24:12.023984 UTC] with [NTLMv2]
// status [NT_STATUS_NO_SUCH_USER] workstation [MANTIS] remote host [ipv4:172.17.0.1:44890] mapped to …".
// The workstation name is the client's text.
const sambaStatus: Readonly<Record<string, EventKind>> = {
  NT_STATUS_NO_SUCH_USER: 'invalid-user',
  NT_STATUS_WRONG_PASSWORD: 'auth-failure',
  NT_STATUS_LOGON_FAILURE: 'auth-failure',
  NT_STATUS_ACCOUNT_LOCKED_OUT: 'refused',
  NT_STATUS_ACCOUNT_DISABLED: 'refused',
  NT_STATUS_PASSWORD_EXPIRED: 'refused',
  NT_STATUS_INVALID_LOGON_HOURS: 'refused',
  NT_STATUS_INVALID_WORKSTATION: 'refused',
  NT_STATUS_OK: 'success',
};
export const sambaAuthLine = new RegExp(
  `^\\s*Auth: \\[([^\\]]*)\\] user \\[(.*?)\\]\\\\\\[(.*?)\\] at \\[([^\\]]*)\\] with \\[([^\\]]*)\\] status \\[(NT_STATUS_\\w+)\\] workstation \\[(.*?)\\] remote host \\[ipv[46]:(${a}):(\\d+)\\]`,
);
export const samba = byRules([
  {
    pattern: sambaAuthLine,
    read: (m, t, l) => {
      const kind = sambaStatus[m[6]!] ?? 'auth-failure';
      const user = userOf(m[3]);
      // Guest and anonymous sessions are no one logging in.
      if (kind === 'success' && (user === undefined || /^(?:ANONYMOUS LOGON|guest|nobody)$/i.test(user))) {
        return serviceEvent('samba', 'other', t, l, { ip: m[8], port: m[9] });
      }
      return serviceEvent('samba', kind, t, l, {
        user,
        ip: m[8],
        port: m[9],
        method: `${m[1]!.split(',')[0]} ${m[5]}`.trim(),
        status: kind === 'success' ? undefined : m[6],
      });
    },
  },
]);
