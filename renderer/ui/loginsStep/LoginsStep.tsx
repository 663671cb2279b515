// Step 4: did anyone get in? The answer first with the lines it rests on; when someone may have,
// the guidance switches to containment. Then every login worth a look, then all logins.
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../appServices';
import { useNavigation } from '../../state/store';
import { caseAttackReview } from '../../db/attackReview';
import { decideLogin, tickContainmentStep } from '../../db/decisions';
import { loginKey } from '../../core/analysis/accessVerdict';
import { isSuspiciousLogin } from '../../core/analysis/loginFlags';
import { sessionAfter } from '../../core/analysis/sessionAfter';
import { VerdictPanel } from './VerdictPanel';
import { ContainmentChecklist } from './ContainmentChecklist';
import { FlaggedLoginCard } from './FlaggedLoginCard';
import { LoginsTable } from '../importStep/LoginsTable';

export function LoginsStep({ caseId }: { caseId: number }) {
  const { db } = useServices();
  const { goToStep } = useNavigation();
  const review = useLiveQuery(() => caseAttackReview(db, caseId), [db, caseId]);
  if (review === undefined) return <p role="status">Reading the evidence…</p>;
  const flagged = review.logins
    .filter(
      (login) => login.flags.length > 0 || review.loginDecisions.get(loginKey(login))?.expected === false,
    )
    .sort((a, b) => Number(isSuspiciousLogin(b)) - Number(isSuspiciousLogin(a)) || a.time - b.time);

  return (
    <div className="logins-step">
      <h2>Did anyone get in?</h2>
      <VerdictPanel verdict={review.verdict} />
      {review.verdict.status === 'access' && (
        <ContainmentChecklist
          done={review.containmentDone}
          onTick={(step, done) => void tickContainmentStep(db, caseId, step, done)}
        />
      )}
      {flagged.length > 0 && (
        <section aria-labelledby="flagged-title">
          <h3 id="flagged-title">Logins worth a look ({flagged.length})</h3>
          <p>
            For each one: if you know it (you, a colleague, a script), mark it &ldquo;expected&rdquo; and say
            who. If not, mark it &ldquo;not expected&rdquo;.
          </p>
          {flagged.map((login) => (
            <FlaggedLoginCard
              key={loginKey(login)}
              login={login}
              story={sessionAfter(
                login,
                review.notableEvents.filter((event) => event.file === login.file),
                review.logins,
              )}
              decision={review.loginDecisions.get(loginKey(login))}
              evidenceId={review.evidence.find((file) => file.name === login.file)?.id}
              onDecide={(decision) => void decideLogin(db, caseId, login, decision)}
            />
          ))}
        </section>
      )}
      <LoginsTable
        title="Every successful login, the ones worth a look first"
        logins={[...review.logins].sort(
          (a, b) => Number(b.flags.length > 0) - Number(a.flags.length > 0) || a.time - b.time,
        )}
      />
      <p className="next-step">
        {review.verdict.status === 'access'
          ? 'Next: while you contain it, find out who is behind the attacking address.'
          : review.verdict.status === 'unknown'
            ? 'Next: add the older logs on the Import step, then come back here.'
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
