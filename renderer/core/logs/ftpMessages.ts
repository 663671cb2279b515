// FTP servers: vsftpd, ProFTPD, Pure-FTPd, the BSD/wu ftpd. The same readers serve syslog lines
// and the servers' own log files (vsftpdLog.ts, proftpdLog.ts), which write the same messages
// after a stamp of their own. Wording from each server's sources and the fail2ban/SSHGuard
// filters written against them.
import { addressPattern, byRules, serviceEvent, userOf, type ServiceReader } from './serviceRules';
import { createSameAttemptMemory, type SameAttemptMemory } from './sameAttempt';
import type { AuthEvent } from './authEvent';

const a = addressPattern;

// PAM's line for an FTP server's check: "pam_unix(vsftpd:auth): authentication failure; logname= uid=0
// euid=0 tty=ftp ruser=bob rhost=203.0.113.5  user=bob", written "vsftpd: (pam_unix) authentication
// failure; …" and "vsftpd(pam_unix)[123]: authentication failure; …" by old PAM versions.
function pamFailure(service: string): RegExp {
  return new RegExp(
    `^(?:pam_unix\\(${service}:auth\\): |\\(pam_unix\\) )?authentication failure; logname=\\S* uid=\\S* euid=\\S* tty=\\S* ruser=(\\S*) rhost=(${a})(?:\\s+user=(\\S*))?\\s*$`,
  );
}

/**
 * The PAM check counts on its own line (vsftpd's own log may not be imported); the server's
 * "FAIL LOGIN" that follows in the same file is then the same attempt.
 */
function pamChecked(checks: SameAttemptMemory, service: string, m: RegExpExecArray, t: number, l: number) {
  const user = userOf(m[3]) ?? userOf(m[1]);
  const event = serviceEvent(service, 'auth-failure', t, l, { ip: m[2], user, method: 'ftp (PAM)' });
  checks.checked(event.ip!, user, t, l);
  return event;
}

function answeredOnce(checks: SameAttemptMemory, event: AuthEvent): AuthEvent {
  const { claimed, firstLine } = checks.answered(event.ip!, event.user, event.time, 1);
  return claimed === 0 ? event : { ...event, kind: 'other', sameAttemptAs: firstLine };
}

// vsftpd: "[pid 27244] [bob] FAIL LOGIN: Client "::ffff:93.24.101.89"" (its own log writes a date
// first; through syslog the "[pid N]" stays). The user name is the client's text and comes first:
// the address is the quoted one at the end of the line.
export function createVsftpdReader(): ServiceReader {
  const checks = createSameAttemptMemory();
  return byRules([
    {
      pattern: new RegExp(`^(?:\\[pid \\d+\\] )?(?:\\[(.*)\\] |(\\S+) )?FAIL LOGIN: Client "(${a})"\\s*$`),
      read: (m, t, l) =>
        answeredOnce(
          checks,
          serviceEvent('vsftpd', 'auth-failure', t, l, {
            user: userOf(m[1] ?? m[2]),
            ip: m[3],
            method: 'ftp',
          }),
        ),
    },
    {
      pattern: new RegExp(
        `^(?:\\[pid \\d+\\] )?(?:\\[(.*)\\] |(\\S+) )?OK LOGIN: Client "(${a})"(?:, anon password .*)?\\s*$`,
      ),
      read: (m, t, l) =>
        serviceEvent('vsftpd', 'success', t, l, { user: userOf(m[1] ?? m[2]), ip: m[3], method: 'ftp' }),
    },
    { pattern: pamFailure('vsftpd'), read: (m, t, l) => pamChecked(checks, 'vsftpd', m, t, l) },
  ]);
}

