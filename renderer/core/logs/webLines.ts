// What a web server's lines say about logins, whichever file they are in (access log, error log,
// or either of them through syslog as nginx[pid] writes it):
//  - access log (combined/common, maybe after a virtual host): a 401 answer with a user name is
//    a rejected password; a POST to a login form answered 401 (Roundcube), or answered 200 by a
//    CMS that shows its form again after a failed login (WordPress, TYPO3, Contao, Drupal), is a
//    failed login. A 401 to a request without credentials is the server's challenge (every
//    browser gets one before it sends a password): a probe. Everything else — 404 and 403
//    scans above all — is not about logins.
//  - nginx error log: basic-auth failures, PAM, and the mail proxy's "client login failed".
//  - Apache error log (2.2 and 2.4): basic/digest-auth failures (AH01617, AH01618 …).
// A 302 after POST wp-login.php usually means a login worked, but login-hiding plugins redirect
// every such request: it is not claimed as a login.
import type { AuthEvent } from './authEvent';
import { addressPattern, serviceEvent, userOf } from './serviceRules';

const a = addressPattern;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export type AccessRequest = {
  ip: string;
  user: string | undefined;
  /** The request carried credentials (a user name in the log, or Caddy's redacted header). */
  sentCredentials: boolean;
  method: string;
  path: string;
  status: number;
  /** UTC ms of the line's own stamp ("[15/Sep/2021:16:13:46 +0000]"), NaN if unreadable. */
  time: number;
};

// "[vhost[:port] ]ADDRESS IDENT USER [dd/Mon/yyyy:HH:MM:SS ±hhmm] "METHOD PATH PROTO" STATUS …"
const accessLine = new RegExp(
  `^(?:\\S+ )?(${a}) \\S+ ("[^"]*"|\\S+) \\[(\\d{2})/(\\w{3})/(\\d{4}):(\\d\\d):(\\d\\d):(\\d\\d) ([+-])(\\d\\d)(\\d\\d)\\] "((?:[^"\\\\]|\\\\.)*)" (\\d{3}) `,
);

