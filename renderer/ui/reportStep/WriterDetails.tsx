// "Who is writing?" — asked once, where the first document is written: the summary names its
// author and the e-mails need a name and a reply address. Nothing else in the workflow asks for
// it, and once saved it is not asked again ("Your details", top right, changes it later).
import { useState, type FormEvent } from 'react';
import { useServices } from '../appServices';
import { useLiveQuery } from 'dexie-react-hooks';
import { readSettings, updateSettings } from '../../db/settings';

export function WriterDetails() {
  const { db } = useServices();
  // Undefined while loading: then nothing is shown, so a person whose details are set sees no flash.
  const stored = useLiveQuery(() => readSettings(db), [db]);
  // What the person typed; until then, what is stored (the settings load a moment after the page).
  const [typed, setTyped] = useState<Partial<Record<'name' | 'organisation' | 'email', string>>>({});
  if (stored === undefined || (stored.name !== '' && stored.email !== '')) return null;
  const name = typed.name ?? stored.name;
  const organisation = typed.organisation ?? stored.organisation;
  const email = typed.email ?? stored.email;
  const setName = (value: string) => setTyped((before) => ({ ...before, name: value }));
  const setOrganisation = (value: string) => setTyped((before) => ({ ...before, organisation: value }));
  const setEmail = (value: string) => setTyped((before) => ({ ...before, email: value }));

  async function save(event: FormEvent) {
    event.preventDefault();
    await updateSettings(db, { name: name.trim(), organisation: organisation.trim(), email: email.trim() });
  }

  return (
    <section aria-labelledby="writer-title" className="panel writer-details">
      <h3 id="writer-title">Who is writing these?</h3>
      <p>
        The summary says who wrote it, and the abuse desks need a name and an address to answer. Asked once;
        it stays on this computer.
      </p>
      <form className="form-grid" onSubmit={save}>
        <label htmlFor="writer-name">Your name</label>
        <input
          id="writer-name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="name"
        />
        <label htmlFor="writer-organisation">Organisation</label>
        <input
          id="writer-organisation"
          value={organisation}
          onChange={(event) => setOrganisation(event.target.value)}
          autoComplete="organization"
        />
        <label htmlFor="writer-email">Your e-mail address (for replies)</label>
        <input
          id="writer-email"
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          autoComplete="email"
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={name.trim() === '' || email.trim() === ''}>
            Save my details
          </button>
        </div>
      </form>
    </section>
  );
}
