// Step 3: is this an attack? The headline first, then what kind, when, from where, for which
// names; the person marks what is theirs and confirms or dismisses, and the journal keeps it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../appServices';
import { useNavigation } from '../../state/store';
import { caseAttackReview } from '../../db/attackReview';
import { decideAttack, markKnownGood, saveCaseThresholds } from '../../db/decisions';
import { ClassificationPanel } from './ClassificationPanel';
import { AttemptsChart } from './AttemptsChart';
import { UserNamesChart } from './UserNamesChart';
import { SourcesTable } from './SourcesTable';
import { PrivateSourcesNote } from './PrivateSourcesNote';
import { UnplacedAttemptsNote } from './UnplacedAttemptsNote';
import { KnownGoodPanel } from './KnownGoodPanel';
import { AttackDecisionForm } from './AttackDecisionForm';
import { attackingSources } from '../../core/analysis/attackHeadline';
import { countWordingOf } from '../../core/analysis/attackCounts';

export function ConfirmStep({ caseId }: { caseId: number }) {
  const { db } = useServices();
  const { goToStep } = useNavigation();
  const review = useLiveQuery(() => caseAttackReview(db, caseId), [db, caseId]);
  if (review === undefined) return <p role="status">Reading the evidence…</p>;
  if (review.evidence.length === 0) {
    return (
      <div>
        <h2>Is this an attack?</h2>
        <p className="next-step">
          No logs in this case yet.{' '}
          <button type="button" className="primary" onClick={() => goToStep('import')}>
            Go to Import
          </button>
        </p>
      </div>
    );
  }
  const attackers = attackingSources(review.sources);
  const ourAttackers = attackingSources(review.ourSources);
  return (
    <div className="confirm-step">
      <h2>Is this an attack?</h2>
      <p className="headline">{review.headline}</p>
      <ClassificationPanel
        classification={review.classification}
        thresholds={review.thresholds}
        onThresholds={(thresholds, changed) => void saveCaseThresholds(db, caseId, thresholds, changed)}
      />
      <PrivateSourcesNote sources={attackers} />
      {/* The decision right under what was found: the chart, the names and the addresses below are
          its evidence, read when wanted, not a page to get through before deciding. */}
      <AttackDecisionForm
        decision={review.attackDecision}
        suggested={attackers.length > 0 ? 'attack' : undefined}
        onDecide={(verdict, reason) => void decideAttack(db, caseId, verdict, reason)}
      />
      <p className="next-step">
        Next: the question that matters most — did anyone get in?{' '}
        <button type="button" className="primary" onClick={() => goToStep('logins')}>
          Next: did anyone get in?
        </button>
      </p>
      <p className="evidence-lead">
        The evidence behind it: the attempts over time, the user names tried and every address, below. Mark
        your own addresses or accounts as &ldquo;ours&rdquo; there, and they leave the attack.
      </p>
      <AttemptsChart
        timelines={review.timelines}
        wording={countWordingOf(review.evidence.map((file) => file.formatId))}
      />
      <UserNamesChart sources={attackers} ourUserNames={review.knownGood.userNames} />
      {attackers.length > 0 && (
        <SourcesTable
          title="Addresses that tried to log in and failed"
          sources={attackers}
          onMarkOurs={(ip) => void markKnownGood(db, caseId, { network: ip }, true)}
        />
      )}
      <UnplacedAttemptsNote evidence={review.evidence} />
      <KnownGoodPanel
        knownGood={review.knownGood}
        ourSources={ourAttackers}
        onChange={({ entry, ours }) => void markKnownGood(db, caseId, entry, ours)}
      />
      {ourAttackers.length > 0 && (
        <SourcesTable title="Failed attempts from addresses marked as ours" sources={ourAttackers} />
      )}
    </div>
  );
}