// ProFTPD: "host (203.0.113.5[203.0.113.5]) - USER bob (Login failed): Incorrect password" through
// syslog; its own SystemLog writes "mantis (192.168.1.142[192.168.1.142]): USER seb (Login failed): …".
const proftpdClient = new RegExp(`^(?:\\S+ )?\\((\\S*?) ?\\[(${a})\\]\\):? (?:- )?(.*)$`);
const proftpdRules: readonly [
  RegExp,
  (m: RegExpExecArray) => { kind: AuthEvent['kind']; user?: string; status?: string },
][] = [
  [
    /^USER (.*?) \(Login failed\):\s*(.*)$/,
    (m) => ({
      kind: /no such user/i.test(m[2]!)
        ? 'invalid-user'
        : /ftpusers|not allowed|denied|disabled/i.test(m[2]!)
          ? 'refused'
          : 'auth-failure',
      user: m[1],
      status: m[2] || undefined,
    }),
  ],
  [/^USER (.*?): no such user found/, (m) => ({ kind: 'invalid-user', user: m[1] })],
  [/^(?:.* )?no such user\b/i, () => ({ kind: 'invalid-user' })],
  [
    /^Maximum login attempts \(\d+\) exceeded/,
    () => ({ kind: 'refused', status: 'too many login attempts' }),
  ],
  [
    /^SECURITY VIOLATION: (\S+) login attempted/,
    (m) => ({ kind: 'refused', user: m[1], status: 'root login refused' }),
  ],
  [/^USER (.*?): Login successful/, (m) => ({ kind: 'success', user: m[1] })],
];

/** ProFTPD's lines; its PAM check (mod_auth_pam) and "(Login failed)" for one attempt count once. */
export function createProftpdReader(): ServiceReader {
  const checks = createSameAttemptMemory();
  const pam = pamFailure('proftpd');
  return (text, start, time, line) => {
    const message = start === 0 ? text : text.slice(start);
    const check = pam.exec(message);
    if (check) return pamChecked(checks, 'proftpd', check, time, line);
    const client = proftpdClient.exec(message);
    if (!client) return undefined;
    for (const [pattern, read] of proftpdRules) {
      const m = pattern.exec(client[3]!);
      if (!m) continue;
      const { kind, user, status } = read(m);
      const event = serviceEvent('proftpd', kind, time, line, {
        ip: client[2],
        user: userOf(user),
        method: 'ftp',
        status,
      });
      return kind === 'auth-failure' || kind === 'invalid-user' ? answeredOnce(checks, event) : event;
    }
    return undefined;
  };
}

// Pure-FTPd: "(?@203.0.113.5) [WARNING] Authentication failed for user [bob]"; its PAM check first.
export function createPureFtpdReader(): ServiceReader {
  const checks = createSameAttemptMemory();
  return byRules([
    {
      pattern: new RegExp(
        `^\\([^@)]*@(${a})\\) \\[WARNING\\] Authentication failed for user \\[?(.*?)\\]?\\s*$`,
      ),
      read: (m, t, l) =>
        answeredOnce(
          checks,
          serviceEvent('pure-ftpd', 'auth-failure', t, l, { ip: m[1], user: userOf(m[2]), method: 'ftp' }),
        ),
    },
    {
      pattern: new RegExp(`^\\([^@)]*@(${a})\\) \\[INFO\\] (.+) is now logged in`),
      read: (m, t, l) => serviceEvent('pure-ftpd', 'success', t, l, { ip: m[1], user: m[2], method: 'ftp' }),
    },
    { pattern: pamFailure('pure-ftpd'), read: (m, t, l) => pamChecked(checks, 'pure-ftpd', m, t, l) },
  ]);
}

// BSD and wu-ftpd: "FTP LOGIN FAILED FROM 203.0.113.5, bob", "FTP LOGIN REFUSED (not in ftpusers)
// FROM host [203.0.113.5], root", "FTP LOGIN FROM 203.0.113.5 as alice (class: real, type: REAL)".
const ftpdFrom = `(?:\\S+ \\[(${a})\\]|(${a}))`;
export const ftpd = byRules([
  {
    pattern: new RegExp(`^FTP LOGIN FAILED FROM ${ftpdFrom}, ?(.*)$`),
    read: (m, t, l) =>
      serviceEvent('ftpd', 'auth-failure', t, l, { ip: m[1] ?? m[2], user: userOf(m[3]), method: 'ftp' }),
  },
  {
    pattern: new RegExp(`^FTP LOGIN REFUSED \\(([^)]*)\\) FROM ${ftpdFrom}, ?(.*)$`),
    read: (m, t, l) =>
      serviceEvent('ftpd', 'refused', t, l, {
        ip: m[2] ?? m[3],
        user: userOf(m[4]),
        method: 'ftp',
        status: m[1],
      }),
  },
  {
    pattern: new RegExp(`^FTP LOGIN FROM ${ftpdFrom} as (\\S+)`),
    read: (m, t, l) => serviceEvent('ftpd', 'success', t, l, { ip: m[1] ?? m[2], user: m[3], method: 'ftp' }),
  },
]);
