// Step 4: did anyone get in? The answer first with the lines it rests on; when someone may have,
// the guidance switches to containment. Then the logins that look like a break-in, one by one;
// then "Do you know these logins?", once per user name and network; then all logins.
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../appServices';
import { useNavigation } from '../../state/store';
import { caseAttackReview } from '../../db/attackReview';
import { decideLogin, decideLoginGroup, tickContainmentStep } from '../../db/decisions';
import { loginKey } from '../../core/analysis/accessVerdict';
import { byEvidence, loginStanding } from '../../core/analysis/loginStanding';
import { loginQuestions } from '../../core/analysis/loginQuestions';
import { sessionAfter } from '../../core/analysis/sessionAfter';
import { VerdictPanel } from './VerdictPanel';
import { ContainmentChecklist } from './ContainmentChecklist';
import { FlaggedLoginCard } from './FlaggedLoginCard';
import { LoginQuestionCard } from './LoginQuestionCard';
import { LoginsTable } from '../importStep/LoginsTable';
import { LogClearedWarning } from './LogClearedWarning';
import { logClearedWarnings } from '../../core/analysis/logClearedWarnings';
import { formatCount } from '../shared/format';

export function LoginsStep({ caseId }: { caseId: number }) {
  const { db } = useServices();
  const { goToStep } = useNavigation();
  const review = useLiveQuery(() => caseAttackReview(db, caseId), [db, caseId]);
  if (review === undefined) return <p role="status">Reading the evidence…</p>;
  const decisions = review.loginDecisions;
  const breakIns = review.logins
    .filter((login) => loginStanding(login, decisions) === 'got-in' || decisions.has(loginKey(login)))
    .sort(byEvidence);
  const individually = new Set(breakIns);
  const questions = loginQuestions(
    review.logins.filter((login) => !individually.has(login)),
    decisions,
  );

  return (
    <div className="logins-step">
      <h2>Did anyone get in?</h2>
      {/* A cleared log first: every answer below lacks what it held before. */}
      <LogClearedWarning warnings={logClearedWarnings(review.notableEvents)} />
      <VerdictPanel verdict={review.verdict} logins={review.logins} />
      {review.verdict.status === 'access' && (
        <ContainmentChecklist
          done={review.containmentDone}
          onTick={(step, done) => void tickContainmentStep(db, caseId, step, done)}
        />
      )}
      {breakIns.length > 0 && (
        <section aria-labelledby="flagged-title">
          <h3 id="flagged-title">Logins that look like a break-in ({breakIns.length})</h3>
          <p>
            For each one: if you know it (you, a colleague, a script), mark it &ldquo;expected&rdquo; and say
            who. If not, mark it &ldquo;not expected&rdquo;.
          </p>
          {breakIns.map((login) => (
            <FlaggedLoginCard
              key={loginKey(login)}
              login={login}
              story={sessionAfter(
                login,
                review.notableEvents.filter((event) => event.file === login.file),
                review.logins,
              )}
              decision={decisions.get(loginKey(login))}
              evidenceId={review.evidence.find((file) => file.name === login.file)?.id}
              onDecide={(decision) => void decideLogin(db, caseId, login, decision)}
            />
          ))}
        </section>
      )}
      {questions.length > 0 && (
        <section aria-labelledby="questions-title">
          <h3 id="questions-title">
            Logins to check ({questions.reduce((sum, q) => sum + q.logins.length, 0)})
          </h3>
          <p>
            Nothing shows these were the attackers, but something about each is unusual, or it happened while
            the attack went on. One answer covers every login of the same user name from the same network.
          </p>
          {questions.map((question) => (
            <LoginQuestionCard
              key={question.key}
              question={question}
              onDecide={(decision) => void decideLoginGroup(db, caseId, question, decision)}
            />
          ))}
        </section>
      )}
      {/* The questions above are what the person answers; the full table is there when asked for. */}
      <details className="all-logins">
        <summary>
          Every successful login in these logs ({formatCount(review.logins.length)}), as a table
        </summary>
        <LoginsTable
          title="Every successful login, the ones worth a look first"
          logins={[...review.logins].sort(
            (a, b) => Number(b.flags.length > 0) - Number(a.flags.length > 0) || a.time - b.time,
          )}
        />
      </details>
      <p className="next-step">
        {review.verdict.status === 'access'
          ? 'Next: while you contain it, find out who is behind the attacking address.'
          : review.verdict.status === 'unknown'
            ? 'Next: add the older logs on the Import step, then come back here.'
            : review.verdict.status === 'to-check'
              ? 'Next: answer the questions above; then find out who is behind the attacking addresses.'
              : 'Next: find out who is behind the attacking addresses, so you can report them.'}{' '}
        {review.verdict.status !== 'unknown' && (
          <button type="button" className="primary" onClick={() => goToStep('source')}>
            Next: who is behind the address?
          </button>
        )}
        {review.verdict.status === 'unknown' && (
          <button type="button" className="primary" onClick={() => goToStep('import')}>
            Go to Import
          </button>
        )}
      </p>
    </div>
  );
}
