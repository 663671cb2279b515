// The services that change who you are on the server itself: sudo and su. No address (they run
// locally), but after a break-in they say what the intruder did: a failed su to root, a command
// run as root. Wording from sudo's and util-linux's sources.
import { byRules, serviceEvent } from './serviceRules';

// sudo: "  alice : 3 incorrect password attempts ; TTY=pts/0 ; PWD=/home/alice ; USER=root ; COMMAND=/bin/bash"
export const sudo = byRules([
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
export const su = byRules([
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
