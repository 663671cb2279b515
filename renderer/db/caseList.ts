// The case list: each case with the time of its last activity, which is the later of its last
// change and its newest journal entry (every step journals what it does).
import type { CaseRecord, NotebookDatabase } from './schema';

export type CaseSummary = CaseRecord & { lastActivity: number };

/** Most recent activity first. */
export async function listCaseSummaries(db: NotebookDatabase): Promise<CaseSummary[]> {
  const cases = await db.cases.toArray();
  const summaries = await Promise.all(
    cases.map(async (incidentCase) => {
      const newest = await db.journal.where('caseId').equals(incidentCase.id).last();
      return { ...incidentCase, lastActivity: Math.max(incidentCase.updatedAt, newest?.writtenAt ?? 0) };
    }),
  );
  return summaries.sort((a, b) => b.lastActivity - a.lastActivity);
}
