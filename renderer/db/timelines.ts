// The per-minute attempt counts of a case's evidence, for the Confirm step's chart and for
// "did the logs start mid-attack?". Only finished imports count.
import type { AttemptTimeline } from '../core/analysis/attemptTimeline';
import type { NotebookDatabase } from './schema';
import type { NotableEvent } from '../core/analysis/notableEvent';
import { caseEvidence } from './queries';

export async function caseTimelines(db: NotebookDatabase, caseId: number): Promise<AttemptTimeline[]> {
  const complete = new Set((await caseEvidence(db, caseId)).map((row) => row.id));
  const rows = await db.attemptTimelines.where('caseId').equals(caseId).toArray();
  return rows
    .filter((row) => complete.has(row.evidenceId))
    .map(({ evidenceId: _evidence, caseId: _case, ...timeline }) => timeline);
}

/** Logins, sessions, sudo … of the case's finished imports, oldest first, with the file they came from. */
export async function caseNotableEvents(
  db: NotebookDatabase,
  caseId: number,
): Promise<(NotableEvent & { file: string })[]> {
  const evidence = await caseEvidence(db, caseId);
  const names = new Map(evidence.map((row) => [row.id, row.name]));
  const rows = await db.notableEvents.where('caseId').equals(caseId).toArray();
  return rows
    .filter((row) => names.has(row.evidenceId))
    .map(({ id: _id, caseId: _case, evidenceId, ...event }) => ({
      ...event,
      file: names.get(evidenceId) ?? '',
    }))
    .sort((a, b) => a.time - b.time || a.line - b.line);
}
