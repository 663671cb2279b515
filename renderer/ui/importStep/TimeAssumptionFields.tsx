import { useState } from 'react';
import type { TimeAssumptions } from '../../core/logs/logFormat';

const thisComputersZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const knownZones: readonly string[] = ['UTC', ...Intl.supportedValuesOf('timeZone')];

export const defaultTimeAssumptions = (): TimeAssumptions => ({
  year: new Date().getFullYear(),
  timeZone: thisComputersZone,
});

type Props = { value: TimeAssumptions; onChange: (value: TimeAssumptions) => void; disabled: boolean };

/** Classic syslog lines ("Nov 21 10:48:21") carry neither a year nor a zone: the person says. */
export function TimeAssumptionFields({ value, onChange, disabled }: Props) {
  // The field keeps what is typed ("20", "202…"); only a plausible year reaches the import.
  const [yearText, setYearText] = useState(String(value.year));
  const yearValid = /^\d{4}$/.test(yearText) && Number(yearText) >= 1990 && Number(yearText) <= 2100;
  return (
    <fieldset className="time-assumptions" disabled={disabled}>
      <legend>Times in the log</legend>
      <p className="hint">
        Many logs write times like &ldquo;Nov 21 10:48:21&rdquo;, without a year or a time zone. Say which
        year and which zone the server&apos;s clock was in; everything is then shown in UTC.
      </p>
      <div className="time-fields">
        <label htmlFor="log-year">Year</label>
        <input
          id="log-year"
          type="number"
          min={1990}
          max={2100}
          value={yearText}
          aria-invalid={!yearValid}
          aria-describedby={yearValid ? undefined : 'log-year-problem'}
          onChange={(event) => {
            setYearText(event.target.value);
            const year = Number(event.target.value);
            if (/^\d{4}$/.test(event.target.value) && year >= 1990 && year <= 2100)
              onChange({ ...value, year });
          }}
        />
        {!yearValid && (
          <p id="log-year-problem" className="field-problem">
            Enter a year between 1990 and 2100; {value.year} is used until then.
          </p>
        )}
        <label htmlFor="log-zone">Server time zone</label>
        <select
          id="log-zone"
          value={value.timeZone}
          onChange={(event) => onChange({ ...value, timeZone: event.target.value })}
        >
          {knownZones.includes(value.timeZone) ? null : (
            <option value={value.timeZone}>{value.timeZone}</option>
          )}
          {knownZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
