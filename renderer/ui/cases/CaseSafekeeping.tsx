// Keeping the case safe: re-check the evidence hashes, save a backup file, save the attacking
// addresses as a spreadsheet-safe CSV.
import { useState } from 'react';
import { useServices } from '../appServices';
import { verifyCaseEvidence, type EvidenceCheck } from '../../db/evidenceVerification';
import { caseAttackSources } from '../../db/queries';
import { attackSourcesCsv } from '../../core/export/attackSourcesCsv';
import type { CaseRecord } from '../../db/schema';
import { usePersonSettings } from '../settings/usePersonSettings';
import { useSaveBackup } from './useSaveBackup';
import { backupFileName } from '../../db/backupFile';

const outcomeText: Record<EvidenceCheck['outcome'], string> = {
  matches: 'unchanged: matches the SHA-256 taken at import',
  differs: 'CHANGED: does not match the SHA-256 taken at import',
  missing: 'cannot be checked: the original file was not kept for this import',
};

export function CaseSafekeeping({ incidentCase }: { incidentCase: CaseRecord }) {
  const { db, api } = useServices();
  const { name } = usePersonSettings();
  const saveBackup = useSaveBackup();
  const [checks, setChecks] = useState<EvidenceCheck[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function verify() {
    setChecks(await verifyCaseEvidence(db, incidentCase.id, name));
  }

  async function saveCsv() {
    const csv = attackSourcesCsv(await caseAttackSources(db, incidentCase.id));
    const result = await api.saveFile({
      suggestedName: backupFileName(incidentCase.title).replace(/\.json$/, '-attacking-addresses.csv'),
      mimeType: 'text/csv',
      bytes: new TextEncoder().encode(csv),
    });
    setMessage(result.saved ? `Saved the attacking addresses as ${result.path}.` : 'Not saved.');
  }

  return (
    <section className="panel" aria-labelledby="safekeeping-title">
      <h3 id="safekeeping-title">Keep the evidence safe</h3>
      <p>
        Check that the evidence files are still exactly what was imported, and keep a copy of the whole case.
      </p>
      <div className="button-row">
        <button type="button" onClick={verify}>
          Verify evidence
        </button>
        <button
          type="button"
          onClick={async () => setMessage(await saveBackup([incidentCase.id], incidentCase.title))}
        >
          Save a backup of this case
        </button>
        <button type="button" onClick={saveCsv}>
          Save attacking addresses as CSV
        </button>
      </div>
      {checks && (
        <div role="status">
          {checks.length === 0 ? (
            <p>There is no evidence in this case yet.</p>
          ) : (
            <ul>
              {checks.map((check) => (
                <li key={check.evidenceId}>
                  {check.name}: {outcomeText[check.outcome]}
                </li>
              ))}
            </ul>
          )}
          <p>The result is in the journal.</p>
        </div>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
