// A fresh notebook (fake-indexeddb) that already holds cases 1…count: every journal entry names
// its case, so a journal can only be written for a case that exists.
import { NotebookDatabase } from '../../renderer/db/schema';
import { createCase } from '../../renderer/db/queries';

export async function notebookWithCases(name: string, count = 2): Promise<NotebookDatabase> {
  const db = new NotebookDatabase(`${name}-${Math.random()}`);
  for (let number = 1; number <= count; number++) {
    await createCase(db, { title: `Case ${number}`, server: '', description: '', noticedBy: '' });
  }
  return db;
}
