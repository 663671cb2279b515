// "Do you know this login?" — asked once per user name and source network, for every login that
// is to be checked (see loginStanding.ts): answering for one answers its group. A login the
// evidence calls a break-in is not in a group: it gets its own answer, or none.
import type { Login } from './attackSource';
import { isSuspiciousLogin } from './loginFlags';
import { loginNetwork } from './loginNetwork';
import {
  answerFor,
  byEvidence,
  loginGroupKey,
  needsAnswer,
  type LoginDecision,
  type LoginDecisions,
} from './loginStanding';

export type LoginQuestion = {
  /** The decisions key of the group (loginGroupKey). */
  key: string;
  user: string;
  /** "198.51.100.0/24", the address when it is no network, or null when the login has none. */
  network: string | null;
  /** The logins asked about, strongest evidence first. */
  logins: Login[];
  /** The group's answer; a login's own earlier answer is kept on that login (see answerFor). */
  answer: LoginDecision | undefined;
  /** Logins of the group no answer covers yet. */
  unanswered: number;
};

export function loginQuestions(logins: readonly Login[], decisions: LoginDecisions): LoginQuestion[] {
  const groups = new Map<string, LoginQuestion>();
  for (const login of logins) {
    if (!needsAnswer(login) || isSuspiciousLogin(login)) continue;
    const key = loginGroupKey(login);
    let question = groups.get(key);
    if (!question) {
      const network = login.ip === undefined ? null : (loginNetwork(login.ip) ?? login.ip);
      question = { key, user: login.user, network, logins: [], answer: decisions.get(key), unanswered: 0 };
      groups.set(key, question);
    }
    question.logins.push(login);
    if (answerFor(login, decisions) === undefined) question.unanswered += 1;
  }
  const questions = [...groups.values()];
  for (const question of questions) question.logins.sort(byEvidence);
  // Unanswered first, then the strongest evidence.
  return questions.sort(
    (a, b) =>
      Number(a.unanswered === 0) - Number(b.unanswered === 0) || byEvidence(a.logins[0]!, b.logins[0]!),
  );
}
