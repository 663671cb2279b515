// Entries are never edited: a correction is a new entry that points at the one it corrects.
import { useState, type FormEvent } from 'react';
import { useServices } from '../appServices';
import { appendJournalEntry } from '../../db/journal';
import type { JournalRecord } from '../../db/schema';
import { usePersonSettings } from '../settings/usePersonSettings';

export function CorrectionForm({
  caseId,
  corrected,
  onDone,
}: {
  caseId: number;
  corrected: JournalRecord;
  onDone: () => void;
}) {
  const { db } = useServices();
  const { name } = usePersonSettings();
  const [text, setText] = useState('');
  const fieldId = `correction-${corrected.id}`;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return;
    await appendJournalEntry(db, caseId, {
      kind: 'correction',
      summary: text.trim(),
      author: 'person',
      authorName: name,
      corrects: corrected.id,
    });
    onDone();
  }

  return (
    <form className="journal-correction-form" onSubmit={save}>
      <label htmlFor={fieldId}>What is right instead (entry #{corrected.seq} stays as it was)</label>
      <textarea
        id={fieldId}
        rows={2}
        value={text}
        onChange={(event) => setText(event.target.value)}
        required
      />
      <div className="form-row">
        <button type="submit" className="primary">
          Add correction
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
