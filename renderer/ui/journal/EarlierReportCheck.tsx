// "Check against an earlier report": the code printed in a report, or the report's PDF or the
// backup file itself, against today's journal. Says what is missing or changed, in plain words.
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useServices } from '../appServices';
import {
  checkAgainstEarlierReport,
  headFromCode,
  headInReportFile,
  type EarlierReportCheck as Finding,
} from '../../db/earlierReportCheck';
import type { ReportedHead } from '../../core/journal/journalHead';

export function EarlierReportCheck({ caseId }: { caseId: number }) {
  const { db } = useServices();
  const [code, setCode] = useState('');
  const [finding, setFinding] = useState<Finding | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function check(reported: ReportedHead | string) {
    setFinding(null);
    setProblem(null);
    if (typeof reported === 'string') setProblem(reported);
    else setFinding(await checkAgainstEarlierReport(db, caseId, reported));
  }

  async function checkCode(event: FormEvent) {
    event.preventDefault();
    await check(headFromCode(code));
  }

  async function checkFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await check(await headInReportFile(db, caseId, file));
  }

  return (
    <form className="earlier-report-check" onSubmit={checkCode} aria-label="Check against an earlier report">
      <h4>Check against an earlier report</h4>
      <label htmlFor={`report-code-${caseId}`}>Check code from the report (or its head)</label>
      <input
        id={`report-code-${caseId}`}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        placeholder="45-3f9a-c21b-7d04-e5a1"
        spellCheck={false}
      />
      <div className="form-row">
        <button type="submit">Check against an earlier report</button>
        <label className="file-label" htmlFor={`report-file-${caseId}`}>
          Or choose the report’s PDF or the backup file…
        </label>
        <input
          id={`report-file-${caseId}`}
          className="visually-hidden-file"
          type="file"
          accept=".pdf,.json,application/pdf,application/json"
          onChange={checkFile}
        />
      </div>
      {problem && <p role="status">{problem}</p>}
      {finding && (
        <div
          role={finding.outcome === 'contained' ? 'status' : 'alert'}
          className={`earlier-report-${finding.outcome}`}
        >
          <p>{finding.message}</p>
          {finding.signature && <p>{finding.signature}</p>}
        </div>
      )}
    </form>
  );
}
