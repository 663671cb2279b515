// Everything the Confirm and Logins steps show, read in one go so the headline, the tables and
// the verdict always describe the same imports, the same thresholds and the same decisions.
import { mergeUnplacedAttempts } from '../core/analysis/unplacedAttempts';
import type { NotebookDatabase, EvidenceRecord } from './schema';
import type { AttackSource, Login } from '../core/analysis/attackSource';
import type { AttackThresholds } from '../core/analysis/attackThresholds';
import type { AttemptTimeline } from '../core/analysis/attemptTimeline';
import type { KnownGood } from '../core/analysis/knownGood';
import type { AccessVerdict, LoginDecision } from '../core/analysis/accessVerdict';
import type { AttackClassification } from '../core/analysis/attackClassification';
import type { NotableEvent } from '../core/analysis/notableEvent';
import type { AttackDecision } from './decisions';
import { caseAttackSources, caseEvidence, caseLogins } from './queries';
import {
  caseAttackDecision,
  caseContainmentTicks,
  caseKnownGood,
  caseLoginDecisions,
  caseThresholds,
} from './decisions';
import { caseNotableEvents, caseTimelines } from './timelines';
import { flagLogins } from '../core/analysis/loginFlags';
import { knownGoodMatcher } from '../core/analysis/knownGood';
import { classifyAttack } from '../core/analysis/attackClassification';
import { attackHeadline } from '../core/analysis/attackHeadline';
import { caseVerdict } from '../core/analysis/caseVerdict';

export type AttackReview = {
  evidence: EvidenceRecord[];
  /** Addresses not marked as ours, most attempts first. */
  sources: AttackSource[];
  /** Addresses the person marked as ours, set apart. */
  ourSources: AttackSource[];
  logins: Login[];
  headline: string;
  classification: AttackClassification;
  thresholds: AttackThresholds;
  knownGood: KnownGood;
  timelines: AttemptTimeline[];
  verdict: AccessVerdict;
  attackDecision?: AttackDecision;
  loginDecisions: Map<string, LoginDecision>;
  containmentDone: Set<string>;
  notableEvents: (NotableEvent & { file: string })[];
};

export async function caseAttackReview(db: NotebookDatabase, caseId: number): Promise<AttackReview> {
  const [evidence, allSources, storedLogins, thresholds, knownGood, timelines, notableEvents] =
    await Promise.all([
      caseEvidence(db, caseId),
      caseAttackSources(db, caseId),
      caseLogins(db, caseId),
      caseThresholds(db, caseId),
      caseKnownGood(db, caseId),
      caseTimelines(db, caseId),
      caseNotableEvents(db, caseId),
    ]);
  const [attackDecision, loginDecisions, containmentDone] = await Promise.all([
    caseAttackDecision(db, caseId),
    caseLoginDecisions(db, caseId),
    caseContainmentTicks(db, caseId),
  ]);
  const ours = knownGoodMatcher(knownGood);
  const sources = allSources.filter((source) => !ours.isOurAddress(source.ip));
  const ourSources = allSources.filter((source) => ours.isOurAddress(source.ip));
  const logins = flagLogins(storedLogins, allSources, { thresholds, knownGood });
  return {
    evidence,
    sources,
    ourSources,
    logins,
    headline: attackHeadline(
      sources,
      logins,
      mergeUnplacedAttempts(evidence.map((file) => file.unplacedAttempts)),
    ),
    classification: classifyAttack(sources, logins, thresholds),
    thresholds,
    knownGood,
    timelines,
    verdict: caseVerdict({
      logins,
      timelines,
      formatIds: evidence.map((file) => file.formatId),
      // How each file was read: one nothing was understood of makes the answer "cannot tell".
      files: evidence,
      thresholds,
      decisions: loginDecisions,
    }),
    attackDecision,
    loginDecisions,
    containmentDone,
    notableEvents,
  };
}
