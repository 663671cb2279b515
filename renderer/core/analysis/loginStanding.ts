// Where each login stands once the evidence and the person's answers are weighed: it got in
// (from an address that attacked, after failures for its user from its network, or the person
// said it was not them), it is a login to check (new, odd hour, a name the attackers tried,
// loopback with an attacked name, or simply during the attack: the person is asked "Do you know
// this login?"), it is explained (they said yes), or there is nothing to say about it.
import { isTunnelledRemoteDesktop } from './tunnelledRemoteDesktop';
import type { Login } from './attackSource';
import { isSuspiciousLogin } from './loginFlags';
import { loginNetwork } from './loginNetwork';

/** The person's word on a login (or a group of them): it was them (or a colleague), or it was not. */
export type LoginDecision = { expected: boolean; note: string };

export type LoginStanding = 'got-in' | 'to-check' | 'explained' | 'unremarkable';

export const loginKey = (login: Pick<Login, 'file' | 'line'>): string => `${login.file}:${login.line}`;

/**
 * Logins are asked about per user name and source network (/24, /64; the address itself when it
 * is none): on a server under attack all day every login is in the attack window, and "yes, that
 * was us" for the office's logins as bob answers all of them. Kept in the same decisions map as
 * the per-login answers; a file name never starts with "group:" and ends in ":<line>" as well.
 */
export const loginGroupKey = (login: Pick<Login, 'user' | 'ip'>): string =>
  `group:${login.user}|${login.ip === undefined ? '' : (loginNetwork(login.ip) ?? login.ip)}`;

export type LoginDecisions = ReadonlyMap<string, LoginDecision>;

/** True when the login is to be asked about: something about it is unusual, or the attack was on. */
export function needsAnswer(login: Login): boolean {
  return (
    login.flags.length > 0 ||
    // Remote Desktop forwarded from somewhere the log does not name: always asked about.
    isTunnelledRemoteDesktop(login) ||
    (login.reasons ?? []).some((reason) => reason.flag === 'during-attack')
  );
}

/**
 * The answer that applies: the one given for this login, else its group's — but a group's "yes"
 * never covers a login the evidence calls a break-in; that one needs its own answer.
 */
export function answerFor(login: Login, decisions: LoginDecisions): LoginDecision | undefined {
  const own = decisions.get(loginKey(login));
  if (own) return own;
  const group = decisions.get(loginGroupKey(login));
  if (group?.expected === true && isSuspiciousLogin(login)) return undefined;
  return group;
}

export function loginStanding(login: Login, decisions: LoginDecisions): LoginStanding {
  const answer = answerFor(login, decisions);
  if (answer?.expected === false) return 'got-in';
  if (answer?.expected === true) return 'explained';
  if (isSuspiciousLogin(login)) return 'got-in';
  return needsAnswer(login) ? 'to-check' : 'unremarkable';
}

/** Failed attempts from the login's own address before it: the weight of a break-in's evidence. */
export const failuresBefore = (login: Login): number => login.priorFailures?.sinceLastLogin ?? 0;

const isLoopbackLogin = (login: Login): boolean =>
  (login.reasons ?? []).some((reason) => reason.flag === 'loopback');

/**
 * Strongest evidence first: a break-in the log shows before one only the person's word shows;
 * the outside login after the most failures from its address first; loopback last; then by time.
 */
export function byEvidence(a: Login, b: Login): number {
  return (
    Number(isSuspiciousLogin(b)) - Number(isSuspiciousLogin(a)) ||
    Number(isLoopbackLogin(a)) - Number(isLoopbackLogin(b)) ||
    failuresBefore(b) - failuresBefore(a) ||
    b.flags.length - a.flags.length ||
    a.time - b.time
  );
}
