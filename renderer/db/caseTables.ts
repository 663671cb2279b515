// Which tables hold a case's rows. Found from the schema rather than listed by hand, so a table
// another step adds later (with an indexed caseId, as every case table must have) is deleted,
// backed up and restored with its case without anyone remembering to add it here.
import type { Table } from 'dexie';
import type { NotebookDatabase } from './schema';

/** Every table except `cases` whose rows carry an indexed caseId. */
export function caseOwnedTables(db: NotebookDatabase): Table[] {
  return db.tables.filter(
    (table) =>
      table.name !== 'cases' &&
      (table.schema.primKey.name === 'caseId' ||
        table.schema.indexes.some((index) => index.name === 'caseId')),
  );
}
