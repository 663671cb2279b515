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
    <div className="format-choice">
      <label htmlFor="log-format">Format</label>
      <select
        id="log-format"
        value={value ?? ''}
        disabled={disabled}
        aria-describedby="log-format-hint"
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      >
        <option value="">Recognize automatically</option>
        {logFormats.map((format) => (
          <option key={format.id} value={format.id}>
            {format.label}
          </option>
        ))}
      </select>
      <p id="log-format-hint" className="hint">
        Leave this on &ldquo;Recognize automatically&rdquo; unless a file was refused as unknown.
      </p>
    </div>
  );
}
