// Restoring a backup file. A restore never overwrites anything: every case in the file comes
// back as a new case with new ids (its title marked when one with that title already exists).
// A backup is hostile input: every row is validated for the version the file claims
// (backupRows.ts); rows that point at a case or evidence not in the file are refused; journal
// hashes are never recomputed (a backup older than the hash chain is refused instead), so a
// restore can never make a rewritten journal verify; and what the analysis found is recomputed
// from the evidence bytes, which must match the hash taken at import, so nothing can be planted.
// All or nothing: everything is read and checked first, then written in ONE transaction.
import type { Table } from 'dexie';
import { caseOwnedTables } from './caseTables';
import { newCaseKey } from './caseIdentity';
import { originalBytesOf } from './evidenceFiles';
import {
  carriedRowSchemas,
  newestRestorableVersion,
  oldestRestorableVersion,
  recomputedTables,
  RefusedBackupError,
  validateBackupRows,
  type CarriedRows,
} from './backupRows';
import { NotebookDatabase } from './schema';
import { hasPairedAttempts } from '../core/analysis/crossFileAttempts';
import { reanalyzeEvidence, type ReanalyzedEvidence } from '../workers/reanalyzeEvidence';
import { accountingFields } from '../core/analysis/lineAccounting';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { messageFormatId } from './suspiciousMessages';

export { RefusedBackupError } from './backupRows';

export type RestoredCase = {
  backupId: number;
  caseId: number;
  title: string;
  renamed: boolean;
  /** Evidence whose bytes the backup does not hold: what the analysis found is not restored. */
  notReanalyzed: string[];
};

export class NotABackupError extends Error {
  override name = 'NotABackupError';
}

/** Reads the file into a scratch database (dexie-export-import decodes the bytes) and returns its rows. */
async function readBackupRows(backup: Blob): Promise<{ version: number; rows: Map<string, unknown[]> }> {
  const { importInto, peakImportFile } = await import('dexie-export-import');
  let meta;
  try {
    meta = await peakImportFile(backup);
  } catch {
    throw new NotABackupError('This file is not an Incident Notebook backup (it is not a database export).');
  }
  const tables = new Set((meta.data?.tables ?? []).map((table) => table.name));
  if (meta.formatName !== 'dexie' || !tables.has('cases') || !tables.has('journal')) {
    throw new NotABackupError('This file is not an Incident Notebook backup (it has no cases or journal).');
  }
  const version = meta.data.databaseVersion;
  if (!Number.isInteger(version) || version < oldestRestorableVersion) {
    throw new RefusedBackupError(
      `the file says it was made by database version ${version}, from before the journal was hash-chained. ` +
        'Computing its chain now would vouch for entries nobody can check.',
    );
  }
  if (version > newestRestorableVersion) {
    throw new RefusedBackupError(
      `the file was made by a newer version of the app (database version ${version}).`,
    );
  }
  const known = new Set([...Object.keys(carriedRowSchemas(version)), ...recomputedTables]);
  const unknown = [...tables].filter((name) => !known.has(name));
  if (unknown.length > 0)
    throw new RefusedBackupError(`the file holds tables this version does not know (${unknown.join(', ')}).`);
  const scratch = new NotebookDatabase(`incident-notebook-restore-${Date.now()}-${Math.random()}`);
  try {
    await importInto(scratch, backup, {
      acceptNameDiff: true,
      acceptVersionDiff: true,
      acceptMissingTables: true,
    });
    const rows = new Map<string, unknown[]>();
    for (const name of Object.keys(carriedRowSchemas(version)))
      rows.set(name, await scratch.table(name).toArray());
    return { version, rows };
  } finally {
    scratch.close();
    await scratch.delete();
  }
}

/** Every row must name a case of the file, and evidence or an entry of the same case. */
function refuseForeignReferences(rows: CarriedRows): void {
  const cases = new Set(rows.cases.map((row) => row.id));
  const caseOfEvidence = new Map(rows.evidence.map((row) => [row.id, row.caseId]));
  const caseOfEntry = new Map(rows.journal.map((row) => [row.id, row.caseId]));
  const refuse = (what: string) => {
    throw new RefusedBackupError(`${what}: such rows could land in another case.`);
  };
  for (const [table, tableRows] of Object.entries(rows) as [string, { caseId?: number }[]][]) {
    if (table === 'cases') continue;
    for (const row of tableRows) {
      if (!cases.has(row.caseId ?? -1))
        refuse(`a row of "${table}" names case ${row.caseId}, which is not in the file`);
    }
  }
  for (const file of rows.evidenceFiles) {
    if (caseOfEvidence.get(file.evidenceId) !== file.caseId) {
      refuse(`the bytes of evidence ${file.evidenceId} belong to no evidence of their case`);
    }
  }
  for (const entry of rows.journal) {
    if (entry.corrects !== undefined && caseOfEntry.get(entry.corrects) !== entry.caseId) {
      refuse(`journal entry ${entry.seq} corrects an entry that is not in its case`);
    }
  }
}

type Reanalysis = Map<number, ReanalyzedEvidence>;

/** The bytes of a suspicious message: no log, so nothing to re-analyse, only the hash to check. */
type MessageFiles = Map<number, { encoding: 'identity'; bytes: Blob }>;

