// Someone cleared a Windows event log: said loudly at the top of the Logins step, with the line it
// rests on, because every answer below it is missing what the log held before (logClearedWarnings.ts).
import type { LogClearedWarning as Warning } from '../../core/analysis/logClearedWarnings';
import { logClearedConsequence } from '../../core/analysis/logClearedWarnings';

export function LogClearedWarning({ warnings }: { warnings: readonly Warning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section role="alert" aria-labelledby="log-cleared-title" className="log-cleared">
      <h3 id="log-cleared-title" className="log-cleared-title">
        <span aria-hidden="true">⚠ </span>
        {warnings.length === 1 ? 'A log was cleared' : `Logs were cleared ${warnings.length} times`}
      </h3>
      <ul>
        {warnings.map((warning) => (
          <li key={`${warning.file ?? ''}:${warning.line}`}>
            <p>{warning.what}</p>
            {warning.file !== undefined && (
              <p className="where">
                {warning.file}, line {warning.line}
              </p>
            )}
          </li>
        ))}
      </ul>
      <p className="log-cleared-consequence">{logClearedConsequence}</p>
    </section>
  );
}
