// Web servers and web consoles through syslog: nginx and Apache (access or error lines sent to
// syslog), pfSense's webConfigurator, Gitea, Cockpit and Proxmox VE. Wording from each program's
// sources and the SSHGuard/CrowdSec filters written against them.
import type { AuthEvent } from './authEvent';
import { addressPattern, byRules, serviceEvent, userOf, type ServiceReader } from './serviceRules';
import { accessEvent, apacheErrorEvent, nginxErrorEvent, readAccessRequest } from './webLines';

const a = addressPattern;

/** nginx[pid]: an access-log line, or an error-log message with or without its own stamp. */
export const nginx: ServiceReader = (text, start, time, line) => {
  const message = start === 0 ? text : text.slice(start);
  const request = readAccessRequest(message);
  if (request !== undefined) return accessEvent(request, time, line);
  const body = /^(?:\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d )?\[\w+\] \d+#\d+: (?:\*\d+ )?(.*)$/.exec(message);
  return body ? nginxErrorEvent(body[1]!, time, line) : undefined;
};

/** apache2/httpd through syslog (ErrorLog syslog:…, or an access log piped to logger). */
export const apache: ServiceReader = (text, start, time, line) => {
  const message = start === 0 ? text : text.slice(start);
  const request = readAccessRequest(message);
  if (request !== undefined) return accessEvent(request, time, line);
  return apacheErrorEvent(message, time, line);
};

// pfSense (php-fpm): "/index.php: webConfigurator authentication error for user 'admin' from: 172.21.4.113".
// The user name is the client's text: greedy, so the address is the one at the end.
export const pfsense = byRules([
  {
    pattern: new RegExp(`^\\S*: webConfigurator authentication error for user '(.*)' from: (${a})\\s*$`),
    read: (m, t, l) =>
      serviceEvent('pfsense', 'auth-failure', t, l, {
        user: userOf(m[1]),
        ip: m[2],
        method: 'webConfigurator',
      }),
  },
  {
    pattern: new RegExp(
      `^\\S*: Successful login for user '(.*)' from: (${a})(?: \\(Local Database\\))?\\s*$`,
    ),
    read: (m, t, l) =>
      serviceEvent('pfsense', 'success', t, l, { user: m[1], ip: m[2], method: 'webConfigurator' }),
  },
]);

// Gitea: "Failed authentication attempt for bob from 192.168.1.2:13798: user does not exist
// [uid: 0, name: bob, keyid: 0]", after its own stamp and code position, maybe in terminal colours.
// The user name is the client's text and appears twice: before the address and in "name: …".
// eslint-disable-next-line no-control-regex -- the colour codes Gitea writes to a terminal
const colourCodes = /\x1b\[[\d;]*m/g;
const giteaAddress = new RegExp(`^(\\[(${a})\\]|(\\d{1,3}(?:\\.\\d{1,3}){3})|(${a}))(?::(\\d+))?(?=$|: )`);
export const gitea: ServiceReader = (text, start, time, line) => {
  const message = (start === 0 ? text : text.slice(start)).replace(colourCodes, '');
  const marker = 'Failed authentication attempt for ';
  const at = message.indexOf(marker);
  if (at < 0) return undefined;
  const rest = message.slice(at + marker.length);
  const named = /\[uid: \d+, name: (.*), keyid: -?\d+\]\s*$/.exec(rest)?.[1];
  let chosen: { user: string; ip: string; port?: string; reason: string } | undefined;
  for (let from = rest.indexOf(' from '); from >= 0; from = rest.indexOf(' from ', from + 1)) {
    const user = rest.slice(0, from);
    const address = giteaAddress.exec(rest.slice(from + 6));
    if (!address) continue;
    const reason = rest.slice(from + 6 + address[0].length).replace(/^: /, '');
    const candidate = { user, ip: address[2] ?? address[3] ?? address[4]!, port: address[5], reason };
    // The name in "[… name: U …]" says where the client's text ends; without it, the last address wins.
    if (named !== undefined ? user === named : true) chosen = candidate;
    if (named !== undefined && user === named) break;
  }
  if (chosen === undefined) return undefined;
  const unknown = /user does not exist/i.test(chosen.reason);
  return serviceEvent('gitea', unknown ? 'invalid-user' : 'auth-failure', time, line, {
    user: userOf(chosen.user),
    ip: chosen.ip,
    port: chosen.port === '0' ? undefined : chosen.port,
    method: 'web login',
    status: chosen.reason.trim() || undefined,
  });
};

// Cockpit: "pam_unix(cockpit:auth): authentication failure; logname= uid=0 euid=0 tty= ruser= rhost=172.22.10.15 user=jeff"
export const cockpit = byRules([
  {
    pattern: new RegExp(
      `^pam_unix\\(cockpit:auth\\): authentication failure;.*? rhost=(${a})(?:\\s+user=(\\S*))?\\s*$`,
    ),
    read: (m, t, l) =>
      serviceEvent('cockpit', 'auth-failure', t, l, { ip: m[1], user: userOf(m[2]), method: 'web console' }),
  },
]);

// Proxmox VE: "authentication failure; rhost=::ffff:192.0.2.74 user=tester@pve msg=Authentication failure",
// "… msg=no such user ('tester2@pam')"; "<root@pam> successful auth for user 'root@pam'" (no address).
export const proxmox = byRules([
  {
    pattern: new RegExp(`^authentication failure; rhost=(${a}) user=(\\S*) msg=(.*)$`),
    read: (m, t, l): AuthEvent =>
      serviceEvent('proxmox', /no such user/i.test(m[3]!) ? 'invalid-user' : 'auth-failure', t, l, {
        ip: m[1],
        user: userOf(m[2]),
        method: 'web console',
        status: m[3],
      }),
  },
  {
    pattern: /^<[^>]*> successful auth for user '(.*)'\s*$/,
    read: (m, t, l) => serviceEvent('proxmox', 'success', t, l, { user: m[1], method: 'web console' }),
  },
]);
