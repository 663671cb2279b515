// The journal beside every step: newest last, filterable, collapsible. It is the record a
// manager, an insurer or a lawyer may read later, so it shows the chain's state too.
import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../appServices';
import { caseJournal } from '../../db/journal';
import { journalEntryKinds, type JournalEntryKind } from '../../core/journal/journalEntry';
import type { JournalRecord } from '../../db/schema';
import { usePersonSettings } from '../settings/usePersonSettings';
import { JournalEntryView } from './JournalEntryView';
import { JournalEntryForm } from './JournalEntryForm';
import { kindLabels, matchesFilter, type JournalFilter } from './journalText';

export function JournalPanel({ caseId }: { caseId: number }) {
  const { db } = useServices();
  const { timeZone } = usePersonSettings();
  const [open, setOpen] = useState(true);
  const [filter, setFilter] = useState<JournalFilter>({ kind: 'all', text: '' });
  const entries = useLiveQuery(() => caseJournal(db, caseId), [db, caseId]);
  const panel = useRef<HTMLElement>(null);
  const entryCount = entries?.length ?? 0;
  // Newest last: keep the newest entries (and the form below them) in view as entries are added.
  useEffect(() => {
    const element = panel.current;
    if (element && entryCount > 0) element.scrollTop = element.scrollHeight;
  }, [entryCount]);

  const byId = new Map((entries ?? []).map((entry) => [entry.id, entry]));
  const correctionsOf = (entry: JournalRecord) =>
    (entries ?? []).filter((other) => other.corrects === entry.id);
  const shown = (entries ?? []).filter((entry) => matchesFilter(entry, filter));

  return (
    <aside ref={panel} className={`journal-panel${open ? '' : ' collapsed'}`} aria-labelledby="journal-title">
      <div className="journal-header">
        <h2 id="journal-title">Journal</h2>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="journal-body"
          onClick={() => setOpen((value) => !value)}
        >
          {open ? 'Hide journal' : 'Show journal'}
        </button>
      </div>
      {open && (
        <div id="journal-body">
          <p className="journal-hint">
            Everything done in this case, oldest first. Entries cannot be changed or deleted; add a correction
            instead.
          </p>
          <div className="journal-filters">
            <label htmlFor="journal-filter-kind">Show</label>
            <select
              id="journal-filter-kind"
              value={filter.kind}
              onChange={(event) =>
                setFilter({ ...filter, kind: event.target.value as JournalEntryKind | 'all' })
              }
            >
              <option value="all">All entries</option>
              {journalEntryKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabels[kind]}
                </option>
              ))}
            </select>
            <label htmlFor="journal-filter-text">Search</label>
            <input
              id="journal-filter-text"
              type="search"
              value={filter.text}
              onChange={(event) => setFilter({ ...filter, text: event.target.value })}
            />
          </div>
          {entries === undefined ? (
            <p role="status">Reading the journal…</p>
          ) : shown.length === 0 ? (
            <p>{entries.length === 0 ? 'Nothing in the journal yet.' : 'No entry matches the filter.'}</p>
          ) : (
            <ol className="journal-list" aria-label="Journal entries">
              {shown.map((entry) => (
                <JournalEntryView
                  key={entry.id}
                  entry={entry}
                  caseId={caseId}
                  timeZone={timeZone}
                  corrections={correctionsOf(entry)}
                  corrected={entry.corrects === undefined ? undefined : byId.get(entry.corrects)}
                />
              ))}
            </ol>
          )}
          <JournalEntryForm caseId={caseId} />
        </div>
      )}
    </aside>
  );
}
