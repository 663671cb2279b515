// Closing asks for a closing note (what was done, why it can be closed); a closed case can be
// reopened. Both are journaled.
import { useState, type FormEvent } from 'react';
import { useServices } from '../appServices';
import { closeCase, reopenCase } from '../../db/caseLifecycle';
import type { CaseRecord } from '../../db/schema';
import { usePersonSettings } from '../settings/usePersonSettings';

export function CaseClosing({ incidentCase }: { incidentCase: CaseRecord }) {
  const { db } = useServices();
  const { name } = usePersonSettings();
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');

  async function close(event: FormEvent) {
    event.preventDefault();
    await closeCase(db, incidentCase.id, note, name);
    setNote('');
  }

  async function reopen(event: FormEvent) {
    event.preventDefault();
    await reopenCase(db, incidentCase.id, reason, name);
    setReason('');
  }

  if (incidentCase.status === 'closed') {
    return (
      <section className="panel" aria-labelledby="closing-title">
        <h3 id="closing-title">This case is closed</h3>
        <p>Closing note: {incidentCase.closingNote ?? '(none)'}</p>
        <form onSubmit={reopen} className="form-grid">
          <label htmlFor="reopen-reason">Why reopen it? (optional)</label>
          <input id="reopen-reason" value={reason} onChange={(event) => setReason(event.target.value)} />
          <div className="form-actions">
            <button type="submit">Reopen case</button>
          </div>
        </form>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="closing-title">
      <h3 id="closing-title">Close the case</h3>
      <p>
        When nothing is left to do, close the case with a short note: what was done, and why it is finished.
      </p>
      <form onSubmit={close} className="form-grid">
        <label htmlFor="closing-note">Closing note</label>
        <textarea
          id="closing-note"
          rows={3}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          required
        />
        <div className="form-actions">
          <button type="submit">Close case</button>
        </div>
      </form>
    </section>
  );
}
