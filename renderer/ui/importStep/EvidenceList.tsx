import type { EvidenceRecord } from '../../db/schema';
import { formatBytes, formatCount } from '../shared/format';
import { UnrecognizedLines } from './UnrecognizedLines';
import { lineAccounting } from '../../core/analysis/lineAccounting';
import { useOfficeTime } from '../shared/useOfficeTime';

/**
 * The file's units and those about logins (lineAccounting.ts), the numbers of the sentence under
 * the table. Evidence imported before the accounting has no split: a dash, not a made-up number.
 */
function readCells(file: EvidenceRecord): [string, string] {
  const accounting = lineAccounting(file);
  if (!accounting.known) return [formatCount(file.lines), '—'];
  return [formatCount(accounting.units), formatCount(accounting.aboutLogins)];
}

/** "Europe/Berlin, 2026 (from the file's date)": the assumption every shown time rests on. */
function timesReadAs(file: EvidenceRecord): string {
  switch (file.yearSource) {
    // The log wrote its own zone (Windows and journal exports, RFC 3339 syslog); the stored zone
    // was not used for its stamps.
    case undefined:
      return 'with the zone written in the log';
    case 'in-log':
      return `${file.timeZone}; year as written in the log`;
    case 'file-date':
      return `${file.timeZone}, ${file.year} (from the file's date)`;
    case 'person':
      return `${file.timeZone}, ${file.year}`;
  }
}

export function EvidenceList({ evidence }: { evidence: EvidenceRecord[] }) {
  const formatTime = useOfficeTime();
  if (evidence.length === 0) {
    return <p className="next-step">No logs in this case yet. Choose a log file above to start.</p>;
  }
  return (
    <section aria-labelledby="evidence-title">
      <h3 id="evidence-title">Evidence</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="evidence-title">
        <table aria-labelledby="evidence-title">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Format</th>
              <th scope="col">Size</th>
              <th scope="col">Lines or records</th>
              <th scope="col">About logins</th>
              <th scope="col">Times read as</th>
              <th scope="col">Imported</th>
              <th scope="col">Fingerprint (SHA-256)</th>
            </tr>
          </thead>
          <tbody>
            {evidence.map((file) => (
              <tr key={file.id}>
                <td>{file.name}</td>
                <td>{file.formatLabel}</td>
                <td>{formatBytes(file.size)}</td>
                <td className="number">{readCells(file)[0]}</td>
                <td className="number">{readCells(file)[1]}</td>
                <td>{timesReadAs(file)}</td>
                <td>{formatTime(file.importedAt)}</td>
                <td>
                  {/* The fingerprint is for checking a copy later, not for reading: one click away. */}
                  <details className="evidence-hash">
                    <summary>Show</summary>
                    <code className="hash">{file.sha256}</code>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {evidence.flatMap((file) =>
        (file.readingNotes ?? []).map((note, index) => (
          // Stays with the evidence, unlike the message after the import: a guess to check.
          <p key={`${file.id}-${index}`} className="outcome outcome-check">
            <strong>Check how {file.name} was read:</strong> {note}
          </p>
        )),
      )}
      {evidence
        .filter((file) => file.unrecognized > 0)
        .map((file) => (
          <UnrecognizedLines key={file.id} file={file} />
        ))}
    </section>
  );
}
