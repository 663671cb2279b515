// "What to do now", above every step of a case: the next thing the case waits for, with one button
// to the step where it is done (core/case/nextStep.ts). It follows the case as decisions land.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { nextStep } from '../../core/case/nextStep';
import { caseProgress } from '../../db/caseProgress';
import { useNavigation } from '../../state/store';
import { useServices } from '../appServices';
import { containmentSteps } from '../loginsStep/containmentSteps';

export function NextStepPanel({ caseId }: { caseId: number }) {
  const { db } = useServices();
  const { step, goToStep } = useNavigation();
  const [now] = useState(() => Date.now());
  const progress = useLiveQuery(() => caseProgress(db, caseId, now), [db, caseId, now]);
  if (progress === undefined) return null;
  const next = nextStep({
    ...progress,
    containmentLeft: containmentSteps.filter((each) => !progress.containmentDone.has(each.id)).length,
  });
  return (
    <section
      className={next.urgent ? 'next-step-panel urgent' : 'next-step-panel'}
      aria-labelledby="next-step-title"
    >
      <h2 id="next-step-title">What to do now</h2>
      <p>
        {next.sentence}{' '}
        {next.screen === step ? (
          <span className="next-step-here">It is on this page.</span>
        ) : (
          <button type="button" className="primary" onClick={() => goToStep(next.screen)}>
            {next.action}
          </button>
        )}
      </p>
    </section>
  );
}
