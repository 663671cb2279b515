import { containmentSteps, type ContainmentStep } from './containmentSteps';

/** Shown when someone may have got in: contain first, then get help. Each tick is journaled. */
export function ContainmentChecklist({
  done,
  onTick,
}: {
  done: Set<string>;
  onTick: (step: ContainmentStep, done: boolean) => void;
}) {
  return (
    <section aria-labelledby="containment-title" className="panel containment">
      <h3 id="containment-title">What to do now: contain it, then get help</h3>
      <p>
        Work through these in order. Tick each one when it is done; the journal records when. You have done{' '}
        {done.size} of {containmentSteps.length}.
      </p>
      <ol className="containment-steps">
        {containmentSteps.map((step) => (
          <li key={step.id}>
            <label className="choice">
              <input
                type="checkbox"
                checked={done.has(step.id)}
                onChange={(event) => onTick(step, event.target.checked)}
              />
              <strong>{step.title}</strong>
            </label>
            <p className="hint">{step.detail}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
