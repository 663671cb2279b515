import type { AccessVerdict } from '../../core/analysis/accessVerdict';

const headings: Record<AccessVerdict['status'], string> = {
  access: 'Act now: this looks like a break-in',
  'no-access': 'No sign that anyone got in',
  'to-check': 'Logins to check: do you know them?',
  unknown: 'These logs cannot answer it yet',
};

/** The answer in one sentence, and the log lines it rests on, quoted as text. */
export function VerdictPanel({ verdict }: { verdict: AccessVerdict }) {
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
        <>
          <h4>
            {verdict.status === 'access'
              ? 'The lines this rests on'
              : verdict.status === 'no-access'
                ? 'The logins checked'
                : 'The logins to check'}
          </h4>
          <ul className="evidence-lines">
            {verdict.evidence.map((line) => (
              <li key={`${line.file}:${line.line}`}>
                <span className="where">
                  {line.file}, line {line.line}
                </span>
                {line.text !== undefined && <code className="log-line">{line.text}</code>}
              </li>
            ))}
          </ul>
        </>
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
