// What a case has had done, read for the "what to do now" panel (core/case/nextStep.ts): from the
// same review the Confirm and Logins steps show, the lookups, the journal and the correspondence,
// so the panel never disagrees with the step it sends the person to.
import type { CaseProgress } from '../core/case/nextStep';
import { attackingSources } from '../core/analysis/attackHeadline';
import { answerFor } from '../core/analysis/loginStanding';
import { isSuspiciousLogin } from '../core/analysis/loginFlags';
import { loginQuestions } from '../core/analysis/loginQuestions';
import { lookupEligibility } from '../core/lookup/lookupEligibility';
import { caseAttackReview } from './attackReview';
import { caseAddressFindings } from './lookups';
import { caseJournal } from './journal';
import { caseCorrespondence } from './correspondence';
import { getCase } from './queries';
import type { NotebookDatabase } from './schema';

/** Everything but the containment steps left, which the Logins step's own list counts. */
export type GatheredProgress = Omit<CaseProgress, 'containmentLeft'> & { containmentDone: Set<string> };

export async function caseProgress(
  db: NotebookDatabase,
  caseId: number,
  now = Date.now(),
): Promise<GatheredProgress> {
  const [incidentCase, review, findings, journal, correspondence] = await Promise.all([
    getCase(db, caseId),
    caseAttackReview(db, caseId),
    caseAddressFindings(db, caseId),
    caseJournal(db, caseId),
    caseCorrespondence(db, caseId),
  ]);
  const decisions = review.loginDecisions;
  const unansweredBreakIns = review.logins.filter(
    (login) => isSuspiciousLogin(login) && answerFor(login, decisions) === undefined,
  );
  const confirmedBreakIns = review.logins.filter((login) => answerFor(login, decisions)?.expected === false);
  // As the Logins step asks them: the break-ins stand apart, each with its own answer.
  const questions = loginQuestions(
    review.logins.filter((login) => !isSuspiciousLogin(login)),
    decisions,
  );
  const attackers = attackingSources(review.sources);
  const lookable = attackers.filter((source) => lookupEligibility(source.ip).eligible);
  const notLookedUp = lookable.filter((source) => {
    const latest = findings.get(source.ip)?.latest;
    return !latest || latest.error !== null;
  });
  const contacts = new Set<string>();
  for (const source of lookable) {
    const email = findings.get(source.ip)?.abuseContacts[0]?.email;
    if (email) contacts.add(email.toLowerCase());
  }
  const written = new Set(correspondence.map((row) => row.abuseEmail.toLowerCase()));
  return {
    logsImported: review.evidence.length,
    attackers: attackers.length,
    attackDecision: review.attackDecision?.verdict,
    breakInsUnanswered: unansweredBreakIns.length,
    breakInsConfirmed: confirmedBreakIns.length,
    containmentDone: review.containmentDone,
    loginQuestionsUnanswered: questions.filter((question) => question.unanswered > 0).length,
    addressesNotLookedUp: notLookedUp.length,
    // Sources come most attempts first (compareAttackSources).
    busiestNotLookedUp:
      lookable[0] !== undefined && notLookedUp[0] === lookable[0] ? lookable[0].ip : undefined,
    abuseContacts: contacts.size,
    abuseContactsWritten: [...contacts].filter((email) => written.has(email)).length,
    summaryExported: journal.some(
      (entry) =>
        entry.kind === 'report' &&
        typeof entry.details?.file === 'string' &&
        /\.pdf$/i.test(entry.details.file),
    ),
    followUpsDue: correspondence.filter((row) => row.followUpDue !== null && row.followUpDue < now).length,
    closed: incidentCase?.status === 'closed',
  };
}
