import type { PickedFile } from '../../state/importSlice';
import { knownZones, thisComputersZone } from './zoneChoices';
import { ZoneSelect } from '../shared/ZoneSelect';
import type { YearSuggestion } from './yearSuggestion';

/** What the person has said for one file; no `yearText` = the suggested year. */
export type FileAnswer = { yearText?: string; zone: string };

type Props = {
  picked: PickedFile;
  answer: FileAnswer;
  suggestion: YearSuggestion;
  yearValid: boolean;
  /** Set when the year answered puts the file's lines in the future: what to ask instead. */
  futureQuestion?: { fact: string; ask: string };
  /** Unique per row: the start of every id in it. */
  idPrefix: string;
  onChange(answer: FileAnswer): void;
  /** Offered after the zone of this row was changed while other files have another one. */
  zoneForAll?: { fileCount: number; apply(): void };
  yearInput?: (input: HTMLInputElement | null) => void;
};

/** One file of the time question: its first stamp, a year (when the log has none) and a zone. */
export function FileTimeFields({
  picked,
  answer,
  suggestion,
  yearValid,
  futureQuestion,
  idPrefix,
  onChange,
  zoneForAll,
  yearInput,
}: Props) {
  const { file, times } = picked;
  const ids = {
    year: `${idPrefix}-year`,
    yearHint: `${idPrefix}-year-hint`,
    yearProblem: `${idPrefix}-year-problem`,
    yearFuture: `${idPrefix}-year-future`,
    zone: `${idPrefix}-zone`,
  };
  const forFile = <span className="visually-hidden"> for {file.name}</span>;
  return (
    <fieldset className="file-times">
      <legend>{file.name}</legend>
      <p className="hint">
        {times.firstStamp && times.classicAfterZoned ? (
          <>
            Its first lines say their time zone, later lines do not, e.g. <code>{times.firstStamp}</code>:
            what year and zone are those?
          </>
        ) : times.firstStamp ? (
          <>
            First time in the file: <code>{times.firstStamp}</code>
          </>
        ) : (
          'The year is written in the log; only the time zone is missing.'
        )}
      </p>
      <div className="file-time-fields">
        {times.needs === 'year-and-zone' && (
          <>
            <label htmlFor={ids.year}>Year{forFile}</label>
            <div>
              <input
                id={ids.year}
                ref={yearInput}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                size={6}
                value={answer.yearText ?? String(suggestion.year)}
                aria-invalid={!yearValid || futureQuestion !== undefined}
                aria-describedby={[
                  yearValid ? undefined : ids.yearProblem,
                  futureQuestion ? ids.yearFuture : undefined,
                  ids.yearHint,
                ]
                  .filter(Boolean)
                  .join(' ')}
                onChange={(event) => onChange({ ...answer, yearText: event.target.value.trim() })}
              />
              {!yearValid && (
                <p id={ids.yearProblem} className="field-problem">
                  Enter a year between 1990 and 2100.
                </p>
              )}
              {futureQuestion && (
                <p id={ids.yearFuture} className="field-problem">
                  {futureQuestion.fact} {futureQuestion.ask}
                </p>
              )}
              <p id={ids.yearHint} className="hint">
                Suggested: {suggestion.reason}
              </p>
            </div>
          </>
        )}
        <label htmlFor={ids.zone}>Time zone{forFile}</label>
        <div>
          <ZoneSelect
            id={ids.zone}
            value={answer.zone}
            zones={knownZones}
            searchLabel={`Search zones for ${file.name}`}
            optionLabel={(zone) => (zone === thisComputersZone ? `${zone} (this computer)` : zone)}
            onChange={(zone) => onChange({ ...answer, zone })}
          />{' '}
          {zoneForAll && (
            <button type="button" className="small-button" onClick={zoneForAll.apply}>
              Use {answer.zone} for all {zoneForAll.fileCount} files
            </button>
          )}
        </div>
      </div>
    </fieldset>
  );
}
