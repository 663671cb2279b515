import { useState } from 'react';
import type { TimeAssumptions } from '../../core/logs/logFormat';

const thisComputersZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const knownZones: readonly string[] = ['UTC', ...Intl.supportedValuesOf('timeZone')];

/** No year typed: each file's own modification date says (see core/time/defaultYear.ts). */
export const defaultTimeAssumptions = (): TimeAssumptions => ({
  year: new Date().getFullYear(),
  timeZone: thisComputersZone,
  yearFromFileDate: true,
});

type Props = { value: TimeAssumptions; onChange: (value: TimeAssumptions) => void; disabled: boolean };

const plausibleYear = (text: string) => /^\d{4}$/.test(text) && Number(text) >= 1990 && Number(text) <= 2100;

/** Classic syslog lines ("Nov 21 10:48:21") carry neither a year nor a zone: the person says. */
export function TimeAssumptionFields({ value, onChange, disabled }: Props) {
  // The field keeps what is typed ("20", "202…"); only a plausible year reaches the import.
  const [yearText, setYearText] = useState(value.yearFromFileDate ? '' : String(value.year));
  const yearValid = yearText === '' || plausibleYear(yearText);
  return (
    <fieldset className="time-assumptions" disabled={disabled}>
      <legend>Times in the log</legend>
      <p className="hint">
        Many logs write times like &ldquo;Nov 21 10:48:21&rdquo;, without a year or a time zone. Say which
        zone the server&apos;s clock was in. Leave the year empty to take it from each file&apos;s date (a log
        that starts in December and was copied in January starts in the year before). Logs that write their
        own zone (ISO times, Windows XML and JSON exports, journal exports) need neither; Windows CSV exports
        need the zone of the computer they were saved on.
      </p>
      <div className="time-fields">
        <label htmlFor="log-year">Year</label>
        <input
          id="log-year"
          type="number"
          min={1990}
          max={2100}
          placeholder="from each file's date"
          value={yearText}
          aria-invalid={!yearValid}
          aria-describedby={yearValid ? undefined : 'log-year-problem'}
          onChange={(event) => {
            const text = event.target.value;
            setYearText(text);
            if (text === '') onChange({ ...value, yearFromFileDate: true });
            else if (plausibleYear(text)) onChange({ ...value, year: Number(text), yearFromFileDate: false });
          }}
        />
        {!yearValid && (
          <p id="log-year-problem" className="field-problem">
            Enter a year between 1990 and 2100, or leave it empty;{' '}
            {value.yearFromFileDate ? "each file's date" : value.year} is used until then.
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
              {zone === thisComputersZone ? `${zone} (this computer)` : zone}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
