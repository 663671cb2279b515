// Restoring a backup file. A restore never overwrites anything: every case in the file comes
// back as a new case with new ids (its title marked when one with that title already exists).
// The file is first read into a scratch database by dexie-export-import; the rows are then
// copied with their ids remapped in ONE transaction, so a failure leaves the notebook as it was.
import type { Table } from 'dexie';
import { caseOwnedTables } from './caseTables';
import { chainUnhashedJournalEntries } from './journalMigration';
import { NotebookDatabase } from './schema';

/**
 * Fields that hold the id of a row in another table. A case table whose rows point at rows of
 * another case table adds its field here, so a restore keeps the pointer right.
 */
export const idReferences: Readonly<Record<string, string>> = {
  caseId: 'cases',
  evidenceId: 'evidence',
  corrects: 'journal',
};

export type RestoredCase = { backupId: number; caseId: number; title: string; renamed: boolean };

export class NotABackupError extends Error {
  override name = 'NotABackupError';
}

async function readBackupInto(scratch: NotebookDatabase, backup: Blob): Promise<void> {
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
  await importInto(scratch, backup, {
    acceptNameDiff: true,
    acceptVersionDiff: true,
    acceptMissingTables: true,
  });
  // A backup written before the hash chain (schema v4) gets its chain computed as the upgrade would.
  if (meta.data.databaseVersion < 4) await chainUnhashedJournalEntries(scratch.table('journal'));
}

/** Parents before the rows pointing at them: cases, then referenced tables, then the rest. */
function copyOrder(db: NotebookDatabase): Table[] {
  const referenced = new Set(Object.values(idReferences));
  const tables = caseOwnedTables(db);
  return [
    db.cases,
    ...tables.filter((table) => referenced.has(table.name)),
    ...tables.filter((table) => !referenced.has(table.name)),
  ];
}

export async function restoreBackup(db: NotebookDatabase, backup: Blob): Promise<RestoredCase[]> {
  const scratch = new NotebookDatabase(`incident-notebook-restore-${Date.now()}-${Math.random()}`);
  try {
    await readBackupInto(scratch, backup);
    const order = copyOrder(db);
    const existingTitles = new Set((await db.cases.toArray()).map((incidentCase) => incidentCase.title));
    // Read before the transaction: awaiting another database inside it would let it commit early.
    // Ascending primary key = the order rows were written, so a correction follows what it corrects.
    const backupRows = new Map<string, Record<string, unknown>[]>();
    for (const table of order) backupRows.set(table.name, await scratch.table(table.name).toArray());
    return await db.transaction('rw', order, async () => {
      const newIds = new Map<string, Map<unknown, unknown>>(order.map((table) => [table.name, new Map()]));
      const restored: RestoredCase[] = [];
      for (const table of order) {
        const primaryKey = table.schema.primKey;
        for (const row of backupRows.get(table.name) ?? []) {
          const copy: Record<string, unknown> = { ...row };
          for (const [field, target] of Object.entries(idReferences)) {
            if (copy[field] !== undefined && newIds.get(target)?.has(copy[field])) {
              copy[field] = newIds.get(target)?.get(copy[field]);
            }
          }
          const backupId = primaryKey.name ? row[primaryKey.name] : undefined;
          if (table.name === 'cases') {
            const title = String(copy.title);
            copy.title = existingTitles.has(title) ? `${title} (restored)` : title;
          }
          if (primaryKey.auto && primaryKey.name) delete copy[primaryKey.name];
          const newId = await table.add(copy);
          if (primaryKey.auto) newIds.get(table.name)?.set(backupId, newId);
          if (table.name === 'cases') {
            restored.push({
              backupId: backupId as number,
              caseId: newId as number,
              title: String(copy.title),
              renamed: copy.title !== row.title,
            });
          }
        }
      }
      return restored;
    });
  } finally {
    scratch.close();
    await scratch.delete();
  }
}
