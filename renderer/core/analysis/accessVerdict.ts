// The answer to "did they get in?" in one sentence, with the log lines it rests on. It says
// "cannot tell" rather than "no one got in" when the logs cannot show it, and what to collect.
import type { Login } from './attackSource';
import { isSuspiciousLogin } from './loginFlags';
import { formatDayTime, plural } from './words';

export type VerdictStatus = 'no-access' | 'access' | 'unknown';

export type VerdictEvidence = { file: string; line: number; text?: string };

export type AccessVerdict = {
  status: VerdictStatus;
  /** One sentence, e.g. "Someone got in: login as admin from 203.0.113.7 at 20 Nov 03:12 (UTC) after 411 failed attempts." */
  reason: string;
  evidence: VerdictEvidence[];
  /** What else to collect or check, when the logs leave a question open. */
  collectNext: string[];
};

/** The person's word on a flagged login: it was them (or a colleague), or it was not. */
export type LoginDecision = { expected: boolean; note: string };

export type VerdictInput = {
  /** Flagged logins, any order. */
  logins: readonly Login[];
  /** Keyed by loginKey(). */
  decisions?: ReadonlyMap<string, LoginDecision>;
  /** The logs start while an attack is already going on (see startsMidAttack). */
  startsMidAttack: boolean;
  /** UTC ms of the first line of the evidence, when known. */
  logStart?: number;
  /** Some evidence lists logins one by one (an auth.log); false for only summaries (logwatch). */
  hasLoginRecords: boolean;
};

/** Enough lines to check the answer; the Logins step lists every login anyway. */
const maxEvidenceLines = 20;

export const loginKey = (login: Pick<Login, 'file' | 'line'>): string => `${login.file}:${login.line}`;

const olderLogs =
  'Add the older logs from the server too: /var/log/auth.log.1 and the auth.log.*.gz files (on Red Hat: /var/log/secure-*).';

export function accessVerdict(input: VerdictInput): AccessVerdict {
  const decisions = input.decisions ?? new Map<string, LoginDecision>();
  const byTime = [...input.logins].sort((a, b) => a.time - b.time);
  const evidenceOf = (login: Login): VerdictEvidence => ({
    file: login.file,
    line: login.line,
    ...(login.text === undefined ? {} : { text: login.text }),
  });

  if (!input.hasLoginRecords) {
    return {
      status: 'unknown',
      reason:
        'Cannot tell from these logs: they only summarise failed logins and do not list who logged in, from where and when.',
      evidence: [],
      collectNext: [
        'Copy the full login log from the server: /var/log/auth.log on Debian and Ubuntu, /var/log/secure on Red Hat, or the output of "journalctl -u ssh".',
        olderLogs,
      ],
    };
  }

  const notExpected = byTime.filter((login) => decisions.get(loginKey(login))?.expected === false);
  const suspicious = byTime.filter(
    (login) => isSuspiciousLogin(login) && decisions.get(loginKey(login))?.expected !== true,
  );
  const breakIns = [...new Set([...suspicious, ...notExpected])].sort((a, b) => a.time - b.time);
  if (breakIns.length > 0) {
    const first = breakIns[0] as Login;
    const failures = first.priorFailures?.sinceLastLogin ?? 0;
    const after = failures > 0 ? ` after ${plural(failures, 'failed attempt', 'failed attempts')}` : '';
    const marked =
      notExpected.includes(first) && !isSuspiciousLogin(first) ? ' (you marked it as not expected)' : '';
    const more =
      breakIns.length > 1
        ? ` ${plural(breakIns.length - 1, 'more login looks', 'more logins look')} the same.`
        : '';
    return {
      status: 'access',
      reason: `Someone got in: login as ${first.user || '(an empty name)'}${first.ip ? ` from ${first.ip}` : ''} at ${formatDayTime(first.time)} (UTC)${after}${marked}.${more}`,
      evidence: breakIns.map(evidenceOf),
      collectNext: [],
    };
  }

  const explained = byTime.filter((login) => decisions.get(loginKey(login))?.expected === true);
  const lookedAt = byTime.filter((login) => login.flags.length > 0 && !explained.includes(login));
  if (input.startsMidAttack) {
    return {
      status: 'unknown',
      reason:
        `Cannot tell from these logs: the attack was already going on when they begin` +
        (input.logStart !== undefined && Number.isFinite(input.logStart)
          ? ` (${formatDayTime(input.logStart)} UTC)`
          : '') +
        ', so a login before that would not be in them. No one got in during the time they cover.',
      evidence: [],
      collectNext: [olderLogs],
    };
  }
  if (byTime.length === 0) {
    return {
      status: 'no-access',
      reason: 'No one got in: these logs show no successful login at all.',
      evidence: [],
      collectNext: [],
    };
  }
  return {
    status: 'no-access',
    reason:
      (byTime.length === 1
        ? 'No one got in: the only successful login did not come from an attacking address'
        : `No one got in: none of the ${plural(byTime.length, 'successful login', 'successful logins')} came from an attacking address`) +
      (lookedAt.length > 0
        ? `; ${lookedAt.length === 1 ? '1 login has something unusual about it' : `${plural(lookedAt.length, 'login', 'logins')} have something unusual about them`} (the reasons are listed with each login).`
        : '.') +
      (explained.length > 0 ? ` You marked ${plural(explained.length, 'login', 'logins')} as expected.` : ''),
    // The lines the answer rests on: the logins worth a look, or else the logins that were checked.
    evidence: (lookedAt.length > 0 ? lookedAt : byTime).slice(0, maxEvidenceLines).map(evidenceOf),
    collectNext: [],
  };
}
