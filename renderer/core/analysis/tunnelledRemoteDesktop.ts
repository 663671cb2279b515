// A Windows Remote Desktop logon (type 10) that Windows records as from 127.0.0.1 or ::1 did not
// happen at the console: something on this computer forwarded it (an SSH tunnel, a Remote Desktop
// gateway, a reverse proxy, malware's port forward). The real source is not in the Security log.
// The words for the Logins step; whether it is flagged follows DECISIONS.md "Loopback" (a login to
// check when its user name was attacked) and is loginFlags.ts's to decide.
import type { Login } from './attackSource';

export function isTunnelledRemoteDesktop(login: Pick<Login, 'ip' | 'logonType' | 'service'>): boolean {
  return (
    login.service === 'windows' &&
    login.logonType === 10 &&
    login.ip !== undefined &&
    (login.ip === '::1' || login.ip.startsWith('127.'))
  );
}

/** Why such a logon deserves a look, or undefined for any other logon. */
export function tunnelledRemoteDesktopReason(
  login: Pick<Login, 'ip' | 'logonType' | 'service' | 'user'>,
): string | undefined {
  if (!isTunnelledRemoteDesktop(login)) return undefined;
  const who = login.user === '' ? 'Someone' : `"${login.user}"`;
  return (
    `${who} logged on over Remote Desktop from ${login.ip}, this computer's own address. Remote Desktop ` +
    'does not come from the console: the connection was forwarded here (an SSH tunnel, a Remote ' +
    'Desktop gateway, a port forward to port 3389), and the address it really came from is not in ' +
    'this log. Find out what forwards to this computer, and whether that was expected.'
  );
}
