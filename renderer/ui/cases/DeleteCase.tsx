// Deleting removes the case and every row that belongs to it, for good. The person types the
// case's title to confirm, and is reminded to save a backup first.
import { useState, type FormEvent } from 'react';
import { useServices } from '../appServices';
import { deleteCase } from '../../db/caseLifecycle';
import type { CaseRecord } from '../../db/schema';
import { useNavigation } from '../../state/store';

export function DeleteCase({ incidentCase }: { incidentCase: CaseRecord }) {
  const { db } = useServices();
  const { closeCase } = useNavigation();
  const [typed, setTyped] = useState('');
  const confirmed = typed === incidentCase.title;

  async function remove(event: FormEvent) {
    event.preventDefault();
    if (!confirmed) return;
    await deleteCase(db, incidentCase.id);
    closeCase();
  }

  return (
    <details className="panel danger-zone">
      <summary>Delete this case…</summary>
      <p>
        Deleting removes the case, its evidence and its journal from this computer. It cannot be undone: save
        a backup first if you may need it again.
      </p>
      <form onSubmit={remove} className="form-grid">
        <label htmlFor="delete-confirm">Type the case title to confirm</label>
        <input
          id="delete-confirm"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
        />
        <div className="form-actions">
          <button type="submit" className="danger" disabled={!confirmed}>
            Delete case for good
          </button>
        </div>
      </form>
    </details>
  );
}
