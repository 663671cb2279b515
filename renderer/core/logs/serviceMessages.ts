// Readers for the services other than sshd that write to auth.log, secure, mail.log or messages,
// by program name. Each reads the message after the syslog header and returns its event. Wording
// from each program's sources and manuals; user names are attacker-chosen text.
import type { AuthEvent, EventKind } from './authEvent';
import { normalizeAddress } from '../net/addressScope';
import { readAccountChange } from './accountChanges';

export type ServiceReader = (
  text: string,
  start: number,
  time: number,
  line: number,
) => AuthEvent | undefined;

export function serviceEvent(
  service: string,
  kind: EventKind,
  time: number,
  line: number,
  fields: { ip?: string; port?: string; user?: string; method?: string; count?: number; status?: string },
): AuthEvent {
  return {
    time,
    service,
    kind,
    ip: fields.ip === undefined || fields.ip === '' ? undefined : normalizeAddress(fields.ip),
    port: fields.port === undefined ? undefined : Number(fields.port),
    user: fields.user,
    method: fields.method,
    count: fields.count ?? 1,
    line,
    status: fields.status,
  };
}

type Rule = {
  pattern: RegExp;
  read: (m: RegExpExecArray, time: number, line: number) => AuthEvent | undefined;
};

/** A reader that tries its patterns in order on the message; the first that matches decides. */
function byRules(rules: readonly Rule[]): ServiceReader {
  return (text, start, time, line) => {
    const message = start === 0 ? text : text.slice(start);
    for (const rule of rules) {
      const m = rule.pattern.exec(message);
      if (m) return rule.read(m, time, line);
    }
    return undefined;
  };
}

// sudo: "  alice : 3 incorrect password attempts ; TTY=pts/0 ; PWD=/home/alice ; USER=root ; COMMAND=/bin/bash"
const sudo = byRules([
  {
    pattern: /^\s*(.+?) : (\d+) incorrect password attempts? ;/,
    read: (m, t, l) =>
      serviceEvent('sudo', 'auth-failure', t, l, { user: m[1], count: Number(m[2]), method: 'sudo' }),
  },
  {
    pattern: /^\s*(.+?) : (?:user NOT in sudoers|user NOT authorized on host|command not allowed) ;/,
    read: (m, t, l) =>
      serviceEvent('sudo', 'refused', t, l, {
        user: m[1],
        method: 'sudo',
        status: 'not allowed to use sudo',
      }),
  },
  {
    // The attempt is counted by the "incorrect password attempts" line that follows.
    pattern: /^pam_unix\(sudo:auth\): authentication failure;.* user=(\S*)/,
    read: (m, t, l) => serviceEvent('sudo', 'other', t, l, { user: m[1] }),
  },
  {
    pattern: /^\s*(\S+) : (?:TTY=\S+ ; )?PWD=.* ; USER=(\S+) ; COMMAND=/,
    read: (m, t, l) =>
      serviceEvent('sudo', 'other', t, l, { user: m[1], status: `ran a command as ${m[2]}` }),
  },
]);

// su: "FAILED SU (to root) alice on pts/0" (Debian), "FAILED su for root by alice" (util-linux)
const su = byRules([
  {
    pattern: /^FAILED SU \(to (\S+)\) (\S+) on /,
    read: (m, t, l) =>
      serviceEvent('su', 'auth-failure', t, l, { user: m[1], method: 'su', status: `by ${m[2]}` }),
  },
  {
    pattern: /^FAILED su for (\S+) by (\S+)/,
    read: (m, t, l) =>
      serviceEvent('su', 'auth-failure', t, l, { user: m[1], method: 'su', status: `by ${m[2]}` }),
  },
  {
    pattern: /^pam_unix\(su(?:-l)?:auth\): authentication failure;.* user=(\S*)/,
    read: (m, t, l) => serviceEvent('su', 'other', t, l, { user: m[1] }),
  },
  {
    pattern: /^(?:Successful su for (\S+) by (\S+)|\(to (\S+)\) (\S+) on )/,
    read: (m, t, l) =>
      serviceEvent('su', 'other', t, l, { user: m[1] ?? m[3], status: `by ${m[2] ?? m[4]}` }),
  },
]);

// Postfix smtpd: "warning: unknown[203.0.113.5]: SASL LOGIN authentication failed: UGFzc3dvcmQ6[, sasl_username=bob]"
const postfixSmtpd = byRules([
  {
    pattern: /^warning: [^\s[]*\[([^\]]+)\]: SASL (\S+) authentication failed:(?:.*sasl_username=(\S+))?/,
    read: (m, t, l) =>
      serviceEvent('postfix', 'auth-failure', t, l, { ip: m[1], method: `SASL ${m[2]}`, user: m[3] }),
  },
  {
    pattern: /client=[^\s[]*\[([^\]]+)\](?::\d+)?, sasl_method=(\S+), sasl_username=(\S+)/,
    read: (m, t, l) =>
      serviceEvent('postfix', 'success', t, l, {
        ip: m[1],
        method: `SASL ${m[2]!.replace(/,$/, '')}`,
        user: m[3],
      }),
  },
]);

// Dovecot: "imap-login: Disconnected (auth failed, 3 attempts in 12 secs): user=<bob>, method=PLAIN, rip=203.0.113.5, …"
const dovecotLogin =
  /^(imap|pop3|submission|managesieve)-login: (?:Disconnected|Aborted login) \(auth failed, (\d+) attempts? in \d+ secs\): user=<([^>]*)>, (?:method=(\S+), )?rip=([^,\s]+)/;
