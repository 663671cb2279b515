// The SPF, DKIM, DMARC and ARC results in plain words. Only results written by one of our own
// servers are relied on (RFC 8601): others were written before the message reached us and may be
// made up, so they are listed apart, folded, and said to be so.
import type { MessageTrace } from '../../core/email/messageTrace';

export function AuthenticationChecks({ trace }: { trace: MessageTrace }) {
  // Our server's own Authentication-Results; its ARC copy repeats them, so ARC is shown only
  // when it is all there is (a message forwarded inside our own systems).
  const ours = trace.authentication.filter((result) => result.trusted);
  const direct = ours.filter((result) => result.header === 'Authentication-Results');
  const trusted = direct.length > 0 ? direct : ours;
  const untrusted = trace.authentication.filter((result) => !result.trusted);
  if (trace.authentication.length === 0) return null;
  return (
    <section aria-labelledby="checks-title">
      <h3 id="checks-title">Sender checks</h3>
      {trusted.length === 0 ? (
        <p>
          No check was written by one of your servers
          {trace.ours.length === 0 ? ' (mark your domain first)' : ''}, so none is relied on here.
        </p>
      ) : (
        <ul className="auth-checks">
          {trusted.flatMap((result) =>
            result.checks.map((check, index) => (
              <li
                key={`${result.header}-${result.authservId}-${result.instance ?? ''}-${index}`}
                className={`check-${check.result}`}
              >
                {check.words}
                {result.instance !== null && (
                  <span className="hop-scope"> (forwarding seal {result.instance})</span>
                )}
              </li>
            )),
          )}
        </ul>
      )}
      {untrusted.length > 0 && (
        <details>
          <summary>
            {untrusted.length === 1 ? 'One result' : `${untrusted.length} results`} written by servers that
            are not yours — not relied on
          </summary>
          <p className="hint">
            Anyone can write such a line into a message before sending it. These say what the sender wants you
            to read.
          </p>
          <ul>
            {untrusted.map((result) => (
              <li key={`${result.header}-${result.authservId}-${result.instance ?? ''}`}>
                {result.authservId}:{' '}
                {result.checks.map((check) => `${check.method}=${check.result}`).join(', ') || 'no checks'}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
