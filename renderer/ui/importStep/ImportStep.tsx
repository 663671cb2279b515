import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../appServices';
import { caseAttackSources, caseEvidence, caseLogins } from '../../db/queries';
import { useImportState } from '../../state/store';
import type { TimeAssumptions } from '../../core/logs/logFormat';
import { LogFilePicker } from './LogFilePicker';
import { FormatChoice } from './FormatChoice';
import { TimeAssumptionFields, defaultTimeAssumptions } from './TimeAssumptionFields';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportOutcomes } from './ImportOutcomes';
import { EvidenceList } from './EvidenceList';
import { AttackFindings } from './AttackFindings';

export function ImportStep({ caseId }: { caseId: number }) {
  const { db, importRunner } = useServices();
  const { runningImport, importOutcomes } = useImportState();
  const [time, setTime] = useState<TimeAssumptions>(defaultTimeAssumptions);
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
  const importing = runningImport !== null;

  return (
    <div className="import-step">
      <h2>Import the logs</h2>
      <p>
        Add the server&apos;s login log: on Debian and Ubuntu it is <code>/var/log/auth.log</code>, on Red
        Hat, Rocky and Alma Linux <code>/var/log/secure</code> (add the older <code>.1</code> and{' '}
        <code>.gz</code> files too if the attack started earlier). Mail, FTP and web server logs, fail2ban,
        Logwatch reports and Windows Security event exports are read as well. Copy the files off the server
        first; they stay on this computer and nothing is sent anywhere.
      </p>
      <div className="panel">
        <LogFilePicker
          disabled={importing}
          onFiles={(files) => importRunner.importFiles(caseId, files, time, formatId)}
        />
        <TimeAssumptionFields value={time} onChange={setTime} disabled={importing} />
        <FormatChoice value={formatId} onChange={setFormatId} disabled={importing} />
      </div>
      {runningImport && runningImport.caseId === caseId && (
        <ImportProgressBar progress={runningImport} onCancel={importRunner.cancel} />
      )}
      <ImportOutcomes outcomes={importOutcomes} />
      {findings && <EvidenceList evidence={findings.evidence} />}
      {findings && findings.evidence.length > 0 && (
        <AttackFindings sources={findings.sources} logins={findings.logins} />
      )}
    </div>
  );
}
