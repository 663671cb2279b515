// What the person writes into the journal themselves: a note, a phone call or meeting, or a
// decision. "When it happened" defaults to now and can be set back; the entry keeps both times.
import { useState, type FormEvent } from 'react';
import { useServices } from '../appServices';
import { appendJournalEntry } from '../../db/journal';
import type { JournalEntryInput } from '../../core/journal/journalEntry';
import { usePersonSettings } from '../settings/usePersonSettings';
import { fromLocalInputValue, toLocalInputValue } from './journalText';

type EntryType = 'note' | 'call' | 'decision';

type Fields = Record<
  'text' | 'contactKind' | 'who' | 'role' | 'organisation' | 'followUp' | 'decidedBy' | 'why',
  string
>;

const empty: Fields = {
  text: '',
  contactKind: 'Phone call',
  who: '',
  role: '',
  organisation: '',
  followUp: '',
  decidedBy: '',
  why: '',
};

function entryFor(type: EntryType, fields: Fields, authorName: string): JournalEntryInput {
  const text = fields.text.trim();
  if (type === 'note') return { kind: 'note', summary: text };
  if (type === 'decision') {
    return {
      kind: 'decision',
      summary: `Decided: ${text}`,
      details: { 'decided by': fields.decidedBy.trim() || authorName, why: fields.why.trim() },
    };
  }
  const who = [fields.role.trim(), fields.organisation.trim()].filter(Boolean).join(', ');
  const details: Record<string, string> = {
    with: fields.who.trim(),
    role: fields.role.trim(),
    organisation: fields.organisation.trim(),
  };
  if (fields.followUp) details['follow up on'] = fields.followUp;
  return {
    kind: 'call',
    summary: `${fields.contactKind} with ${fields.who.trim()}${who ? ` (${who})` : ''}: ${text}`,
    details,
  };
}

export function JournalEntryForm({ caseId }: { caseId: number }) {
  const { db } = useServices();
  const { name, timeZone: officeZone } = usePersonSettings();
  const [type, setType] = useState<EntryType>('note');
  const [fields, setFields] = useState<Fields>(empty);
  // Untouched, the field shows now in the office's zone (which loads a moment after the form).
  const [editedWhen, setWhen] = useState<string | null>(null);
  const [openedAt, setOpenedAt] = useState(() => Date.now());
  const when = editedWhen ?? toLocalInputValue(openedAt, officeZone);
  const [saved, setSaved] = useState<string | null>(null);
  const set = (field: keyof Fields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [field]: event.target.value }));

  async function save(event: FormEvent) {
    event.preventDefault();
    const now = Date.now();
    const chosen = fromLocalInputValue(when, officeZone);
    const entry = entryFor(type, fields, name);
    await appendJournalEntry(
      db,
      caseId,
      { ...entry, author: 'person', authorName: name, occurredAt: Number.isFinite(chosen) ? chosen : now },
      now,
    );
    setFields(empty);
    setWhen(null);
    setOpenedAt(Date.now());
    setSaved('Added to the journal.');
  }

  const textLabel = type === 'note' ? 'Note' : type === 'call' ? 'What was said' : 'What was decided';
  return (
    <form
      className="journal-form"
      onSubmit={save}
      onChange={() => setSaved(null)}
      aria-label="Add to the journal"
    >
      <fieldset className="journal-type">
        <legend>Add to the journal</legend>
        {(
          [
            ['note', 'Note'],
            ['call', 'Call or meeting'],
            ['decision', 'Decision'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name="journal-type"
              value={value}
              checked={type === value}
              onChange={() => setType(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {type === 'call' && (
        <>
          <label htmlFor="journal-contact-kind">Kind</label>
          <select id="journal-contact-kind" value={fields.contactKind} onChange={set('contactKind')}>
            <option>Phone call</option>
            <option>Meeting</option>
          </select>
          <label htmlFor="journal-who">With whom</label>
          <input id="journal-who" value={fields.who} onChange={set('who')} required />
          <label htmlFor="journal-role">Their role</label>
          <input id="journal-role" value={fields.role} onChange={set('role')} />
          <label htmlFor="journal-organisation">Their organisation</label>
          <input id="journal-organisation" value={fields.organisation} onChange={set('organisation')} />
        </>
      )}
      <label htmlFor="journal-text">{textLabel}</label>
      <textarea id="journal-text" rows={3} value={fields.text} onChange={set('text')} required />
      {type === 'call' && (
        <>
          <label htmlFor="journal-follow-up">Follow up on (optional)</label>
          <input id="journal-follow-up" type="date" value={fields.followUp} onChange={set('followUp')} />
        </>
      )}
      {type === 'decision' && (
        <>
          <label htmlFor="journal-decided-by">Decided by</label>
          <input
            id="journal-decided-by"
            value={fields.decidedBy}
            onChange={set('decidedBy')}
            placeholder={name || 'you'}
          />
          <label htmlFor="journal-why">Why</label>
          <textarea id="journal-why" rows={2} value={fields.why} onChange={set('why')} required />
        </>
      )}
      <label htmlFor="journal-when">
        When it happened ({officeZone !== '' ? `office time, ${officeZone}` : 'this computer’s time'})
      </label>
      <input
        id="journal-when"
        type="datetime-local"
        value={when}
        onChange={(event) => setWhen(event.target.value)}
        required
      />
      <div className="form-row">
        <button type="submit" className="primary">
          Add to journal
        </button>
        {saved && <span role="status">{saved}</span>}
      </div>
    </form>
  );
}
