import type { Login } from '../../core/analysis/attackSource';
import type { LoginDecision } from '../../core/analysis/accessVerdict';
import type { SessionStory } from '../../core/analysis/sessionAfter';
import { isSuspiciousLogin } from '../../core/analysis/loginFlags';
import { SessionStoryView } from './SessionStoryView';
import { LoginDecisionForm } from './LoginDecisionForm';
import { LinesAfterLogin } from './LinesAfterLogin';
import { LogLine } from '../shared/LogLine';
import { isWindowsLogin, logonHow, windowsLogonSummary } from '../shared/windowsLogon';
import { useOfficeTime } from '../shared/useOfficeTime';

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
  const formatTime = useOfficeTime();
  const suspicious = isSuspiciousLogin(login);
  const title = `${login.user || '(empty name)'} from ${login.ip ?? 'no address'} at ${formatTime(login.time)}`;
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
        (isWindowsLogin(login) ? (
          // A Windows event is a screenful of XML: the words say it, the XML is one click away.
          <>
            <p className="log-line-summary">{windowsLogonSummary(login)}</p>
            <LogLine file={login.file} line={login.line} text={login.text} windowsEvent />
          </>
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
  if (isWindowsLogin(login)) {
    const how = logonHow(login);
    return `Logged on ${how} (Windows); `;
  }
  return `${login.method ? `By ${login.method}, ` : ''}${login.service}; `;
}
