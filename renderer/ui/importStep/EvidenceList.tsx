import type { EvidenceRecord } from '../../db/schema';
import { formatBytes, formatCount, formatUtc } from '../shared/format';
import { UnrecognizedLines } from './UnrecognizedLines';

/** "Europe/Berlin, 2026 (from the file's date)": the assumption every shown time rests on. */
function timesReadAs(file: EvidenceRecord): string {
  // No year source: the log wrote its own zone (Windows and journal exports, RFC 3339 syslog).
  if (file.yearSource === undefined) return 'with the zone written in the log';
  const year = file.yearSource === 'file-date' ? `${file.year} (from the file's date)` : String(file.year);
  return `${file.timeZone}, ${year}`;
}

export function EvidenceList({ evidence }: { evidence: EvidenceRecord[] }) {
  if (evidence.length === 0) {
    return <p className="next-step">No logs in this case yet. Choose a log file above to start.</p>;
  }
  return (
    <section aria-labelledby="evidence-title">
      <h3 id="evidence-title">Evidence</h3>
      <div className="table-scroll">
        <table aria-labelledby="evidence-title">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Format</th>
              <th scope="col">Size</th>
              <th scope="col">Lines</th>
              <th scope="col">About logins</th>
              <th scope="col">Times read as</th>
              <th scope="col">Imported</th>
              <th scope="col">SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {evidence.map((file) => (
              <tr key={file.id}>
                <td>{file.name}</td>
                <td>{file.formatLabel}</td>
                <td>{formatBytes(file.size)}</td>
                <td className="number">{formatCount(file.lines)}</td>
                <td className="number">{formatCount(file.events)}</td>
                <td>{timesReadAs(file)}</td>
                <td>{formatUtc(file.importedAt)}</td>
                <td>
                  <code className="hash">{file.sha256}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {evidence
        .filter((file) => file.unrecognized > 0)
        .map((file) => (
          <UnrecognizedLines key={file.id} file={file} />
        ))}
    </section>
  );
}
