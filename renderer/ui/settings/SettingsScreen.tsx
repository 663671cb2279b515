// The person's own details: who writes the journal and the reports. They belong to the person,
// not to a case, and are not part of case backups.
import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../appServices';
import { readSettings, updateSettings, type PersonSettings } from '../../db/settings';
import { currentZoneName, currentZoneNames } from '../../core/time/currentZoneNames';
import { ZoneSelect } from '../shared/ZoneSelect';

const zones = currentZoneNames;

export function SettingsScreen({ onDone }: { onDone: () => void }) {
  const { db } = useServices();
  const stored = useLiveQuery(() => readSettings(db), [db]);
  if (!stored) return <p role="status">Opening your details…</p>;
  return <SettingsForm stored={stored} onDone={onDone} />;
}

function SettingsForm({ stored, onDone }: { stored: PersonSettings; onDone: () => void }) {
  const { db } = useServices();
  const [name, setName] = useState(stored.name);
  const [organisation, setOrganisation] = useState(stored.organisation);
  const [email, setEmail] = useState(stored.email);
  const [timeZone, setTimeZone] = useState(currentZoneName(stored.timeZone));
  const [saved, setSaved] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    await updateSettings(db, {
      name: name.trim(),
      organisation: organisation.trim(),
      email: email.trim(),
      timeZone,
    });
    setSaved(true);
  }

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Your details</h1>
      <p>
        Your name goes into every journal entry you write and every report, so a reader knows who did what.
        These details stay on this computer; they are not in case backups.
      </p>
      <form className="form-grid panel" onSubmit={save} onChange={() => setSaved(false)}>
        <label htmlFor="settings-name">Your name</label>
        <input
          id="settings-name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="name"
        />
        <label htmlFor="settings-organisation">Organisation</label>
        <input
          id="settings-organisation"
          value={organisation}
          onChange={(event) => setOrganisation(event.target.value)}
          autoComplete="organization"
        />
        <label htmlFor="settings-email">Email</label>
        <input
          id="settings-email"
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          autoComplete="email"
        />
        <label htmlFor="settings-zone">Your time zone</label>
        <ZoneSelect
          id="settings-zone"
          value={timeZone}
          zones={zones()}
          searchLabel="Search the list of zones"
          leading={{ value: '', label: 'This computer’s time zone' }}
          onChange={setTimeZone}
        />
        <div className="form-actions">
          <button type="submit" className="primary">
            Save
          </button>
          {saved && <span role="status">Saved.</span>}
        </div>
      </form>
      <p className="next-step">
        Done? Go back to your cases.
        <button type="button" onClick={onDone}>
          Back to your cases
        </button>
      </p>
    </section>
  );
}
