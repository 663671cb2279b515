// The case gathered for the Report and Follow-up steps, kept fresh as the case changes.
// Two live queries on purpose: gathering reads the evidence files (a Blob read, not a Dexie call),
// and Dexie stops tracking a live query's reads after its first non-Dexie await, so the edits
// must be watched by a query of their own.
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../appServices';
import { gatherCaseReport, readReportEdits, type CaseReport, type CaseReportEdits } from '../../db/reports';

export function useCaseReport(
  caseId: number,
): { report: CaseReport; edits: CaseReportEdits } | null | undefined {
  const { db } = useServices();
  const report = useLiveQuery(async () => (await gatherCaseReport(db, caseId)) ?? null, [db, caseId]);
  const edits = useLiveQuery(() => readReportEdits(db, caseId), [db, caseId]);
  if (report === undefined || edits === undefined) return undefined;
  if (report === null) return null;
  return { report, edits };
}
