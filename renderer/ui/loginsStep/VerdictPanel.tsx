import type { AccessVerdict } from '../../core/analysis/accessVerdict';
import type { Login } from '../../core/analysis/attackSource';
import { LogLine } from '../shared/LogLine';
import { isWindowsLogin, windowsLogonSummary } from '../shared/windowsLogon';
import { plural } from '../shared/format';

const headings: Record<AccessVerdict['status'], string> = {
  access: 'Act now: this looks like a break-in',
  'no-access': 'No sign that anyone got in',
  'to-check': 'Logins to check: do you know them?',
  unknown: 'These logs cannot answer it yet',
};

/** The answer in one sentence, and the log lines it rests on, quoted as text. */
export function VerdictPanel({
  verdict,
  logins = [],
}: {
  verdict: AccessVerdict;
  /** The case's logins, to say a Windows event in words instead of quoting its XML. */
  logins?: readonly Login[];
}) {
  const loginAt = new Map(logins.map((login) => [`${login.file}:${login.line}`, login]));
  return (
    <section aria-labelledby="verdict-title" className={`panel verdict verdict-${verdict.status}`}>
      <h3 id="verdict-title">
        <span aria-hidden="true">
          {verdict.status === 'access' ? '⚠ ' : verdict.status === 'no-access' ? '✓ ' : '? '}
        </span>
        {headings[verdict.status]}
      </h3>
      <p className="verdict-sentence">{verdict.reason}</p>
      {verdict.evidence.length > 0 && (
        // The sentence above says what was found; the lines it rests on are one click away, open
        // only for a break-in, where they are what the person must read.
        <details className="verdict-lines" open={verdict.status === 'access'}>
          <summary>
            {verdict.status === 'access'
              ? 'The lines this rests on'
              : verdict.status === 'no-access'
                ? 'The logins checked'
                : 'The logins to check'}{' '}
            ({plural(verdict.evidence.length, 'line', 'lines')} from the log)
          </summary>
          <ul className="evidence-lines">
            {verdict.evidence.map((line) => (
              <li key={`${line.file}:${line.line}`}>
                {(() => {
                  const login = loginAt.get(`${line.file}:${line.line}`);
                  return login && isWindowsLogin(login) ? (
                    <p className="log-line-summary">{windowsLogonSummary(login)}</p>
                  ) : null;
                })()}
                {line.text !== undefined ? (
                  <LogLine
                    file={line.file}
                    line={line.line}
                    text={line.text}
                    windowsEvent={line.text.trimStart().startsWith('<Event')}
                  />
                ) : (
                  <span className="where">
                    {line.file}, line {line.line}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {verdict.collectNext.length > 0 && (
        <>
          <h4>What to collect next</h4>
          <ul>
            {verdict.collectNext.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
