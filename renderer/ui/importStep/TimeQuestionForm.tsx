import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { TimeAssumptions } from '../../core/logs/logFormat';
import type { TimeQuestion } from '../../state/importSlice';
import { unaskedTime } from '../../state/importRunner';
import { FileTimeFields, type FileAnswer } from './FileTimeFields';
import { plausibleYear, suggestYear } from './yearSuggestion';
import { futureStampFact, futureStamps } from '../../core/time/stampYear';
import './timeQuestion.css';

type Props = {
  question: TimeQuestion;
  onImport(times: TimeAssumptions[]): void;
  onCancel(): void;
};

const filesWord = (count: number) => (count === 1 ? '1 file' : `${count} files`);

/**
 * Classic syslog lines ("Nov 21 10:48:21") carry neither a year nor a zone: before such files are
 * imported the person confirms both, once per file, with the app's suggestions filled in. Files
 * whose log writes its own times are only listed.
 */
export function TimeQuestionForm({ question, onImport, onCancel }: Props) {
  const idPrefix = useId();
  const [answers, setAnswers] = useState<FileAnswer[]>(() =>
    question.files.map(() => ({ zone: question.defaultZone })),
  );
  const [tried, setTried] = useState(false);
  const [lastZoneChange, setLastZoneChange] = useState<number | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const yearInputs = useRef(new Map<number, HTMLInputElement>());
  useEffect(() => heading.current?.focus(), []);

  // "Today" for the year rule: when the question was asked.
  const [now] = useState(() => Date.now());
  const rows = question.files.map((picked, index) => {
    const answer = answers[index]!;
    const { firstStamp, lastStamp } = picked.times;
    const suggestion = suggestYear(picked.file.lastModified, firstStamp, lastStamp, answer.zone, now);
    const yearText = answer.yearText ?? String(suggestion.year);
    const yearValid = picked.times.needs !== 'year-and-zone' || plausibleYear(yearText);
    const future =
      picked.times.needs === 'year-and-zone' && yearValid
        ? futureStamps({ year: Number(yearText), timeZone: answer.zone }, firstStamp, lastStamp, now)
        : undefined;
    // The import stops here: dates a week ahead would go into the report and the abuse e-mail.
    const futureQuestion = future && {
      fact: futureStampFact(picked.file.name, future, now, answer.zone),
      ask: `Which year were they written in? ${future.latestYearThatFits} is the latest that fits.`,
    };
    return { picked, answer, suggestion, yearText, yearValid, futureQuestion, index };
  });
  const asked = rows.filter((row) => row.picked.times.needs !== 'nothing');
  const unasked = rows.filter((row) => row.picked.times.needs === 'nothing');
  const badYears = rows.filter((row) => !row.yearValid || row.futureQuestion);

  const change = (index: number, answer: FileAnswer) => {
    if (answer.zone !== answers[index]!.zone) setLastZoneChange(index);
    setAnswers(answers.map((old, at) => (at === index ? answer : old)));
  };
  const zoneForAll = (index: number) => {
    const zone = answers[index]!.zone;
    if (index !== lastZoneChange || asked.length < 2 || asked.every((row) => row.answer.zone === zone)) {
      return undefined;
    }
    const apply = () =>
      setAnswers(
        answers.map((old, at) => (rows[at]!.picked.times.needs === 'nothing' ? old : { ...old, zone })),
      );
    return { fileCount: asked.length, apply };
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (badYears.length > 0) {
      setTried(true);
      yearInputs.current.get(badYears[0]!.index)?.focus();
      return;
    }
    onImport(
      rows.map(({ picked, answer, suggestion, yearText }): TimeAssumptions => {
        if (picked.times.needs === 'nothing') return unaskedTime(question.defaultZone);
        if (picked.times.needs === 'zone') return unaskedTime(answer.zone);
        const year = Number(yearText);
        // The suggestion kept: the import works it out the same way and records "from the file's date".
        return { year, timeZone: answer.zone, yearFromFileDate: year === suggestion.year };
      }),
    );
  }

  return (
    <section className="panel time-question" aria-labelledby={`${idPrefix}-title`}>
      <h3 id={`${idPrefix}-title`} ref={heading} tabIndex={-1}>
        Check the year and time zone of {asked.length === 1 ? asked[0]!.picked.file.name : 'these logs'}
      </h3>
      <p>
        {asked.length === 1 ? 'This log writes' : 'These logs write'} times without a year or a time zone
        (like &ldquo;Nov 21 10:48:21&rdquo;). Check what the app suggests and change it if you know better:
        the zone is the one the server&apos;s clock was set to. Every time is then stored in UTC.
      </p>
      <form onSubmit={submit} noValidate>
        {asked.map((row) => (
          <FileTimeFields
            key={row.index}
            picked={row.picked}
            answer={row.answer}
            suggestion={row.suggestion}
            yearValid={row.yearValid}
            futureQuestion={tried ? row.futureQuestion : undefined}
            idPrefix={`${idPrefix}-${row.index}`}
            onChange={(answer) => change(row.index, answer)}
            zoneForAll={zoneForAll(row.index)}
            yearInput={(input) => {
              if (input) yearInputs.current.set(row.index, input);
              else yearInputs.current.delete(row.index);
            }}
          />
        ))}
        {unasked.length > 0 && (
          <ul className="unasked-files" aria-label="Files that need no answer">
            {unasked.map(({ picked, index }) => (
              <li key={index}>
                <strong>{picked.file.name}</strong>:{' '}
                {picked.times.problem ?? 'times are in the log itself — nothing to ask.'}
              </li>
            ))}
          </ul>
        )}
        {tried && badYears.length > 0 && (
          <div role="alert" className="field-problem">
            {badYears.some((row) => !row.yearValid) && (
              <p>
                Nothing was imported yet: enter a year between 1990 and 2100 for{' '}
                {badYears
                  .filter((row) => !row.yearValid)
                  .map((row) => row.picked.file.name)
                  .join(', ')}
                .
              </p>
            )}
            {badYears.map(
              (row) =>
                row.futureQuestion && (
                  <p key={row.index}>
                    Nothing was imported yet. {row.futureQuestion.fact} {row.futureQuestion.ask}
                  </p>
                ),
            )}
          </div>
        )}
        <div className="button-row">
          <button type="submit" className="primary">
            Import {filesWord(question.files.length)}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
