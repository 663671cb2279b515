// Writing a backup file: one case or all cases, with what cannot be recomputed — the cases, their
// journals and signed heads, the evidence with its original bytes, decisions, edits, lookups and
// correspondence — in dexie-export-import's JSON format. What the analysis found is left out: a
// restore recomputes it from the evidence (backupRestore.ts). The person's settings are not in it:
// they belong to the person, not to the cases.
import { caseOwnedTables } from './caseTables';
import { recomputedTables } from './backupRows';
import type { NotebookDatabase } from './schema';

export async function exportCasesToBackup(db: NotebookDatabase, caseIds: readonly number[]): Promise<Blob> {
  const wanted = new Set(caseIds);
  const recomputed = new Set<string>(recomputedTables);
  const caseTables = new Set(
    caseOwnedTables(db)
      .map((table) => table.name)
      .filter((name) => !recomputed.has(name)),
  );
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
