// "What to do now": the one next thing a case is waiting for, in the order a careful responder
// would take them — a possible break-in before paperwork, the facts before the letters. Every step
// screen already says what it found; this follows the whole case, so a person who comes back to
// it a week later sees at once what is still open.
import { plural } from '../analysis/words';

/** What the case has and has not had done yet (gathered by db/caseProgress.ts). */
export type CaseProgress = {
  logsImported: number;
  /** Addresses (not marked as ours) that made a login attempt. */
  attackers: number;
  attackDecision: 'attack' | 'false-alarm' | undefined;
  /** Logins the evidence calls a break-in that no one has answered for yet. */
  breakInsUnanswered: number;
  /** Logins the person said were not theirs: then the containment steps are what matters. */
  breakInsConfirmed: number;
  containmentLeft: number;
  /** Groups of logins still asking "was this you?" (see loginQuestions.ts). */
  loginQuestionsUnanswered: number;
  /** Public attacking addresses whose owner has not been found (no answer, or a failed lookup). */
  addressesNotLookedUp: number;
  /**
   * The public address with the most attempts, when its owner has not been found. Once it has,
   * the lookups no longer hold the case up: a newcomer reports the worst one first, and a botnet's
   * hundred others are there to look up when wanted.
   */
  busiestNotLookedUp: string | undefined;
  /** Abuse contacts found for the attacking addresses, and of them those already written to. */
  abuseContacts: number;
  abuseContactsWritten: number;
  summaryExported: boolean;
  followUpsDue: number;
  closed: boolean;
};

/** The screens a next step can lead to (the log case's workflow steps). */
export type NextStepScreen = 'case' | 'import' | 'confirm' | 'logins' | 'source' | 'report' | 'follow-up';

export type NextStep = {
  /** One plain sentence: what is waiting and why. */
  sentence: string;
  screen: NextStepScreen;
  /** The label of the button that goes there. */
  action: string;
  /** True when nothing else should wait for it (a possible break-in). */
  urgent: boolean;
};

export function nextStep(progress: CaseProgress): NextStep {
  const step = (sentence: string, screen: NextStepScreen, action: string, urgent = false): NextStep => ({
    sentence,
    screen,
    action,
    urgent,
  });
  if (progress.closed) {
    return step(
      progress.followUpsDue > 0
        ? `The case is closed, but ${plural(progress.followUpsDue, 'follow-up is', 'follow-ups are')} past its date.`
        : 'The case is closed. Nothing is waiting.',
      progress.followUpsDue > 0 ? 'follow-up' : 'case',
      progress.followUpsDue > 0 ? 'See the follow-ups' : 'See the case',
    );
  }
  if (progress.logsImported === 0)
    return step("Add the server's logs: everything else is read from them.", 'import', 'Import the logs');
  if (progress.breakInsUnanswered > 0) {
    return step(
      `${plural(progress.breakInsUnanswered, 'login looks', 'logins look')} like a break-in. Say whether you know ${progress.breakInsUnanswered === 1 ? 'it' : 'them'} before anything else.`,
      'logins',
      'Check the logins now',
      true,
    );
  }
  if (progress.breakInsConfirmed > 0 && progress.containmentLeft > 0) {
    return step(
      `Someone got in. ${plural(progress.containmentLeft, 'step', 'steps')} of the checklist to contain it ${progress.containmentLeft === 1 ? 'is' : 'are'} not ticked yet.`,
      'logins',
      'Go to the checklist',
      true,
    );
  }
  if (progress.attackDecision === undefined) {
    return step(
      progress.attackers === 0
        ? 'No address failed to log in. Record whether you still think this was an attack, and why.'
        : `${plural(progress.attackers, 'address', 'addresses')} tried to log in. Decide whether this is an attack, and record why.`,
      'confirm',
      'Confirm the attack',
    );
  }
  if (progress.loginQuestionsUnanswered > 0) {
    return step(
      `${plural(progress.loginQuestionsUnanswered, 'group of logins asks', 'groups of logins ask')} "was this you?". Answer ${progress.loginQuestionsUnanswered === 1 ? 'it' : 'them'}, so the report can say whether anyone got in.`,
      'logins',
      'Answer the login questions',
    );
  }
  if (progress.attackDecision === 'false-alarm') {
    return progress.summaryExported
      ? step(
          'You recorded that this was not an attack. Close the case when you are done.',
          'case',
          'Close the case',
        )
      : step(
          'You recorded that this was not an attack. Write the short summary for your manager, then close the case.',
          'report',
          'Write the summary',
        );
  }
  if (progress.busiestNotLookedUp !== undefined) {
    const others = progress.addressesNotLookedUp - 1;
    return step(
      others > 0
        ? `Find out who is behind ${progress.busiestNotLookedUp}, the address with the most attempts, so the report goes to the right abuse desk (${plural(others, 'other public address waits', 'other public addresses wait')} too, if you want to report them all).`
        : `Find out who is behind ${progress.busiestNotLookedUp}, so the report goes to the right abuse desk.`,
      'source',
      'Look up the owners',
    );
  }
  if (!progress.summaryExported) {
    return step('Write the summary for your manager (PDF).', 'report', 'Write the summary');
  }
  const unwritten = progress.abuseContacts - progress.abuseContactsWritten;
  if (unwritten > 0) {
    return step(
      `Send the polite report to ${plural(unwritten, 'abuse desk', 'abuse desks')} not written to yet, and mark ${unwritten === 1 ? 'it' : 'them'} sent.`,
      'report',
      'Write the e-mails',
    );
  }
  if (progress.followUpsDue > 0) {
    return step(
      `${plural(progress.followUpsDue, 'follow-up is', 'follow-ups are')} past ${progress.followUpsDue === 1 ? 'its' : 'their'} date: time to write again.`,
      'follow-up',
      'See the follow-ups',
    );
  }
  return step(
    progress.abuseContactsWritten > 0
      ? 'Nothing is waiting. Note any answer you get on the Follow up step; close the case when it is settled.'
      : 'Nothing is waiting. Close the case when it is settled.',
    progress.abuseContactsWritten > 0 ? 'follow-up' : 'case',
    progress.abuseContactsWritten > 0 ? 'Go to Follow up' : 'Close the case',
  );
}
