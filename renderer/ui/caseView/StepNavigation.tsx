import { useNavigation } from '../../state/store';
import { workflowSteps } from '../../state/navigationSlice';

export function StepNavigation() {
  const { step, goToStep } = useNavigation();
  return (
    <nav aria-label="Workflow steps" className="step-nav">
      <ol>
        {workflowSteps.map((workflowStep, index) => (
          <li key={workflowStep.id}>
            <button
              type="button"
              aria-current={workflowStep.id === step ? 'step' : undefined}
              onClick={() => goToStep(workflowStep.id)}
            >
              <span className="step-number" aria-hidden="true">
                {index + 1}
              </span>
              {workflowStep.label}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
