import { useId, useState } from 'react';
import { zoneMatches } from '../../core/time/currentZoneNames';

/**
 * A time-zone list with a search box in front: 400 zones are too many to scroll. Typing
 * "berlin" or a former name ("Calcutta") narrows the list; the list itself stays a plain
 * <select> (labelled by the caller through `id`), so the keyboard and tests use it as before.
 * The chosen zone always stays in the list.
 */
export function ZoneSelect({
  id,
  value,
  zones,
  onChange,
  searchLabel,
  optionLabel = (zone) => zone,
  leading,
}: {
  id: string;
  value: string;
  zones: readonly string[];
  onChange: (zone: string) => void;
  /** The search box's accessible name, e.g. "Find a time zone for auth.log". */
  searchLabel: string;
  optionLabel?: (zone: string) => string;
  /** An option before the zones (e.g. "This computer's time zone" with the value ""). */
  leading?: { value: string; label: string };
}) {
  const [typed, setTyped] = useState('');
  const hintId = useId();
  const shown = zones.filter((zone) => zone === value || zoneMatches(zone, typed));
  return (
    <span className="zone-select">
      <input
        type="search"
        aria-label={searchLabel}
        aria-describedby={hintId}
        placeholder="Find: city or region"
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          // The first match is chosen as the person types, as a combobox would.
          const first = zones.find((zone) => zoneMatches(zone, event.target.value));
          if (event.target.value.trim() !== '' && first !== undefined && first !== value) onChange(first);
        }}
      />
      <span id={hintId} className="visually-hidden">
        {typed.trim() === '' ? `${zones.length} zones` : `${shown.length} zones match`}
      </span>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {leading && <option value={leading.value}>{leading.label}</option>}
        {zones.includes(value) || value === leading?.value ? null : <option value={value}>{value}</option>}
        {shown.map((zone) => (
          <option key={zone} value={zone}>
            {optionLabel(zone)}
          </option>
        ))}
      </select>
    </span>
  );
}
