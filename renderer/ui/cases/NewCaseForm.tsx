import { useState, type FormEvent } from 'react';
import { useServices } from '../appServices';
import { openNewCase } from '../../db/caseLifecycle';
import { usePersonSettings } from '../settings/usePersonSettings';
import type { CaseKind } from '../../db/schema';
import { CaseKindChoice } from '../email/CaseKindChoice';

export function NewCaseForm({ onCreated }: { onCreated: (caseId: number) => void }) {
  const { db } = useServices();
  const { name } = usePersonSettings();
  const [title, setTitle] = useState('');
  const [server, setServer] = useState('');
  const [noticedBy, setNoticedBy] = useState('');
  const [description, setDescription] = useState('');
  const [kind, setKind] = useState<CaseKind>('log');
  const email = kind === 'email';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const caseId = await openNewCase(
      db,
      {
        title: title.trim() || (email ? 'Suspicious e-mail' : 'Suspicious logins'),
        server: email ? '' : server.trim(),
        noticedBy: noticedBy.trim(),
        description: description.trim(),
        ...(email ? { kind } : {}),
      },
      name,
    );
    onCreated(caseId);
  }

  return (
    <section aria-labelledby="new-case-title" className="panel">
      <h2 id="new-case-title">Start a new case</h2>
      <form onSubmit={submit} className="form-grid">
        <CaseKindChoice kind={kind} onChange={setKind} />
        <label htmlFor="case-title">Case title</label>
        <input
          id="case-title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          placeholder={email ? 'Phishing mail "from PayPal"' : 'Failed logins on the file server'}
        />
        {!email && (
          <>
            <label htmlFor="case-server">Affected server</label>
            <input
              id="case-server"
              value={server}
              onChange={(event) => setServer(event.target.value)}
              placeholder="fileserver01"
            />
          </>
        )}
        <label htmlFor="case-noticed-by">Noticed by</label>
        <input
          id="case-noticed-by"
          value={noticedBy}
          onChange={(event) => setNoticedBy(event.target.value)}
        />
        <label htmlFor="case-description">What did you notice?</label>
        <textarea
          id="case-description"
          rows={3}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          placeholder={
            email
              ? 'Anna got a mail asking her to confirm her PayPal account.'
              : 'About fifty failed logins in auth.log this morning, all from one address.'
          }
        />
        <div className="form-actions">
          <button type="submit" className="primary">
            Start case
          </button>
        </div>
      </form>
    </section>
  );
}
