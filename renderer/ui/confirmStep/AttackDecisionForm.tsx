import { useState, type FormEvent } from 'react';
import type { AttackDecision } from '../../db/decisions';
import { useOfficeTime } from '../shared/useOfficeTime';

/** The person's own judgement, with a reason, written to the journal. */

export function AttackDecisionForm({
  decision,
  suggested,
  onDecide,
}: {
  decision: AttackDecision | undefined;
  /** What the evidence suggests ('attack' when addresses failed); nothing is chosen for the person otherwise. */
  suggested?: AttackDecision['verdict'];
  onDecide: (verdict: AttackDecision['verdict'], reason: string) => void;
}) {
  const formatTime = useOfficeTime();
  const [verdict, setVerdict] = useState<AttackDecision['verdict'] | undefined>(
    decision?.verdict ?? suggested,
  );
  const [reason, setReason] = useState('');
  const needsReason = verdict === 'false-alarm' && reason.trim() === '';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (needsReason || verdict === undefined) return;
    onDecide(verdict, reason.trim());
    setReason('');
  }

  return (
    <section aria-labelledby="decision-title" className="panel decision">
      <h3 id="decision-title">Your decision</h3>
      {decision && (
        <p role="status" className={decision.verdict === 'attack' ? 'decided-attack' : 'decided-false-alarm'}>
          {decision.verdict === 'attack'
            ? 'You confirmed: this is an attack.'
            : 'You dismissed it as a false alarm.'}
          {decision.reason ? ` Reason: ${decision.reason}` : ''} ({formatTime(decision.decidedAt)}, in the
          journal)
        </p>
      )}
      <form onSubmit={submit}>
        <fieldset>
          <legend>Is this an attack?</legend>
          <label className="choice">
            <input
              type="radio"
              name="attack-verdict"
              checked={verdict === 'attack'}
              onChange={() => setVerdict('attack')}
            />
            Yes, this is an attack
          </label>
          <label className="choice">
            <input
              type="radio"
              name="attack-verdict"
              checked={verdict === 'false-alarm'}
              onChange={() => setVerdict('false-alarm')}
            />
            No, a false alarm
          </label>
        </fieldset>
        <label htmlFor="decision-reason">
          {verdict === 'attack'
            ? 'Why (optional)'
            : 'Why is it a false alarm? (e.g. "a colleague with an old password in a script")'}
        </label>
        <textarea
          id="decision-reason"
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={needsReason || verdict === undefined}>
            {verdict === undefined
              ? 'Choose an answer first'
              : verdict === 'attack'
                ? 'Confirm: this is an attack'
                : 'Dismiss as a false alarm'}
          </button>
          {needsReason && <span className="hint">Write a reason first: it goes into the journal.</span>}
        </div>
      </form>
    </section>
  );
}
