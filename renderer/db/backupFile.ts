// Writing a backup file: one case or all cases, with every row of every table that belongs to
// them (the evidence's original bytes included), in dexie-export-import's JSON format. The
// person's settings are not in it: they belong to the person, not to the cases.
import { caseOwnedTables } from './caseTables';
import type { NotebookDatabase } from './schema';

export async function exportCasesToBackup(db: NotebookDatabase, caseIds: readonly number[]): Promise<Blob> {
  const wanted = new Set(caseIds);
  const caseTables = new Set(caseOwnedTables(db).map((table) => table.name));
  const skipTables = db.tables
    .map((table) => table.name)
    .filter((name) => name !== 'cases' && !caseTables.has(name));
  // Loaded on first use: most sessions never make a backup.
  const { exportDB } = await import('dexie-export-import');
  return exportDB(db, {
    skipTables,
    filter: (table, value: { id?: unknown; caseId?: unknown }) =>
      table === 'cases' ? wanted.has(value.id as number) : wanted.has(value.caseId as number),
  });
}

/** "incident-notebook-failed-logins-on-srv01-2026-11-21.json": says what it is and when. */
export function backupFileName(label: string, now = Date.now()): string {
  const slug =
    label
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'cases';
  return `incident-notebook-${slug}-${new Date(now).toISOString().slice(0, 10)}.json`;
}
