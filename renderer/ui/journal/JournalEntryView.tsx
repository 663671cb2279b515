// One journal entry. Attacker-chosen text (user names in an analysis entry) is only ever a
// React text node here. A corrected entry shows its corrections right beside it.
import { useState } from 'react';
import type { JournalRecord } from '../../db/schema';
import { formatJournalTime, kindLabels, shownDetails } from './journalText';
import { CorrectionForm } from './CorrectionForm';
import { isBeforeCaseBinding } from '../../core/journal/journalChain';

type Props = {
  entry: JournalRecord;
  corrections: readonly JournalRecord[];
  corrected: JournalRecord | undefined;
  timeZone: string;
  caseId: number;
};

export function JournalEntryView({ entry, corrections, corrected, timeZone, caseId }: Props) {
  const [correcting, setCorrecting] = useState(false);
  const backdated = Math.abs(entry.occurredAt - entry.writtenAt) >= 60_000;
  const details = shownDetails(entry.details ?? {});
  return (
    <li className={`journal-entry journal-${entry.kind}`} aria-label={`Entry ${entry.seq}: ${entry.summary}`}>
      <div className="journal-meta">
        <span className="journal-seq">#{entry.seq}</span>{' '}
        <span className="journal-kind">{kindLabels[entry.kind]}</span>{' '}
        <time dateTime={new Date(entry.occurredAt).toISOString()}>
          {formatJournalTime(entry.occurredAt, timeZone)}
        </time>
      </div>
      {corrected && (
        <p className="journal-corrects">
          Corrects entry #{corrected.seq}: “{corrected.summary}”
        </p>
      )}
      <p className="journal-summary">{entry.summary}</p>
      {/* What the app recorded for a later check (hashes, formats): one click away, not in front. */}
      {details.length > 0 && (
        <details className="journal-details-toggle">
          <summary>What was recorded</summary>
          <dl className="journal-details">
            {details.map(({ name, label, value }) => (
              <div key={name}>
                <dt>{label}:</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      <p className="journal-author">
        {entry.author === 'person' ? 'Written by' : 'Recorded by the app for'} {entry.authorName || 'you'}
        {backdated && <> · written {formatJournalTime(entry.writtenAt, timeZone)}</>}
        {/* An older version wrote it: its hash stands as written, but it does not name its case. */}
        {isBeforeCaseBinding(entry) && <> · written before case binding</>}
      </p>
      {corrections.map((correction) => (
        <p key={correction.id} className="journal-correction-note" role="note">
          Corrected by entry #{correction.seq} ({formatJournalTime(correction.writtenAt, timeZone)}):{' '}
          {correction.summary}
        </p>
      ))}
      {correcting ? (
        <CorrectionForm caseId={caseId} corrected={entry} onDone={() => setCorrecting(false)} />
      ) : (
        <button
          type="button"
          className="link-button"
          onClick={() => setCorrecting(true)}
          aria-label={`Correct this entry (#${entry.seq})`}
        >
          Correct this entry
        </button>
      )}
    </li>
  );
}
