// The answer to "did they get in?" in one sentence, with the log lines it rests on. The words
// follow the weight of the evidence: "Someone got in" only for a login from an address that
// attacked (or after failures for its user from its network), or one the person says was not
// them; a login that is merely new, at an odd hour, for a name the attackers tried, from loopback,
// or during the attack is a login to check, asked about until answered. It says "cannot tell"
// rather than "no one got in" when the logs cannot show it, and what to collect.
import type { Login } from './attackSource';
import { isSuspiciousLogin } from './loginFlags';
import {
  answerFor,
  byEvidence,
  failuresBefore,
  loginStanding,
  type LoginDecision,
  type LoginDecisions,
} from './loginStanding';
import { formatDayTime, plural } from './words';
import type { DamageCut } from './attemptTimeline';
import { withCutOffs } from './cutOffVerdict';

export { loginKey, type LoginDecision } from './loginStanding';

/** 'to-check': no login is shown to be a break-in, but some wait for the person's answer. */
export type VerdictStatus = 'no-access' | 'access' | 'to-check' | 'unknown';

export type VerdictEvidence = { file: string; line: number; text?: string };

export type AccessVerdict = {
  status: VerdictStatus;
  /** One sentence, e.g. "Someone got in: login as admin from 203.0.113.7 at 20 Nov 03:12 (UTC) after 411 failed attempts." */
  reason: string;
  evidence: VerdictEvidence[];
  /** What else to collect or check, when the logs leave a question open. */
  collectNext: string[];
};

export type VerdictInput = {
  /** Flagged logins, any order. */
  logins: readonly Login[];
  /** Keyed by loginKey(), and by loginGroupKey() for the answer to a group. */
  decisions?: ReadonlyMap<string, LoginDecision>;
  /** The logs start while an attack is already going on (see startsMidAttack). */
  startsMidAttack: boolean;
  /** UTC ms of the first line of the evidence, when known. */
  logStart?: number;
  /** Some evidence lists logins one by one (an auth.log); false for only summaries (logwatch). */
  hasLoginRecords: boolean;
  /**
   * Files from which nothing can be concluded (nothing about logins, or mostly unreadable), each
   * with why (see lineAccounting.ts's unreadableReason): a login in them would not have been seen.
   */
  unreadableFiles?: readonly { name: string; reason: string }[];
  /** Files read only up to their damage: nothing can be said about the time after (cutOffVerdict.ts). */
  cutOffs?: readonly DamageCut[];
};

/** Enough lines to check the answer; the Logins step lists every login anyway. */
const maxEvidenceLines = 20;

const loginLogs =
  'Import the server\'s own login log instead: /var/log/auth.log on Debian and Ubuntu, /var/log/secure on Red Hat, the output of "journalctl -u ssh", or the Windows Security log (.evtx).';

const readAgain =
  'If the file should hold logins: copy it from the server again as it is (not opened and saved in an editor), or choose its format under "Format" on the Import step.';

const quoted = (name: string): string => `"${name}"`;

const olderLogs =
  'Add the older logs from the server too: /var/log/auth.log.1 and the auth.log.*.gz files (on Red Hat: /var/log/secure-*).';

export function accessVerdict(input: VerdictInput): AccessVerdict {
  return withCutOffs(verdictOfLogins(input), input.cutOffs ?? []);
}

