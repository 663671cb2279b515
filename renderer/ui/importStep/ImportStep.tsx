import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../appServices';
import { caseAttackSources, caseEvidence, caseLogins } from '../../db/queries';
import { useImportState } from '../../state/store';
import { readSettings } from '../../db/settings';
import { LogFilePicker, logFilesInputId } from './LogFilePicker';
import { FormatChoice } from './FormatChoice';
import { TimeQuestionForm } from './TimeQuestionForm';
import { startingZone } from './zoneChoices';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportOutcomes } from './ImportOutcomes';
import { EvidenceList } from './EvidenceList';
import { AttackFindings } from './AttackFindings';

export function ImportStep({ caseId }: { caseId: number }) {
  const { db, importRunner } = useServices();
  const { runningImport, importOutcomes, readingPick, timeQuestion } = useImportState();
  const [formatId, setFormatId] = useState<string | undefined>(undefined);
  // One query so the evidence, the addresses and the logins always describe the same imports.
  const findings = useLiveQuery(
    async () => ({
      evidence: await caseEvidence(db, caseId),
      sources: await caseAttackSources(db, caseId),
      logins: await caseLogins(db, caseId),
    }),
    [db, caseId],
  );
  const question = timeQuestion?.caseId === caseId ? timeQuestion : null;
  const reading = readingPick?.caseId === caseId ? readingPick : null;
  const busy = runningImport !== null || reading !== null || question !== null;

  // After "Cancel" on the time question, the keyboard continues where the pick started.
  const focusPicker = useRef(false);
  useEffect(() => {
    if (busy || !focusPicker.current) return;
    focusPicker.current = false;
    document.getElementById(logFilesInputId)?.focus();
  }, [busy]);

  return (
    <div className="import-step">
      <h2>Import the logs</h2>
      <p>
        Add the server&apos;s login log, copied off the server: <code>/var/log/auth.log</code> on Debian and
        Ubuntu, <code>/var/log/secure</code> on Red Hat, Rocky and Alma, with its older <code>.1</code> and{' '}
        <code>.gz</code> files if the attack started earlier. The files stay on this computer.
      </p>
      <details className="import-kinds">
        <summary>What else it reads</summary>
        <p>
          Mail, FTP and web server logs, fail2ban, Logwatch reports, compressed rotated logs (auth.log.2.gz)
          as they are, and Windows event logs: the Security log as Windows saves it (Security.evtx, from Event
          Viewer&apos;s &ldquo;Save All Events As…&rdquo;), or an XML, JSON or CSV export of it. Where a log
          writes its times without a year or a time zone, you are asked for them after choosing the files.
          Nothing is sent anywhere.
        </p>
      </details>
      {question ? (
        // In the picker's place until answered or cancelled: one question at a time.
        <TimeQuestionForm
          question={question}
          onImport={(times) => void importRunner.answerTimeQuestion(times)}
          onCancel={() => {
            focusPicker.current = true;
            importRunner.dropTimeQuestion();
          }}
        />
      ) : (
        <div className="panel">
          <LogFilePicker
            disabled={busy}
            onFiles={async (files) => {
              // Read from the database, not the live query: files picked right after the page
              // opened must still get the zone from "Your details".
              const { timeZone } = await readSettings(db);
              await importRunner.pickFiles(caseId, files, { timeZone: startingZone(timeZone), formatId });
            }}
          />
          <FormatChoice value={formatId} onChange={setFormatId} disabled={busy} />
        </div>
      )}
      {reading && (
        <p role="status">
          Reading the first lines of {reading.fileCount === 1 ? 'the file' : `${reading.fileCount} files`}…
        </p>
      )}
      {runningImport && runningImport.caseId === caseId && (
        <ImportProgressBar progress={runningImport} onCancel={importRunner.cancel} />
      )}
      <ImportOutcomes
        outcomes={importOutcomes}
        busy={busy}
        onImportReadablePart={(outcome) => void importRunner.importReadablePart(outcome)}
      />
      {findings && <EvidenceList evidence={findings.evidence} />}
      {findings && findings.evidence.length > 0 && (
        <AttackFindings sources={findings.sources} logins={findings.logins} evidence={findings.evidence} />
      )}
    </div>
  );
}
