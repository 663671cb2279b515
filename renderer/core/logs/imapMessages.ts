// Mailbox access (IMAP, POP3): Dovecot, Courier, Cyrus, UW-IMAP, cucipop. Wording from each
// server's sources and the fail2ban/SSHGuard/CrowdSec filters written against them.
import type { AuthEvent } from './authEvent';
import { addressPattern, byRules, firstOf, serviceEvent, userOf, type ServiceReader } from './serviceRules';
import type { SameAttemptMemory } from './sameAttempt';

const a = addressPattern;

// Dovecot's login processes say how a connection without a login ended, in wordings that changed
// over the versions: "Aborted login (auth failed, 6 attempts)", "Disconnected (auth failed, 1
// attempts in 2 secs)", "Disconnected: Connection closed (auth failed, …)", "Disconnected: Aborted
// login by logging out (auth failed, …)", "Login aborted: … (auth failed, …) (auth_failed)", and
// Dovecot 1's "Aborted login (3 authentication attempts)". What stays is the parenthesis.
const loginEnd =
  /^(\w+)-login: (?:(?:Info|Warning): )?[^(]*\((?:auth failed, (\d+) attempts?(?: in (\d+) secs?)?|(\d+) authentication attempts?|tried to use (?:disabled|disallowed) (\S+) auth)\)/;
const loginOk = /^(\w+)-login: (?:Info: )?Login: user=</;
// The auth process's check, by passdb: "pam(toto,1.1.1.1,<sess>): pam_authenticate() failed: …",
// "sql(contact,220.169.110.101): unknown user", "passwd-file(karen@co.uk,192.168.1.1): Password mismatch",
// after "auth: ", "auth-worker(24544): " and Dovecot 2.3's "conn unix:auth-worker (pid=…): auth-worker<4>: ".
const authCheck = new RegExp(
  `(?:^|: )(?:passwd-file|passwd|pam|shadow|sql|ldap|bsdauth|checkpassword|static|lua|dict|oauth2|imap|vpopmail)\\(([^,()]*),(${a})(?:,<[^>]*>)?\\): (unknown user|pam_authenticate\\(\\) failed|[Pp]assword mismatch)`,
);
// PAM's own line for Dovecot's check (auth.log): "pam_unix(dovecot:auth): authentication failure; … ruser=U rhost=A [user=U]"
const pamCheck = new RegExp(
  `^pam_unix\\(dovecot:auth\\): authentication failure;.*? ruser=(\\S*) rhost=(${a})(?:\\s+user=(\\S*))?`,
);

/** Dovecot's lines, whichever program name they come under ("dovecot", "imap-login", "auth" …). */
export function createDovecotReader(checks: SameAttemptMemory): ServiceReader {
  // The auth-worker's line for a check that pam_unix wrote too (both in one file): one attempt.
  const pamLines = new Map<string, { time: number; line: number; user: string | undefined }[]>();
  return (text, start, time, line) => {
    const message = start === 0 ? text : text.slice(start);
    const end = loginEnd.exec(message);
    if (end) {
      const { ip, user, method: mechanism } = loginFields(message);
      const method = `${end[1]} ${mechanism ?? ''}`.trim();
      if (end[5] !== undefined) {
        return serviceEvent('dovecot', 'refused', time, line, {
          ip,
          user,
          method,
          status: `tried ${end[5]} authentication, which is not allowed`,
        });
      }
      const attempts = Number(end[2] ?? end[4]);
      const event = serviceEvent('dovecot', 'auth-failure', time, line, {
        ip,
        user,
        method,
        count: attempts,
      });
      if (event.ip === undefined || attempts === 0) return { ...event, kind: 'other' };
      const spanMs = end[3] === undefined ? 60_000 : Number(end[3]) * 1000;
      const { claimed, firstLine } = checks.answered(event.ip, user, time, attempts, spanMs);
      if (claimed >= attempts) return { ...event, kind: 'other', sameAttemptAs: firstLine };
      return { ...event, count: attempts - claimed };
    }
    const ok = loginOk.exec(message);
    if (ok) {
      const { ip, user, method } = loginFields(message);
      if (ip === undefined || user === undefined) return undefined;
      return serviceEvent('dovecot', 'success', time, line, {
        user,
        ip,
        method: `${ok[1]} ${method ?? ''}`.trim(),
      });
    }
    const check = authCheck.exec(message);
    if (check) {
      const user = userOf(check[1]);
      const kind = check[3] === 'unknown user' ? 'invalid-user' : 'auth-failure';
      const event = serviceEvent('dovecot', kind, time, line, { ip: check[2], user, method: 'dovecot auth' });
      const echoed = takeEcho(pamLines, event);
      if (echoed !== 0) return { ...event, kind: 'other', sameAttemptAs: echoed };
      checks.checked(event.ip!, user, time, line);
      return event;
    }
    const pam = pamCheck.exec(message);
    if (pam) {
      const user = userOf(pam[3]) ?? userOf(pam[1]);
      const event = serviceEvent('dovecot', 'auth-failure', time, line, {
        ip: pam[2],
        user,
        method: 'dovecot PAM',
      });
      checks.checked(event.ip!, user, time, line);
      const list = pamLines.get(event.ip!) ?? [];
      list.push({ time, line, user });
      if (list.length > 64) list.shift();
      pamLines.set(event.ip!, list);
      return event;
    }
    return undefined;
  };
}

/** The line of pam_unix's check that an auth-worker line for the same attempt repeats, or 0. */
function takeEcho(
  pamLines: Map<string, { time: number; line: number; user: string | undefined }[]>,
  event: AuthEvent,
): number {
  const list = event.ip === undefined ? undefined : pamLines.get(event.ip);
  if (list === undefined) return 0;
  const index = list.findIndex(
    (pam) => Math.abs(pam.time - event.time) <= 2_000 && (pam.user === undefined || pam.user === event.user),
  );
  if (index < 0) return 0;
  const [pam] = list.splice(index, 1);
  return pam!.line;
}

/**
 * "user=<bob>, method=PLAIN, rip=1.2.3.4, lip=…". The user name is the client's text and comes
 * first: it may hold a forged ", rip=6.6.6.6", so the address is the last " rip=" (only Dovecot's
 * own fields follow it) and the name ends at the last ">" before it.
 */
function loginFields(message: string): { ip?: string; user?: string; method?: string } {
  const ripAt = message.lastIndexOf(' rip=');
  if (ripAt < 0) return {};
  let ipEnd = ripAt + 5;
  while (ipEnd < message.length && message[ipEnd] !== ',' && message[ipEnd] !== ' ') ipEnd += 1;
  const ip = message.slice(ripAt + 5, ipEnd) || undefined;
  const userAt = message.indexOf('user=<');
  const userEnd = userAt < 0 ? -1 : message.lastIndexOf('>', ripAt);
  const user = userAt >= 0 && userEnd > userAt ? userOf(message.slice(userAt + 6, userEnd)) : undefined;
  const method = / method=([^,\s]+),/.exec(message.slice(Math.max(userEnd, 0), ripAt + 1))?.[1];
  return { ip, user, method };
}

// Courier: "LOGIN FAILED, user=fakeemail@example.com, ip=[::ffff:121.226.61.81]", "LOGIN FAILED, method=PLAIN, ip=[…]";
// courieresmtpd: "error,relay=::ffff:1.2.3.4,msg="535 Authentication failed.",cmd: AUTH PLAIN …"
const courier = byRules([
  {
    // The user name is the client's text: greedy, so a forged ", ip=[…]" inside it is passed over.
    pattern: new RegExp(`^LOGIN FAILED, (?:user=(.*), )?(?:method=(\\S+?), )?ip=\\[(${a})\\]\\s*$`),
    read: (m, t, l) =>
      serviceEvent('courier', 'auth-failure', t, l, {
        user: userOf(m[1]),
        method: m[2] ?? 'IMAP/POP3',
        ip: m[3],
      }),
  },
  {
    pattern: new RegExp(
      `^LOGIN, user=(.*), ip=\\[(${a})\\](?:, port=\\[(\\d+)\\])?(?:, protocol=(\\S+))?\\s*$`,
    ),
    read: (m, t, l) =>
      serviceEvent('courier', 'success', t, l, {
        user: m[1],
        ip: m[2],
        port: m[3],
        method: m[4] ?? 'IMAP/POP3',
      }),
  },
  {
    pattern: new RegExp(`^error,relay=(${a}),(?:ident=[^,]*,)?msg="535[^"]*",cmd: AUTH (\\S+)`),
    read: (m, t, l) =>
      serviceEvent('courier', 'auth-failure', t, l, { ip: m[1], method: `SMTP AUTH ${m[2]}` }),
  },
]);

// Cyrus: "badlogin: host.example [1.2.3.4] plaintext bob SASL(-13): authentication failure: checkpass failed",
// "badlogin: [192.168.1.1] CRAM-MD5 (testbox@domain) [SASL(-13): …]"
const cyrus = byRules([
  {
    pattern: new RegExp(`^badlogin: (?:\\S+ )?\\[(${a})\\] (\\S+)(?: \\(([^)]*)\\)| (\\S+))?(.*)$`),
    read: (m, t, l) => {
      const user = userOf(m[3] ?? (m[4]?.startsWith('SASL') || m[4]?.startsWith('[') ? undefined : m[4]));
      const unknown = /user not found|no such user/i.test(m[5] ?? '');
      return serviceEvent('cyrus', unknown ? 'invalid-user' : 'auth-failure', t, l, {
        ip: m[1],
        method: m[2],
        user,
      });
    },
  },
  {
    pattern: new RegExp(`^login: (?:\\S+ )?\\[(${a})\\] (\\S+) (\\S+)(?: \\S+)? User logged in`),
    read: (m, t, l) => serviceEvent('cyrus', 'success', t, l, { ip: m[1], user: m[2], method: m[3] }),
  },
]);

// UW-IMAP (imapd, ipop3d): "Login failed user=bob auth=bob host=host.example [1.2.3.4]"
const uwImap = byRules([
  {
    pattern: new RegExp(`^(?:Login|Authentication) failed user=(\\S*) auth=(\\S*) host=.*\\[(${a})\\]`),
    read: (m, t, l) =>
      serviceEvent('uw-imap', 'auth-failure', t, l, { user: userOf(m[1]), method: 'IMAP/POP3', ip: m[3] }),
  },
  {
    pattern: new RegExp(`^(?:Login|Authenticated) user=(\\S+) host=.*\\[(${a})\\]`),
    read: (m, t, l) =>
      serviceEvent('uw-imap', 'success', t, l, { user: m[1], method: 'IMAP/POP3', ip: m[2] }),
  },
]);

/** The IMAP/POP3 servers that log under the same program names ("imapd", "pop3d" …). */
export const imapServers: ServiceReader = firstOf(courier, cyrus, uwImap);

// cucipop: "authentication failure bob 203.0.113.5"
export const cucipop = byRules([
  {
    pattern: new RegExp(`^authentication failure (.*) (${a})\\s*$`),
    read: (m, t, l) =>
      serviceEvent('cucipop', 'auth-failure', t, l, { user: userOf(m[1]), ip: m[2], method: 'POP3' }),
  },
]);
