import type { Login } from '../../core/analysis/attackSource';
import type { LoginDecision } from '../../core/analysis/accessVerdict';
import type { SessionStory } from '../../core/analysis/sessionAfter';
import { isSuspiciousLogin } from '../../core/analysis/loginFlags';
import { SessionStoryView } from './SessionStoryView';
import { LoginDecisionForm } from './LoginDecisionForm';
import { LinesAfterLogin } from './LinesAfterLogin';
import { formatUtc } from '../shared/format';
import { LogLine } from '../shared/LogLine';

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
        {howWords(login)}
        {login.file}, line {login.line}
        {login.recordId !== undefined && ` (EventRecordID ${login.recordId})`}
      </p>
      {login.text !== undefined &&
        (login.service === 'windows' ? (
          // A Windows event is a screenful of XML: the words above say it, the XML is one click away.
          <details>
            <summary>The event as Windows wrote it</summary>
            <code className="log-line">{login.text}</code>
          </details>
        ) : (
          <LogLine file={login.file} line={login.line} text={login.text} />
        ))}
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

/** "By password, sshd; " for a log line; "Over the network (Windows); " for a Windows logon type. */
function howWords(login: Login): string {
  if (login.service === 'windows') {
    const how = login.method ? `${login.method.charAt(0).toUpperCase()}${login.method.slice(1)} ` : '';
    return `${how}(Windows); `;
  }
  return `${login.method ? `By ${login.method}, ` : ''}${login.service}; `;
}
