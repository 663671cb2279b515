import { useState, type FormEvent } from 'react';
import type { AttackThresholds } from '../../core/analysis/attackThresholds';
import { attackThresholdLabels, defaultAttackThresholds } from '../../core/analysis/attackThresholds';

type Key = keyof AttackThresholds;
const keys = Object.keys(defaultAttackThresholds) as Key[];

/** Every threshold as a labelled number field; saving journals which ones changed. */
export function ThresholdsForm({
  thresholds,
  onSave,
}: {
  thresholds: AttackThresholds;
  onSave: (thresholds: AttackThresholds, changed: string) => void;
}) {
  const [draft, setDraft] = useState<Record<Key, string>>(
    () => Object.fromEntries(keys.map((key) => [key, String(thresholds[key])])) as Record<Key, string>,
  );
  const invalid = keys.filter((key) => !(Number(draft[key]) >= 0) || draft[key].trim() === '');

  function save(event: FormEvent) {
    event.preventDefault();
    if (invalid.length > 0) return;
    const next = Object.fromEntries(keys.map((key) => [key, Number(draft[key])])) as AttackThresholds;
    const changed = keys
      .filter((key) => next[key] !== thresholds[key])
      .map((key) => `${attackThresholdLabels[key]} ${thresholds[key]} → ${next[key]}`);
    if (changed.length > 0) onSave(next, changed.join('; '));
  }

  return (
    <form onSubmit={save} className="thresholds-form">
      {keys.map((key) => (
        <div key={key} className="threshold-field">
          <label htmlFor={`threshold-${key}`}>{attackThresholdLabels[key]}</label>
          <input
            id={`threshold-${key}`}
            type="number"
            min={0}
            step="any"
            value={draft[key]}
            aria-invalid={invalid.includes(key)}
            onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
          />
          <span className="hint">default {defaultAttackThresholds[key]}</span>
        </div>
      ))}
      <div className="form-actions">
        <button type="submit" disabled={invalid.length > 0}>
          Save the numbers
        </button>
        <button
          type="button"
          onClick={() =>
            setDraft(
              Object.fromEntries(keys.map((key) => [key, String(defaultAttackThresholds[key])])) as Record<
                Key,
                string
              >,
            )
          }
        >
          Back to the defaults
        </button>
      </div>
    </form>
  );
}