/** An access-log line, read; undefined when the line is not one. */
export function readAccessRequest(line: string): AccessRequest | undefined {
  const m = accessLine.exec(line);
  if (!m) return undefined;
  const month = months.indexOf(m[4]!);
  const offset = (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  const time =
    month < 0
      ? NaN
      : Date.UTC(Number(m[5]), month, Number(m[3]), Number(m[6]), Number(m[7]), Number(m[8])) -
        offset * 60_000;
  const [method = '', path = ''] = m[12]!.split(' ');
  const written = m[2]!.startsWith('"') ? m[2]!.slice(1, -1) : m[2]!;
  const user = written === '-' ? undefined : userOf(written);
  return { ip: m[1]!, user, sentCredentials: user !== undefined, method, path, status: Number(m[13]), time };
}

// Login forms that answer a failed login with the form again (200) and a good one with a redirect.
const loginForms: readonly RegExp[] = [
  /^\/(?:[^?]*\/)?wp-login\.php(?:\?(?![^#]*\baction=(?!login\b))[^#]*)?$/i, // WordPress, not ?action=logout …
  /^\/(?:[^?]*\/)?typo3\/(?:index\.php)?\?(?:.*&)?loginProvider=/i, // TYPO3 backend
  /^\/(?:[^?]*\/)?contao\/login\b/i, // Contao backend
  /^\/(?:[^?]*\/)?user\/login\/?(?:\?.*)?$/i, // Drupal
];

/** The event an access-log request is, or undefined when it is not about logins. */
export function accessEvent(request: AccessRequest, time: number, line: number): AuthEvent | undefined {
  const fields = { ip: request.ip, user: request.user, method: `HTTP ${request.method}` };
  if (request.status === 401) {
    if (request.sentCredentials || request.method === 'POST')
      return serviceEvent('web', 'auth-failure', time, line, fields);
    return serviceEvent('web', 'probe', time, line, { ...fields, status: 'asked for a password' });
  }
  if (
    request.status === 200 &&
    request.method === 'POST' &&
    loginForms.some((form) => form.test(request.path))
  ) {
    return serviceEvent('web', 'auth-failure', time, line, {
      ...fields,
      method: `login form ${loginFormName(request.path)}`,
    });
  }
  return undefined;
}

function loginFormName(path: string): string {
  if (/wp-login/i.test(path)) return '(WordPress)';
  if (/typo3/i.test(path)) return '(TYPO3)';
  if (/contao/i.test(path)) return '(Contao)';
  return '(Drupal)';
}

// nginx error-log messages, after "2021/09/30 09:23:53 [error] 1925800#1925800: *17 ". The user
// name is the client's text and comes before the address: the patterns are greedy up to it.
const nginxRules: readonly [RegExp, (m: RegExpExecArray, time: number, line: number) => AuthEvent][] = [
  [
    new RegExp(`^user "(.*)"(: password mismatch| was not found in "[^"]*"), client: (${a}),`),
    (m, t, l) =>
      serviceEvent('web', m[2] === ': password mismatch' ? 'auth-failure' : 'invalid-user', t, l, {
        user: m[1],
        ip: m[3],
        method: 'basic auth',
      }),
  ],
  [
    new RegExp(`^no user/password was provided for basic authentication, client: (${a}),`),
    (m, t, l) =>
      serviceEvent('web', 'probe', t, l, { ip: m[1], method: 'basic auth', status: 'asked for a password' }),
  ],
  [
    new RegExp(`^PAM: user '(.*)' - not authenticated: (.*), client: (${a}),`),
    (m, t, l) =>
      serviceEvent('web', 'auth-failure', t, l, {
        user: m[1],
        ip: m[3],
        method: 'basic auth (PAM)',
        status: m[2],
      }),
  ],
  [
    // nginx's mail proxy; "AUTH not supported": AUTH where the proxy offers none (port 25).
    new RegExp(
      `^client login failed: "(.*?)" while in (?:http )?auth state, client: (${a})(?: using starttls)?, server: (\\S+?),?(?: login: "(.*)")?\\s*$`,
    ),
    (m, t, l) =>
      serviceEvent('nginx mail', /not supported/i.test(m[1]!) ? 'refused' : 'auth-failure', t, l, {
        ip: m[2],
        user: userOf(m[4]),
        method: `mail proxy ${m[3]}`,
        status: m[1],
      }),
  ],
  [
    new RegExp(`^client logged in, client: (${a}), server: (\\S+?), login: "(.*)"(?:, upstream: \\S+)?\\s*$`),
    (m, t, l) =>
      serviceEvent('nginx mail', 'success', t, l, { ip: m[1], user: m[3], method: `mail proxy ${m[2]}` }),
  ],
];

/** An nginx error-log message (after its stamp, level and connection number). */
export function nginxErrorEvent(message: string, time: number, line: number): AuthEvent | undefined {
  for (const [pattern, read] of nginxRules) {
    const m = pattern.exec(message);
    if (m) return read(m, time, line);
  }
  return undefined;
}

// "2021/09/30 09:23:53 [error] 1925800#1925800: *17 …": the stamp is the server's wall clock.
export const nginxErrorLine = /^(\d{4})\/(\d\d)\/(\d\d) (\d\d):(\d\d):(\d\d) \[(\w+)\] \d+#\d+: (?:\*\d+ )?/;

// Apache's body after the stamp: "[auth_basic:error] [pid 10:tid 1] [client 31.33.58.75:50229] AH01618: user sss not found: /"
// (2.4) or "[error] [client 203.0.113.5] user admin: authentication failure for "/admin": Password Mismatch" (2.2).
const apacheBody = new RegExp(
  `^\\[([\\w:]+)\\] (?:\\[pid [^\\]]*\\] )?(?:\\([^)]*\\)[^[]*)?\\[(?:client|remote) (${a}|\\[[^\\]]+\\])(?::(\\d+))?\\] (?:AH\\d+: )?(.*)$`,
);

/** An Apache error-log line's body (after "[Thu Oct 13 12:24:49.880562 2022] "). */
export function apacheErrorEvent(body: string, time: number, line: number): AuthEvent | undefined {
  const m = apacheBody.exec(body);
  if (!m) return undefined;
  const [, , ip, port, message] = m;
  const fields = { ip, port, method: m[1]!.startsWith('auth_digest') ? 'digest auth' : 'basic auth' };
  let found = /^user (.*?): authentication failure for "(.*?)": (.*)$/.exec(message!);
  if (found)
    return serviceEvent('web', 'auth-failure', time, line, { ...fields, user: found[1], status: found[3] });
  found = /^user (.*?): password mismatch: (.*)$/.exec(message!);
  if (found) return serviceEvent('web', 'auth-failure', time, line, { ...fields, user: found[1] });
  found = /^user `?(.*?)`? (?:in realm `.*` )?not found(?::| )/.exec(message!);
  if (found) return serviceEvent('web', 'invalid-user', time, line, { ...fields, user: found[1] });
  return undefined;
}

// "[Thu Oct 13 12:24:49.880562 2022] " — Apache's own stamp, the server's wall clock.
export const apacheErrorStamp =
  /^\[(?:\w{3} )?(\w{3}) {1,2}(\d{1,2}) (\d\d):(\d\d):(\d\d)(?:\.\d+)? (\d{4})\] /;

/** Wall-clock ms (as if UTC) of an Apache error stamp match. */
export function apacheWallClock(m: RegExpExecArray): number {
  return Date.UTC(
    Number(m[6]),
    months.indexOf(m[1]!),
    Number(m[2]),
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
  );
}

/** Wall-clock ms (as if UTC) of an nginx error stamp match. */
export function nginxWallClock(m: RegExpExecArray): number {
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}
