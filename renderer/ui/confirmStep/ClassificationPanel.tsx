import type { AttackClassification } from '../../core/analysis/attackClassification';
import type { AttackThresholds } from '../../core/analysis/attackThresholds';
import { attackKindLabels } from '../../core/analysis/attackClassification';
import { ThresholdsForm } from './ThresholdsForm';

/** What kind of attack this is, why the app thinks so, and the numbers behind it (editable). */
export function ClassificationPanel({
  classification,
  thresholds,
  onThresholds,
}: {
  classification: AttackClassification;
  thresholds: AttackThresholds;
  onThresholds: (thresholds: AttackThresholds, changed: string) => void;
}) {
  return (
    <section aria-labelledby="classification-title" className="panel classification">
      <h3 id="classification-title">What kind of attack: {attackKindLabels[classification.kind]}</h3>
      <p>{classification.reason}</p>
      {classification.alsoSeen.length > 0 && (
        <ul>
          {classification.alsoSeen.map((sentence) => (
            <li key={sentence}>Also: {sentence}</li>
          ))}
        </ul>
      )}
      <details>
        <summary>The numbers behind this judgement (change them if they do not fit your server)</summary>
        <ThresholdsForm thresholds={thresholds} onSave={onThresholds} />
      </details>
    </section>
  );
}
