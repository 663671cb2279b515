import type { ImportOutcome } from '../../state/importSlice';

export function ImportOutcomes({ outcomes }: { outcomes: ImportOutcome[] }) {
  if (outcomes.length === 0) return null;
  const problems = outcomes.filter((outcome) => outcome.kind === 'problem');
  return (
    <ul className="import-outcomes" role={problems.length > 0 ? 'alert' : 'status'}>
      {outcomes.map((outcome, index) => (
        <li key={index} className={`outcome outcome-${outcome.kind}`}>
          {outcome.message}
        </li>
      ))}
    </ul>
  );
}