function verdictOfLogins(input: VerdictInput): AccessVerdict {
  const decisions: LoginDecisions = input.decisions ?? new Map<string, LoginDecision>();
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

  const standing = new Map(byTime.map((login) => [login, loginStanding(login, decisions)]));
  const withStanding = (wanted: string) => byTime.filter((login) => standing.get(login) === wanted);
  const gotIn = withStanding('got-in').sort(byEvidence);
  const toCheck = withStanding('to-check').sort(byEvidence);
  const explained = withStanding('explained');
  const stillAsked = toCheck.length > 0 ? ` ${askedWords(toCheck.length)}` : '';

  if (gotIn.length > 0) {
    const first = gotIn[0] as Login;
    const more =
      gotIn.length > 1
        ? ` ${plural(gotIn.length - 1, 'more login looks', 'more logins look')} the same.`
        : '';
    return {
      status: 'access',
      reason: `Someone got in: ${loginWords(first)}${whyGotIn(first, decisions)}.${more}${stillAsked}`,
      evidence: gotIn.slice(0, maxEvidenceLines).map(evidenceOf),
      collectNext: [],
    };
  }

  const unreadable = input.unreadableFiles ?? [];
  if (unreadable.length > 0) {
    // Nothing understood, nothing concluded: a file the app could not read says nothing about who
    // logged in, so "no one got in" would rest on lines nobody read.
    const [first] = unreadable;
    const which =
      unreadable.length === 1
        ? `${quoted(first!.name)}: ${first!.reason}`
        : `${plural(unreadable.length, 'file', 'files')} of these logs (${quoted(first!.name)}: ${first!.reason}, and more)`;
    return {
      status: 'unknown',
      reason:
        `Cannot tell from ${which}, so a login in ${unreadable.length === 1 ? 'it' : 'them'} would not have been seen.` +
        (toCheck.length > 0
          ? ` Of the logins that could be read, none came from an attacking address, but ${needWords(toCheck.length)} your answer (below).`
          : ''),
      evidence: toCheck.slice(0, maxEvidenceLines).map(evidenceOf),
      collectNext: [loginLogs, readAgain],
    };
  }

  if (input.startsMidAttack) {
    return {
      status: 'unknown',
      reason:
        `Cannot tell from these logs: the attack was already going on when they begin` +
        (input.logStart !== undefined && Number.isFinite(input.logStart)
          ? ` (${formatDayTime(input.logStart)} UTC)`
          : '') +
        ', so a login before that would not be in them.' +
        (toCheck.length > 0
          ? ` In the time they cover no login came from an attacking address, but ${needWords(toCheck.length)} your answer (below).`
          : ' No one got in during the time they cover.'),
      evidence: toCheck.slice(0, maxEvidenceLines).map(evidenceOf),
      collectNext: [olderLogs],
    };
  }

  if (toCheck.length > 0) {
    const first = toCheck[0] as Login;
    return {
      status: 'to-check',
      reason:
        `No login came from an attacking address, but ${needWords(toCheck.length)} your answer — do you know ${toCheck.length === 1 ? 'it' : 'them'}? ` +
        `${toCheck.length === 1 ? 'It is the' : 'The first is the'} ${loginWords(first)}: ${checkWords(first)}.` +
        (explained.length > 0
          ? ` You marked ${plural(explained.length, 'login', 'logins')} as expected.`
          : ''),
      evidence: toCheck.slice(0, maxEvidenceLines).map(evidenceOf),
      collectNext: [],
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
      '.' +
      (explained.length > 0 ? ` You marked ${plural(explained.length, 'login', 'logins')} as expected.` : ''),
    // The lines the answer rests on: the logins the person vouched for, or else every login checked.
    evidence: (explained.length > 0 ? explained : byTime).slice(0, maxEvidenceLines).map(evidenceOf),
    collectNext: [],
  };
}

/** "login as admin from 203.0.113.7 at 21 Nov 03:12 (UTC)". */
function loginWords(login: Login): string {
  return `login as ${login.user || '(an empty name)'}${login.ip ? ` from ${login.ip}` : ''} at ${formatDayTime(login.time)} (UTC)`;
}

function whyGotIn(login: Login, decisions: LoginDecisions): string {
  const failures = failuresBefore(login);
  const marked = answerFor(login, decisions)?.expected === false && !isSuspiciousLogin(login);
  if (marked) return ' (you marked it as not expected)';
  if (failures > 0)
    // Its wrong passwords and keys since its last login: not the address's "login attempts" (which
    // count guessed names too), so said in other words (one number, one word).
    return ` after ${plural(failures, 'wrong password or key', 'wrong passwords or keys')} from that address`;
  if (login.flags.includes('from-attacking-network'))
    return ' after failures for that user name from its network';
  return '';
}

/** "one login needs", "3 logins need". */
const needWords = (count: number): string =>
  count === 1 ? 'one login needs' : `${plural(count, 'login needs', 'logins need')}`;

const askedWords = (count: number): string =>
  `${count === 1 ? 'One other login still needs' : `${plural(count, 'other login still needs', 'other logins still need')}`} your answer (below).`;

/** What makes a login one to check, in a few words. */
function checkWords(login: Login): string {
  const words: string[] = [];
  const notes = new Set((login.reasons ?? []).map((reason) => reason.flag));
  if (notes.has('loopback'))
    words.push('it came through the server itself (loopback), for a user name that was attacked');
  else if (login.flags.includes('user-attackers-tried')) words.push('a user name the attackers tried');
  if (login.flags.includes('new-address')) words.push('the first login from its network');
  if (login.flags.includes('unusual-hour')) words.push('an unusual hour for this user');
  if (notes.has('during-attack')) words.push('while the attack went on');
  return words.join(', ') || 'something about it is unusual';
}
