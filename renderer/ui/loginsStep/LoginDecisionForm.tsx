import { useId, useState } from 'react';
import type { LoginDecision } from '../../core/analysis/accessVerdict';

/** "That was me from the hotel" or "not expected": the person's knowledge, journaled. */
export function LoginDecisionForm({
  decision,
  subject = 'this login',
  onDecide,
}: {
  decision: LoginDecision | undefined;
  /** "this login", "these 3 logins": what the answer covers. */
  subject?: string;
  onDecide: (decision: LoginDecision) => void;
}) {
  const [note, setNote] = useState('');
  const noteId = useId();
  return (
    <div className="login-decision">
      {decision && (
        <p role="status" className={decision.expected ? 'decided-expected' : 'decided-not-expected'}>
          You marked {subject} as {decision.expected ? 'expected' : 'NOT expected'}
          {decision.note ? `: “${decision.note}”` : '.'}
        </p>
      )}
      <label htmlFor={noteId}>
        Do you know {subject}? Who was it (e.g. &ldquo;that was me from the hotel&rdquo;)
      </label>
      <input id={noteId} value={note} onChange={(event) => setNote(event.target.value)} />
      <div className="form-actions">
        <button type="button" onClick={() => onDecide({ expected: true, note: note.trim() })}>
          Expected: this was us
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => onDecide({ expected: false, note: note.trim() })}
        >
          Not expected
        </button>
      </div>
    </div>
  );
}
