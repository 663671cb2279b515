import type { ImportOutcome } from '../../state/importSlice';
import { importReadablePart } from '../../core/file/damagedFile';

export function ImportOutcomes({
  outcomes,
  onImportReadablePart,
  busy = false,
}: {
  outcomes: ImportOutcome[];
  /** A damaged .gz was refused and the person chose to import what of it can be read. */
  onImportReadablePart?: (outcome: ImportOutcome) => void;
  busy?: boolean;
}) {
  if (outcomes.length === 0) return null;
  // A problem, or a file read on a guess the person must check, is announced at once.
  const urgent = outcomes.some((outcome) => outcome.kind === 'problem' || outcome.kind === 'check');
  return (
    // The live region wraps the list, so the list stays a list for screen readers.
    <div role={urgent ? 'alert' : 'status'}>
      <ul className="import-outcomes">
        {outcomes.map((outcome, index) => (
          <li key={index} className={`outcome outcome-${outcome.kind}`}>
            {outcome.message}
            {outcome.readablePart && onImportReadablePart && (
              <>
                {' '}
                <button type="button" disabled={busy} onClick={() => onImportReadablePart(outcome)}>
                  {importReadablePart}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
