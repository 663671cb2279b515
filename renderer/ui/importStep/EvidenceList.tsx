import type { EvidenceRecord } from '../../db/schema';
import { formatBytes, formatCount, formatUtc } from '../shared/format';

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
                <td>
                  {file.timeZone}, {file.year}
                </td>
                <td>{formatUtc(file.importedAt)}</td>
                <td>
                  <code className="hash">{file.sha256}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
