// Accounts created or changed on the server: after a successful break-in, "new user: name=support"
// or "add 'support' to group 'sudo'" is how an attacker stays. Kept one by one (accountChange).
import type { AuthEvent } from './authEvent';

const changes: readonly [RegExp, (m: RegExpExecArray) => { user: string; change: string }][] = [
  [
    /^new user: name=([^,]+),.*?(?:shell=([^,]+))?/,
    (m) => ({ user: m[1]!, change: `account ${m[1]} created` }),
  ],
  [/^new group: name=([^,]+)/, (m) => ({ user: m[1]!, change: `group ${m[1]} created` })],
  [/^group added to \S+: name=([^,]+)/, (m) => ({ user: m[1]!, change: `group ${m[1]} created` })],
  [
    /^add '([^']+)' to (?:shadow )?group '([^']+)'/,
    (m) => ({ user: m[1]!, change: `${m[1]} added to group ${m[2]}` }),
  ],
  [
    /^(?:user \S+ added by \S+ to group|members of group) /,
    () => ({ user: '', change: 'group membership changed' }),
  ],
  [/^change user '([^']+)' (\w+)/, (m) => ({ user: m[1]!, change: `${m[2]} of ${m[1]} changed` })],
  [
    /^(lock|unlock) user '([^']+)' password/,
    (m) => ({ user: m[2]!, change: `password of ${m[2]} ${m[1]}ed` }),
  ],
  [/^delete user '([^']+)'/, (m) => ({ user: m[1]!, change: `account ${m[1]} deleted` })],
  [
    /^pam_unix\(\w+:chauthtok\): password changed for (\S+)/,
    (m) => ({ user: m[1]!, change: `password of ${m[1]} changed` }),
  ],
  [
    /^password for '([^']+)' changed by '([^']+)'/,
    (m) => ({ user: m[1]!, change: `password of ${m[1]} changed by ${m[2]}` }),
  ],
  [
    /^changed password expiry for (\S+)/,
    (m) => ({ user: m[1]!, change: `password expiry of ${m[1]} changed` }),
  ],
];

export function readAccountChange(service: string) {
  return (text: string, start: number, time: number, line: number): AuthEvent | undefined => {
    const message = text.slice(start);
    for (const [pattern, describe] of changes) {
      const m = pattern.exec(message);
      if (!m) continue;
      const { user, change } = describe(m);
      return {
        time,
        service,
        kind: 'other',
        ip: undefined,
        port: undefined,
        user: user === '' ? undefined : user,
        method: undefined,
        count: 1,
        line,
        accountChange: change,
      };
    }
    return undefined;
  };
}
