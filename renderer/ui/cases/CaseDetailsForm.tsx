// What the case is about, in the person's words. Every change is journaled (old and new value),
// a new title as a rename.
import { useState, type FormEvent } from 'react';
import { useServices } from '../appServices';
import { saveCaseDetails, type CaseDetails } from '../../db/caseLifecycle';
import type { CaseRecord } from '../../db/schema';
import { usePersonSettings } from '../settings/usePersonSettings';

const fields: { key: keyof CaseDetails; label: string; multiline?: boolean }[] = [
  { key: 'title', label: 'Case title' },
  { key: 'server', label: 'Affected server' },
  { key: 'services', label: 'Affected services' },
  { key: 'noticedBy', label: 'Who found it' },
  { key: 'toldWho', label: 'Who was told' },
  { key: 'description', label: 'What did you notice?', multiline: true },
];

function detailsOf(incidentCase: CaseRecord): CaseDetails {
  return {
    title: incidentCase.title,
    server: incidentCase.server,
    services: incidentCase.services ?? '',
    noticedBy: incidentCase.noticedBy,
    toldWho: incidentCase.toldWho ?? '',
    description: incidentCase.description,
  };
}

export function CaseDetailsForm({ incidentCase }: { incidentCase: CaseRecord }) {
  const { db } = useServices();
  const { name } = usePersonSettings();
  const [values, setValues] = useState<CaseDetails>(() => detailsOf(incidentCase));
  const [status, setStatus] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const changes = { ...values, title: values.title.trim() || incidentCase.title };
    const changed = await saveCaseDetails(db, incidentCase.id, changes, name);
    setStatus(changed ? 'Saved, and noted in the journal.' : 'Nothing changed.');
  }

  return (
    <form onSubmit={save} className="form-grid panel" onChange={() => setStatus(null)}>
      {fields.map(({ key, label, multiline }) => {
        const id = `edit-${key}`;
        const value = values[key] ?? '';
        const onChange = (event: { target: { value: string } }) =>
          setValues((current) => ({ ...current, [key]: event.target.value }));
        return (
          <div key={key} className="form-grid-row">
            <label htmlFor={id}>{label}</label>
            {multiline ? (
              <textarea id={id} rows={4} value={value} onChange={onChange} />
            ) : (
              <input id={id} value={value} onChange={onChange} />
            )}
          </div>
        );
      })}
      <div className="form-actions">
        <button type="submit">Save</button>
        {status && <span role="status">{status}</span>}
      </div>
    </form>
  );
}
