// "Do you know this login?" for one user name and source network: the logins it covers, why each
// is asked about, and one answer for all of them (journaled). A break-in the evidence shows is
// never in here: it has its own card (FlaggedLoginCard).
import type { LoginDecision } from '../../core/analysis/accessVerdict';
import type { LoginQuestion } from '../../core/analysis/loginQuestions';
import { plural } from '../shared/format';
import { LoginDecisionForm } from './LoginDecisionForm';
import { LogLine } from '../shared/LogLine';
import { isWindowsLogin, windowsLogonSummary } from '../shared/windowsLogon';
import { useOfficeTime } from '../shared/useOfficeTime';

/** Logins listed with their lines; the rest are counted. */
const shownLogins = 5;

export function LoginQuestionCard({
  question,
  onDecide,
}: {
  question: LoginQuestion;
  onDecide: (decision: LoginDecision) => void;
}) {
  const formatTime = useOfficeTime();
  const { logins, user } = question;
  const from = question.network ? `from ${question.network}` : 'without an address';
  const title = `${user || '(empty name)'} ${from}`;
  // Each reason once, in the order first met (every login of the group may share them).
  const reasons = [...new Set(logins.flatMap((login) => (login.reasons ?? []).map((reason) => reason.text)))];
  return (
    <article className="panel login-card login-question" aria-label={`Logins as ${title}`}>
      <h4>
        <span aria-hidden="true">? </span>
        Do you know {logins.length === 1 ? 'this login' : `these ${plural(logins.length, 'login', 'logins')}`}
        : {title}?
      </h4>
      <ul className="question-logins">
        {logins.slice(0, shownLogins).map((login) => (
          <li key={`${login.file}:${login.line}`}>
            {isWindowsLogin(login) ? (
              // A Windows logon in words; its XML is one click away.
              windowsLogonSummary(login)
            ) : (
              <>
                {formatTime(login.time)} from {login.ip ?? 'no address'}
                {login.method ? ` by ${login.method}` : ''}
              </>
            )}{' '}
            ({login.file}, line {login.line})
            {login.text !== undefined &&
              (isWindowsLogin(login) ? (
                <LogLine file={login.file} line={login.line} text={login.text} windowsEvent />
              ) : (
                <details className="question-line">
                  <summary>The line in the log</summary>
                  <LogLine file={login.file} line={login.line} text={login.text} />
                </details>
              ))}
          </li>
        ))}
        {logins.length > shownLogins && <li>… and {plural(logins.length - shownLogins, 'more', 'more')}</li>}
      </ul>
      <h5>Why you are asked</h5>
      <ul className="login-reasons">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <LoginDecisionForm
        decision={question.answer}
        subject={logins.length === 1 ? 'this login' : `these ${plural(logins.length, 'login', 'logins')}`}
        onDecide={onDecide}
      />
    </article>
  );
}
