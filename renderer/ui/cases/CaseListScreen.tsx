import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../appServices';
import { listCaseSummaries } from '../../db/caseList';
import { useNavigation } from '../../state/store';
import { NewCaseForm } from './NewCaseForm';
import { SampleCaseButton } from './SampleCaseButton';
import { CaseTable } from './CaseTable';
import { RestoreBackup } from './RestoreBackup';
import { StorageStatus } from './StorageStatus';
import { useSaveBackup } from './useSaveBackup';

export function CaseListScreen() {
  const { db } = useServices();
  const { openCase } = useNavigation();
  const saveBackup = useSaveBackup();
  const [backupMessage, setBackupMessage] = useState<string | null>(null);
  const cases = useLiveQuery(() => listCaseSummaries(db), [db]);
  if (cases === undefined) return <p role="status">Opening your cases…</p>;

  return (
    <div className="case-list-screen">
      {cases.length === 0 ? (
        <section className="welcome" aria-labelledby="welcome-title">
          <h1 id="welcome-title">Found something alarming in a server log?</h1>
          <p>
            Incident Notebook helps you find out what happened, whether anyone got in, and who to tell — and
            keeps a record of every step. Start a case for what you noticed, then add the server&apos;s logs.
          </p>
          <p>Not sure yet? Try it with a sample log first: it shows the whole app in one click.</p>
          <SampleCaseButton />
        </section>
      ) : (
        <section aria-labelledby="cases-title">
          <h1 id="cases-title">Your cases</h1>
          <CaseTable cases={cases} onOpen={(caseId) => openCase(caseId, 'import')} />
          <p className="next-step">Open a case to continue it, or start a new one below.</p>
          <div className="button-row">
            <SampleCaseButton />
            <button
              type="button"
              onClick={async () =>
                setBackupMessage(
                  await saveBackup(
                    cases.map((incidentCase) => incidentCase.id),
                    'all cases',
                  ),
                )
              }
            >
              Save a backup of all cases
            </button>
          </div>
          {backupMessage && <p role="status">{backupMessage}</p>}
        </section>
      )}
      <NewCaseForm onCreated={(caseId) => openCase(caseId, 'import')} />
      <section className="panel" aria-labelledby="restore-title">
        <h2 id="restore-title">Restore a backup</h2>
        <p>
          Bring back cases saved on this or another computer. They are added as new cases; nothing here is
          replaced.
        </p>
        <RestoreBackup />
      </section>
      <StorageStatus />
    </div>
  );
}
