import { logFormats } from '../../core/logs/formatRegistry';

/** Detection is right almost always; this is the way out when it is not. */
export function FormatChoice({
  value,
  onChange,
  disabled,
}: {
  value: string | undefined;
  onChange: (formatId: string | undefined) => void;
  disabled: boolean;
}) {
  return (
    // Folded: detection is right almost always, and a person who never needs the list never reads it.
    // Open while a format is chosen, so the choice in force is never hidden.
    <details className="format-choice" open={value !== undefined}>
      <summary>A file was refused as unknown? Choose its format yourself</summary>
      <label htmlFor="log-format">Format</label>
      <select
        id="log-format"
        value={value ?? ''}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      >
        <option value="">Recognize automatically</option>
        {logFormats.map((format) => (
          <option key={format.id} value={format.id}>
            {format.label}
          </option>
        ))}
      </select>
    </details>
  );
}
