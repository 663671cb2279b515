import type { Login } from '../../core/analysis/attackSource';
import type { LoginDecision } from '../../core/analysis/accessVerdict';
import type { SessionStory } from '../../core/analysis/sessionAfter';
import { isSuspiciousLogin } from '../../core/analysis/loginFlags';
import { SessionStoryView } from './SessionStoryView';
import { LoginDecisionForm } from './LoginDecisionForm';
import { LinesAfterLogin } from './LinesAfterLogin';
import { formatUtc } from '../shared/format';

/** One login worth a look: who, from where, when, why it is flagged, and what happened next. */
export function FlaggedLoginCard({
  login,
  story,
  decision,
  evidenceId,
  onDecide,
}: {
  login: Login;
  /** The stored file the login was read from, to show the lines after it. */
  evidenceId: number | undefined;
  story: SessionStory;
  decision: LoginDecision | undefined;
  onDecide: (decision: LoginDecision) => void;
}) {
  const suspicious = isSuspiciousLogin(login);
  const title = `${login.user || '(empty name)'} from ${login.ip ?? 'no address'} at ${formatUtc(login.time)}`;
  return (
    <article
      className={`panel login-card${suspicious ? ' login-suspicious' : ''}`}
      aria-label={`Login as ${title}`}
    >
      <h4>
        <span aria-hidden="true">{suspicious ? '⚠ ' : '• '}</span>
        {suspicious ? 'Looks like a break-in: ' : decision ? 'You answered: ' : 'Worth a look: '}
        login as {title}
      </h4>
      <p className="hint">
        {login.method ? `By ${login.method}, ` : ''}
        {login.service}; {login.file}, line {login.line}
        {login.recordId !== undefined && ` (EventRecordID ${login.recordId})`}
      </p>
      {login.text !== undefined && <code className="log-line">{login.text}</code>}
      <h5>Why it is flagged</h5>
      <ul className="login-reasons">
        {(login.reasons ?? []).map((reason) => (
          <li key={reason.flag}>{reason.text}</li>
        ))}
      </ul>
      <SessionStoryView story={story} />
      <LinesAfterLogin evidenceId={evidenceId} line={login.line} />
      <LoginDecisionForm decision={decision} onDecide={onDecide} />
    </article>
  );
}
