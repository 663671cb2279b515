import type { ImportOutcome } from '../../state/importSlice';

export function ImportOutcomes({ outcomes }: { outcomes: ImportOutcome[] }) {
  if (outcomes.length === 0) return null;
  // A problem, or a file read on a guess the person must check, is announced at once.
  const urgent = outcomes.some((outcome) => outcome.kind === 'problem' || outcome.kind === 'check');
  return (
    <ul className="import-outcomes" role={urgent ? 'alert' : 'status'}>
      {outcomes.map((outcome, index) => (
        <li key={index} className={`outcome outcome-${outcome.kind}`}>
          {outcome.message}
        </li>
      ))}
    </ul>
  );
}
