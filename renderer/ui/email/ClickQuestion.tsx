// Step "Clicked or replied?": the question that decides whether this is spam to report or an
// incident to contain. The answer goes into the journal; a "yes" brings the first things to do.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  answerClickQuestion,
  caseClickDecision,
  clickAnswerWords,
  type ClickAnswer,
} from '../../db/suspiciousMessages';
import { useServices } from '../appServices';

const answers: ClickAnswer[] = ['nobody', 'clicked', 'replied', 'not-known'];

const advice: Readonly<Record<ClickAnswer, string>> = {
  nobody: 'Good: then this is a message to report and delete. Next: the report.',
  clicked:
    'Have that computer checked for malware, and have the person change the password of any account they logged in to after the click. Then write the report.',
  replied:
    'Change the password they gave away now, everywhere it was used, and turn on two-step login. If bank or payment details were given, call the bank today. Then write the report.',
  'not-known': 'Ask everyone who received it. Until you know, treat it as if someone clicked.',
};

export function ClickQuestion({ caseId, onNext }: { caseId: number; onNext: () => void }) {
  const { db } = useServices();
  const decision = useLiveQuery(() => caseClickDecision(db, caseId), [db, caseId]);
  const [answer, setAnswer] = useState<ClickAnswer | null>(null);
  const [note, setNote] = useState('');
  if (decision === undefined) return <p role="status">Reading the answer…</p>;
  const chosen = answer ?? decision?.answer ?? null;

  return (
    <div>
      <h2>Did anyone click a link or reply?</h2>
      <p className="next-step">
        {decision
          ? `Answered: ${clickAnswerWords[decision.answer]}. ${advice[decision.answer]}`
          : 'Ask the people who received it, then answer here: it decides whether this is only spam or something to contain.'}{' '}
        {decision && (
          <button type="button" className="primary" onClick={onNext}>
            Next: the report
          </button>
        )}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen) void answerClickQuestion(db, caseId, chosen, note).then(() => setNote(''));
        }}
      >
        <fieldset className="click-answers">
          <legend>What happened after the message arrived?</legend>
          {answers.map((option) => (
            <label key={option} className="radio">
              <input
                type="radio"
                name="clicked"
                value={option}
                checked={chosen === option}
                onChange={() => setAnswer(option)}
              />{' '}
              {clickAnswerWords[option]}
            </label>
          ))}
        </fieldset>
        <label htmlFor="click-note">Who did you ask, and what did they say? (optional)</label>
        <textarea id="click-note" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
        <div className="button-row">
          <button type="submit" disabled={chosen === null}>
            Save the answer in the journal
          </button>
        </div>
      </form>
    </div>
  );
}
