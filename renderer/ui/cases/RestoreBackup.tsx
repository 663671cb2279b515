// Restoring a backup file, from this or another computer. Always as new cases: nothing that is
// already here is overwritten, and the person is told how each restored journal verified.
import { useState, type ChangeEvent } from 'react';
import { useServices } from '../appServices';
import { restoreBackup } from '../../db/backupRestore';
import { recordRestore, sha256OfBytes, type RestoreReport } from '../../db/backupRecord';
import { usePersonSettings } from '../settings/usePersonSettings';

export function RestoreBackup() {
  const { db } = useServices();
  const { name } = usePersonSettings();
  const [reports, setReports] = useState<RestoreReport[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function restore(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setProblem(null);
    setReports(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const restored = await restoreBackup(db, new Blob([bytes]));
      setReports(
        await recordRestore(db, restored, { fileName: file.name, sha256: sha256OfBytes(bytes) }, name),
      );
    } catch (error) {
      setProblem(
        `Nothing was restored: ${error instanceof Error ? error.message : String(error)} Your cases are unchanged.`,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="restore-backup">
      <label className="file-label" htmlFor="restore-file">
        Restore from a backup file…
      </label>
      <input
        id="restore-file"
        className="visually-hidden-file"
        type="file"
        accept=".json,application/json"
        onChange={restore}
        disabled={busy}
      />
      {busy && <p role="status">Restoring…</p>}
      {problem && <p role="alert">{problem}</p>}
      {reports && (
        <div role="status">
          <p>
            Restored {reports.length} {reports.length === 1 ? 'case' : 'cases'} as new{' '}
            {reports.length === 1 ? 'case' : 'cases'}. Nothing already here was changed.
          </p>
          <ul>
            {reports.map((report) => (
              <li key={report.caseId}>
                {report.title}
                {report.renamed &&
                  ' (a case with the same title already existed, so this copy is marked)'}:{' '}
                {report.tone === 'tampered'
                  ? `WARNING, the record does not check: ${report.sentence}`
                  : report.sentence}
                {report.notReanalyzed.length > 0 &&
                  ` Not analysed again, because the backup holds no bytes of them: ${report.notReanalyzed.join(', ')}.`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