async function checkedMessageFile(bytes: Blob, evidence: { name: string; sha256: string }) {
  const hash = bytesToHex(sha256(new Uint8Array(await bytes.arrayBuffer())));
  if (hash !== evidence.sha256) {
    throw new RefusedBackupError(
      `the bytes of "${evidence.name}" are not what was imported (SHA-256 ${hash}, imported as ${evidence.sha256}).`,
    );
  }
}

/** Reads each evidence file again; its bytes must be exactly what was imported. */
async function reanalyzeAll(rows: CarriedRows, messages: MessageFiles): Promise<Reanalysis> {
  const found: Reanalysis = new Map();
  const evidenceById = new Map(rows.evidence.map((row) => [row.id, row]));
  for (const file of rows.evidenceFiles) {
    const evidence = evidenceById.get(file.evidenceId);
    if (!evidence || evidence.status !== 'complete') continue;
    if (evidence.formatId === messageFormatId) {
      const bytes = await originalBytesOf(file);
      await checkedMessageFile(bytes, evidence);
      messages.set(evidence.id, { encoding: 'identity', bytes });
      continue;
    }
    const result = await reanalyzeEvidence(await originalBytesOf(file), evidence);
    if (result.sha256 !== evidence.sha256) {
      throw new RefusedBackupError(
        `the bytes of "${evidence.name}" are not what was imported (SHA-256 ${result.sha256}, imported as ${evidence.sha256}).`,
      );
    }
    found.set(evidence.id, result);
  }
  return found;
}

export async function restoreBackup(db: NotebookDatabase, backup: Blob): Promise<RestoredCase[]> {
  const { version, rows: rawRows } = await readBackupRows(backup);
  const rows = validateBackupRows(version, rawRows);
  refuseForeignReferences(rows);
  const messageFiles: MessageFiles = new Map();
  const reanalysis = await reanalyzeAll(rows, messageFiles);
  const existingTitles = new Set((await db.cases.toArray()).map((incidentCase) => incidentCase.title));
  const tables: Table[] = [db.cases, ...caseOwnedTables(db)];
  return db.transaction('rw', tables, async () => {
    const restored: RestoredCase[] = [];
    for (const incidentCase of rows.cases) {
      const { id: backupId, ...fields } = incidentCase;
      const title = existingTitles.has(fields.title) ? `${fields.title} (restored)` : fields.title;
      const caseId = await db.cases.add({ ...fields, title, caseKey: fields.caseKey ?? newCaseKey() });
      const ofCase = <Row extends { caseId: number }>(list: Row[]) =>
        list.filter((row) => row.caseId === backupId);
      const evidenceIds = new Map<number, number>();
      const notReanalyzed: string[] = [];
      for (const { id: oldId, ...evidence } of ofCase(rows.evidence)) {
        if (evidence.status !== 'complete') continue; // an import cut off when the backup was made
        const again = reanalysis.get(oldId);
        const summary = again?.analysis.summary;
        const evidenceId = await db.evidence.add({
          ...evidence,
          caseId,
          ...(summary
            ? {
                lines: summary.lines,
                events: summary.events,
                unrecognized: summary.unrecognized,
                unrecognizedSample: summary.unrecognizedSample,
                ...accountingFields(summary),
                readingNotes: summary.notes,
                unplacedAttempts: again?.analysis.unplacedAttempts,
              }
            : {}),
        });
        evidenceIds.set(oldId, evidenceId);
        const message = messageFiles.get(oldId);
        if (message) {
          await db.evidenceFiles.put({ caseId, evidenceId, ...message });
          continue;
        }
        if (!again) {
          notReanalyzed.push(evidence.name);
          continue;
        }
        const perEvidence = { caseId, evidenceId };
        const { analysis, stored } = again;
        await db.evidenceFiles.put({ ...perEvidence, ...stored });
        await db.attemptTimelines.put({ ...analysis.timeline, ...perEvidence });
        if (hasPairedAttempts(analysis.twoFileAttempts))
          await db.pairedAttempts.put({ ...analysis.twoFileAttempts, ...perEvidence });
        await db.attackSources.bulkAdd(analysis.sources.map((source) => ({ ...source, ...perEvidence })));
        await db.logins.bulkAdd(analysis.logins.map((login) => ({ ...login, ...perEvidence })));
        await db.notableEvents.bulkAdd(analysis.notableEvents.map((event) => ({ ...event, ...perEvidence })));
      }
      // Ascending id = the order rows were written, so a correction follows what it corrects.
      const entryIds = new Map<number, number>();
      for (const { id: oldId, corrects, ...entry } of ofCase(rows.journal).sort((a, b) => a.id - b.id)) {
        const newCorrects = corrects === undefined ? undefined : entryIds.get(corrects);
        entryIds.set(oldId, await db.journal.add({ ...entry, caseId, corrects: newCorrects }));
      }
      for (const { id: _id, ...seal } of ofCase(rows.journalSeals))
        await db.journalSeals.add({ ...seal, caseId });
      for (const { id: _id, ...row } of ofCase(rows.addressLookups))
        await db.addressLookups.add({ ...row, caseId });
      for (const { id: _id, ...row } of ofCase(rows.caseDecisions))
        await db.caseDecisions.add({ ...row, caseId });
      for (const { id: _id, ...row } of ofCase(rows.reportEdits))
        await db.reportEdits.add({ ...row, caseId });
      for (const { id: _id, ...row } of ofCase(rows.correspondence))
        await db.correspondence.add({ ...row, caseId });
      restored.push({ backupId, caseId, title, renamed: title !== fields.title, notReanalyzed });
    }
    return restored;
  });
}
