// One login attempt that a mail or FTP server writes twice in the same log: the credential check
// (Dovecot's auth process, PAM's pam_unix line) and the answer of the server the client talks to
// (imap-login's "Disconnected (auth failed, 2 attempts …)", Postfix's "SASL LOGIN authentication
// failed", vsftpd's "FAIL LOGIN"). The check comes first and counts on its own line — logs without
// the answer (or without the check: Dovecot's auth_verbose is off by default) still count every
// attempt; the answer then counts only the attempts no check counted, and names the line that did.
//
// Same attempt: same address, the same user name where both lines name one (Dovecot may strip the
// domain before checking: "toto@example.com" is checked as "toto"), and the check at most
// `checkLeadMs` before the answer — Dovecot and PAM wait about two seconds before answering a
// failure (auth_failure_delay, pam_faildelay), vsftpd one more (delay_failed_login). Across files
// the rule is stricter (DECISIONS.md: 2 seconds, same user), because there both lines are answers.

/** How long before an answer its check may have been written. */
export const checkLeadMs = 5_000;
/** Clocks of two processes can disagree by a little: an answer may be stamped just before its check. */
const clockSlackMs = 1_000;
/** Beyond this many remembered checks the oldest are forgotten (a flood's checks are answered at once). */
const mostRemembered = 4_096;

type Check = { time: number; ip: string; user: string | undefined; line: number; claimed: boolean };

export type SameAttemptMemory = {
  /** A check counted on its own line. */
  checked(ip: string, user: string | undefined, time: number, line: number): void;
  /**
   * An answer at `time` for up to `attempts` attempts from `ip`, the first of them up to `spanMs`
   * before it (Dovecot writes "N attempts in S secs" when the connection ends). Returns how many
   * checks it claimed and the line of the first one.
   */
  answered(
    ip: string,
    user: string | undefined,
    time: number,
    attempts: number,
    spanMs?: number,
  ): { claimed: number; firstLine: number };
};

export function createSameAttemptMemory(): SameAttemptMemory {
  const checks = new Map<string, Check[]>();
  let remembered = 0;
  let newest = -Infinity;

  function forgetOld(): void {
    // Logs come nearly in time order: anything older than the longest answer span is settled.
    for (const [ip, list] of checks) {
      const kept = list.filter((check) => !check.claimed && check.time >= newest - 3_600_000);
      remembered -= list.length - kept.length;
      if (kept.length === 0) checks.delete(ip);
      else checks.set(ip, kept);
    }
    if (remembered > mostRemembered) {
      checks.clear();
      remembered = 0;
    }
  }

  return {
    checked(ip, user, time, line) {
      if (time > newest) newest = time;
      const list = checks.get(ip) ?? [];
      list.push({ time, ip, user, line, claimed: false });
      checks.set(ip, list);
      if (++remembered > mostRemembered) forgetOld();
    },
    answered(ip, user, time, attempts, spanMs = 0) {
      if (time > newest) newest = time;
      const list = checks.get(ip);
      let claimed = 0;
      let firstLine = 0;
      if (list === undefined) return { claimed, firstLine };
      for (const check of list) {
        if (claimed >= attempts) break;
        if (check.claimed || !sameUser(check.user, user)) continue;
        if (check.time < time - spanMs - checkLeadMs || check.time > time + clockSlackMs) continue;
        check.claimed = true;
        claimed += 1;
        if (firstLine === 0) firstLine = check.line;
      }
      if (claimed > 0) {
        const open = list.filter((check) => !check.claimed);
        remembered -= list.length - open.length;
        if (open.length === 0) checks.delete(ip);
        else checks.set(ip, open);
      }
      return { claimed, firstLine };
    },
  };
}

/** Unknown on either side matches; "toto" matches "toto@example.com" (a stripped domain). */
export function sameUser(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  if (a === b) return true;
  const local = (name: string) => {
    const at = name.indexOf('@');
    return (at < 0 ? name : name.slice(0, at)).toLowerCase();
  };
  return local(a) === local(b);
}
