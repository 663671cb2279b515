import { useState, type FormEvent } from 'react';
import { useServices } from '../appServices';
import { updateCase } from '../../db/queries';
import type { CaseRecord } from '../../db/schema';
import { useNavigation } from '../../state/store';
import { formatUtc } from '../shared/format';

export function CaseStep({ incidentCase }: { incidentCase: CaseRecord }) {
  const { db } = useServices();
  const { goToStep } = useNavigation();
  const [title, setTitle] = useState(incidentCase.title);
  const [server, setServer] = useState(incidentCase.server);
  const [noticedBy, setNoticedBy] = useState(incidentCase.noticedBy);
  const [description, setDescription] = useState(incidentCase.description);
  const [saved, setSaved] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    await updateCase(db, incidentCase.id, {
      title: title.trim() || incidentCase.title,
      server,
      noticedBy,
      description,
    });
    setSaved(true);
  }

  return (
    <div>
      <h2>The case</h2>
      <p>
        Write down what you noticed while you still remember it. Opened {formatUtc(incidentCase.createdAt)}.
      </p>
      <form onSubmit={save} className="form-grid panel" onChange={() => setSaved(false)}>
        <label htmlFor="edit-title">Case title</label>
        <input id="edit-title" value={title} onChange={(event) => setTitle(event.target.value)} />
        <label htmlFor="edit-server">Affected server</label>
        <input id="edit-server" value={server} onChange={(event) => setServer(event.target.value)} />
        <label htmlFor="edit-noticed-by">Noticed by</label>
        <input
          id="edit-noticed-by"
          value={noticedBy}
          onChange={(event) => setNoticedBy(event.target.value)}
        />
        <label htmlFor="edit-description">What did you notice?</label>
        <textarea
          id="edit-description"
          rows={4}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
        <div className="form-actions">
          <button type="submit">Save</button>
          {saved && <span role="status">Saved.</span>}
        </div>
      </form>
      <p className="next-step">
        Next: add the server&apos;s logs.{' '}
        <button type="button" className="primary" onClick={() => goToStep('import')}>
          Go to Import
        </button>
      </p>
    </div>
  );
}