const dovecot = byRules([
  {
    pattern: dovecotLogin,
    read: (m, t, l) =>
      serviceEvent('dovecot', 'auth-failure', t, l, {
        count: Number(m[2]),
        user: m[3],
        method: `${m[1]} ${(m[4] ?? '').replace(/,$/, '')}`.trim(),
        ip: m[5],
      }),
  },
  {
    pattern:
      /^(imap|pop3|submission|managesieve)-login: Login: user=<([^>]*)>, (?:method=(\S+), )?rip=([^,\s]+)/,
    read: (m, t, l) =>
      serviceEvent('dovecot', 'success', t, l, {
        user: m[2],
        method: `${m[1]} ${(m[3] ?? '').replace(/,$/, '')}`.trim(),
        ip: m[4],
      }),
  },
  {
    pattern:
      /^auth: (?:passwd-file|pam|shadow|sql|ldap)\([^,]*,([^,)]+)[^)]*\): (?:unknown user|Password mismatch)/,
    read: (m, t, l) => serviceEvent('dovecot', 'other', t, l, { ip: m[1] }),
  },
]);

// vsftpd through syslog: "[bob] FAIL LOGIN: Client "203.0.113.5"", "[alice] OK LOGIN: Client "…""
export const vsftpdMessage = byRules([
  {
    pattern: /\[(.*)\] FAIL LOGIN: Client "([^"]+)"/,
    read: (m, t, l) => serviceEvent('vsftpd', 'auth-failure', t, l, { user: m[1], ip: m[2], method: 'ftp' }),
  },
  {
    pattern: /\[(.*)\] OK LOGIN: Client "([^"]+)"/,
    read: (m, t, l) => serviceEvent('vsftpd', 'success', t, l, { user: m[1], ip: m[2], method: 'ftp' }),
  },
  {
    pattern: /^pam_unix\(vsftpd:auth\): authentication failure;/,
    read: (_m, t, l) => serviceEvent('vsftpd', 'other', t, l, {}),
  },
]);

// ProFTPD: "host.example (203.0.113.5[203.0.113.5]) - USER bob (Login failed): Incorrect password"
const proftpd = byRules([
  {
    pattern: /\(\S*\[([^\]]+)\]\) - USER (.+?) \(Login failed\): (.*)$/,
    read: (m, t, l) =>
      serviceEvent('proftpd', 'auth-failure', t, l, { ip: m[1], user: m[2], method: 'ftp', status: m[3] }),
  },
  {
    pattern: /\(\S*\[([^\]]+)\]\) - USER (.+?): no such user found/,
    read: (m, t, l) => serviceEvent('proftpd', 'invalid-user', t, l, { ip: m[1], user: m[2], method: 'ftp' }),
  },
  {
    pattern: /\(\S*\[([^\]]+)\]\) - USER (.+?): Login successful/,
    read: (m, t, l) => serviceEvent('proftpd', 'success', t, l, { ip: m[1], user: m[2], method: 'ftp' }),
  },
]);

// Pure-FTPd: "(?@203.0.113.5) [WARNING] Authentication failed for user [bob]"
const pureFtpd = byRules([
  {
    pattern: /^\(\S*@([^)]+)\) \[WARNING\] Authentication failed for user \[(.*)\]/,
    read: (m, t, l) =>
      serviceEvent('pure-ftpd', 'auth-failure', t, l, { ip: m[1], user: m[2], method: 'ftp' }),
  },
  {
    pattern: /^\(\S*@([^)]+)\) \[INFO\] (.+) is now logged in/,
    read: (m, t, l) => serviceEvent('pure-ftpd', 'success', t, l, { ip: m[1], user: m[2], method: 'ftp' }),
  },
]);

// xrdp-sesman: "[INFO ] AUTHFAIL: user=bob ip=::ffff:203.0.113.5 time=1795251601",
// "[INFO ] ++ created session (access granted): username alice, ip 203.0.113.5:50522 - socket: 12"
const xrdp = byRules([
  {
    pattern: /AUTHFAIL: user=(.*) ip=(\S+) time=/,
    read: (m, t, l) =>
      serviceEvent('xrdp', 'auth-failure', t, l, { user: m[1], ip: m[2], method: 'Remote Desktop (xrdp)' }),
  },
  {
    pattern: /(?:created session|session started successfully) .*username (.+?), ip (\S+?)(?::(\d+))? /,
    read: (m, t, l) =>
      serviceEvent('xrdp', 'success', t, l, {
        user: m[1],
        ip: m[2],
        port: m[3],
        method: 'Remote Desktop (xrdp)',
      }),
  },
]);

export const serviceReaders: ReadonlyMap<string, ServiceReader> = new Map<string, ServiceReader>([
  ['sudo', sudo],
  ['su', su],
  ['smtpd', postfixSmtpd],
  ['dovecot', dovecot],
  ['vsftpd', vsftpdMessage],
  ['proftpd', proftpd],
  ['pure-ftpd', pureFtpd],
  ['xrdp', xrdp],
  ['xrdp-sesman', xrdp],
  ['useradd', readAccountChange('useradd')],
  ['usermod', readAccountChange('usermod')],
  ['userdel', readAccountChange('userdel')],
  ['groupadd', readAccountChange('groupadd')],
  ['gpasswd', readAccountChange('gpasswd')],
  ['passwd', readAccountChange('passwd')],
  ['chpasswd', readAccountChange('chpasswd')],
  ['chage', readAccountChange('chage')],
]);
