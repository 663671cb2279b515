import type { ImportOutcome } from '../../state/importSlice';

export function ImportOutcomes({ outcomes }: { outcomes: ImportOutcome[] }) {
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
          </li>
        ))}
      </ul>
    </div>
  );
}
