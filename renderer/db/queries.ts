// The reads and writes the screens need. Components call these, never the tables directly.
import type { NotebookDatabase, CaseRecord, EvidenceRecord } from './schema';
import type { AttackSource, Login } from '../core/analysis/attackSource';
import { mergeAttackSources, flagLogins } from '../core/analysis/attackTally';
import { mergeFileSources, type FileAttempts } from '../core/analysis/crossFileAttempts';
import { newCaseKey } from './caseIdentity';

export type NewCase = Pick<CaseRecord, 'title' | 'server' | 'description' | 'noticedBy'>;

export async function createCase(db: NotebookDatabase, fields: NewCase, now = Date.now()): Promise<number> {
  return db.cases.add({ ...fields, status: 'open', createdAt: now, updatedAt: now, caseKey: newCaseKey() });
}

export async function updateCase(
  db: NotebookDatabase,
  caseId: number,
  fields: Partial<NewCase>,
  now = Date.now(),
): Promise<void> {
  await db.cases.update(caseId, { ...fields, updatedAt: now });
}

/** Newest activity first. */
export async function listCases(db: NotebookDatabase): Promise<CaseRecord[]> {
  return db.cases.orderBy('updatedAt').reverse().toArray();
}

export async function getCase(db: NotebookDatabase, caseId: number): Promise<CaseRecord | undefined> {
  return db.cases.get(caseId);
}

/** Only finished imports: a file still importing (or cut off) is never shown as evidence. */
export async function caseEvidence(db: NotebookDatabase, caseId: number): Promise<EvidenceRecord[]> {
  const rows = await db.evidence.where('caseId').equals(caseId).toArray();
  return rows.filter((row) => row.status === 'complete').sort((a, b) => a.importedAt - b.importedAt);
}

async function completeEvidenceIds(db: NotebookDatabase, caseId: number): Promise<Set<number>> {
  return new Set((await caseEvidence(db, caseId)).map((row) => row.id));
}

/** Every address seen in the case's evidence, merged across files, most attempts first. */
export async function caseAttackSources(db: NotebookDatabase, caseId: number): Promise<AttackSource[]> {
  const complete = await completeEvidenceIds(db, caseId);
  const rows = await db.attackSources.where('caseId').equals(caseId).toArray();
  const perFile = new Map<number, AttackSource[]>();
  for (const { id, caseId: _, evidenceId, ...source } of rows) {
    if (!complete.has(evidenceId)) continue;
    const list = perFile.get(evidenceId) ?? [];
    list.push(source);
    perFile.set(evidenceId, list);
  }
  // One attempt written into two files (vsftpd.log and auth.log …) counts once, as in the CLI.
  const paired = new Map<number, FileAttempts>();
  await db.pairedAttempts
    .where('caseId')
    .equals(caseId)
    .each(({ evidenceId, caseId: _, ...attempts }) => {
      if (complete.has(evidenceId)) paired.set(evidenceId, attempts);
    });
  if (paired.size === 0) return mergeAttackSources([...perFile.values()]);
  return mergeFileSources(
    [...perFile].map(([evidenceId, sources]) => ({ sources, twoFileAttempts: paired.get(evidenceId) })),
  );
}

/** Every successful login, flagged against the addresses of the whole case. */
export async function caseLogins(db: NotebookDatabase, caseId: number): Promise<Login[]> {
  const complete = await completeEvidenceIds(db, caseId);
  const rows = await db.logins.where('caseId').equals(caseId).toArray();
  const logins = rows
    .filter((row) => complete.has(row.evidenceId))
    .map(({ id: _id, caseId: _case, evidenceId: _evidence, ...login }) => login)
    .sort((a, b) => a.time - b.time);
  return flagLogins(logins, await caseAttackSources(db, caseId));
}

export async function findEvidenceByHash(
  db: NotebookDatabase,
  caseId: number,
  sha256: string,
): Promise<EvidenceRecord | undefined> {
  const rows = await db.evidence.where('[caseId+sha256]').equals([caseId, sha256]).toArray();
  return rows.find((row) => row.status === 'complete');
}

/** Removes an unfinished import and everything it wrote, in one transaction. */
export async function discardEvidence(db: NotebookDatabase, evidenceId: number): Promise<void> {
  const tables = [
    db.evidence,
    db.attackSources,
    db.logins,
    db.notableEvents,
    db.attemptTimelines,
    db.pairedAttempts,
  ];
  await db.transaction('rw', tables, async () => {
    await db.attemptTimelines.delete(evidenceId);
    await db.pairedAttempts.delete(evidenceId);
    await db.attackSources.where('evidenceId').equals(evidenceId).delete();
    await db.logins.where('evidenceId').equals(evidenceId).delete();
    await db.notableEvents.where('evidenceId').equals(evidenceId).delete();
    await db.evidence.delete(evidenceId);
  });
}

/**
 * At start-up no import can be running (the worker died with the last page), so any evidence
 * still marked 'importing' was cut off: remove it so a case never shows half an import.
 */
export async function discardInterruptedImports(db: NotebookDatabase): Promise<number> {
  const interrupted = await db.evidence.where('status').equals('importing').primaryKeys();
  for (const evidenceId of interrupted) await discardEvidence(db, evidenceId);
  return interrupted.length;
}
