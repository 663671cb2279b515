import type { EvidenceRecord } from '../../db/schema';
import { formatCount } from '../shared/format';
import { lineAccounting, lineAccountingText } from '../../core/analysis/lineAccounting';

/** "143 lines of auth.log were not about logins", "… were not about logins or unreadable". */
function listedWords(file: EvidenceRecord): string {
  const accounting = lineAccounting(file);
  const one = file.unrecognized === 1;
  const unit = accounting.known && accounting.unit === 'record' ? ['record', 'records'] : ['line', 'lines'];
  const what =
    accounting.known && accounting.unreadable === 0 ? 'not about logins' : 'not about logins or unreadable';
  return `${formatCount(file.unrecognized)} ${one ? unit[0] : unit[1]} of ${file.name} ${one ? 'was' : 'were'} ${what}`;
}

/**
 * "312 lines of auth.log were not about logins — show them": so the person can see that nothing
 * important was skipped (or that the wrong format was chosen). The lines are log text: shown as
 * text, never as markup.
 */
export function UnrecognizedLines({ file }: { file: EvidenceRecord }) {
  const one = file.unrecognized === 1;
  return (
    <details className="unrecognized-lines">
      <summary>
        {listedWords(file)} — show{' '}
        {file.unrecognizedSample.length < file.unrecognized
          ? `the first ${file.unrecognizedSample.length}`
          : one
            ? 'it'
            : 'them'}
      </summary>
      {lineAccounting(file).known && <p className="hint">{lineAccountingText(file)}.</p>}
      <p className="hint">
        Usually scheduled jobs (CRON), system messages and other programs. If these look like logins, the
        format was not recognized: choose it under &ldquo;Format&rdquo; and import the file into a new case.
      </p>
      <pre className="log-sample">{file.unrecognizedSample.join('\n')}</pre>
    </details>
  );
}
