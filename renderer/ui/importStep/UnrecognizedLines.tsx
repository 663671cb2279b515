import type { EvidenceRecord } from '../../db/schema';
import { formatCount } from '../shared/format';

/**
 * "312 lines of auth.log were not about logins — show them": so the person can see that nothing
 * important was skipped (or that the wrong format was chosen). The lines are log text: shown as
 * text, never as markup.
 */
export function UnrecognizedLines({ file }: { file: EvidenceRecord }) {
  const count = formatCount(file.unrecognized);
  const one = file.unrecognized === 1;
  return (
    <details className="unrecognized-lines">
      <summary>
        {count} {one ? 'line' : 'lines'} of {file.name} {one ? 'was' : 'were'} not about logins — show{' '}
        {file.unrecognizedSample.length < file.unrecognized
          ? `the first ${file.unrecognizedSample.length}`
          : one
            ? 'it'
            : 'them'}
      </summary>
      <p className="hint">
        Usually scheduled jobs (CRON), system messages and other programs. If these look like logins, the
        format was not recognized: choose it under &ldquo;Format&rdquo; and import the file into a new case.
      </p>
      <pre className="log-sample">{file.unrecognizedSample.join('\n')}</pre>
    </details>
  );
}
