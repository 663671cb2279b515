// Windows Security events exported as CSV: Event Viewer's "Save All Events As… → CSV"
// (Keywords|Level,Date and Time,Source,Event ID,Task Category + the message as an unnamed last
// column), `Get-WinEvent | Export-Csv` ("Message","Id",…,"TimeCreated",…, after a "#TYPE" line in
// PowerShell 5.1), `Get-WinEvent | Select-Object TimeCreated,Id,Message | Export-Csv` and
// `Get-EventLog | Export-Csv` (EventID, TimeGenerated). The fields live only in the English
// message text (windowsMessage.ts). Times are the exporting machine's wall clock in its locale,
// with no zone: read in the zone the person confirmed at import.
//
// Day or month first? Dots mean day first; "/" and "-" are settled per file by the first date
// with a part over 12 (21/11 → day first, 11/21 → month first). Records whose date reads both
// ways wait for that proof; if the file never gives one (every date on the 1st–12th), they are
// read month first when written with AM/PM (the en-US default) and day first on a 24-hour clock
// (en-GB, fr-FR, es-ES …). A date that contradicts the order settled for its file is unreadable
// and counted as such, never shifted.
import type { LogFormat, RecordParser, RecordSink, TimeAssumptions } from './logFormat';
import { noLineEvents } from './logFormat';
import { createCsvRecordReader, type CsvRecord } from './csvRecords';
import { readWindowsEvent, windowsLogonEventIds } from './windowsEvents';
import { eventDataFromMessage } from './windowsMessage';
import { readLocaleStamp, type DateOrder, type LocaleStamp } from '../time/localeDateTime';
import { wallClockToUtc } from '../time/zoneOffset';
import { findCsvColumns, headerFields, type CsvColumns } from './windowsCsvHeader';

export const windowsCsvFormat: LogFormat = {
  id: 'windows-csv',
  label: 'Windows Security events, CSV (Event Viewer, Export-Csv)',
  detect(sampleLines) {
    const header = sampleLines.find((line) => line.trim() !== '' && !/^\uFEFF?#TYPE /.test(line));
    return header !== undefined && findCsvColumns(headerFields(header)) ? 0.9 : 0;
  },
  createParser: () => noLineEvents,
  createRecordParser: createWindowsCsvParser,
};

/** Records held back while their day/month order is open; beyond this the fallback rule decides. */
const mostWaitingRecords = 10_000;

type WaitingRecord = { record: CsvRecord; eventId: number; stamp: LocaleStamp };

function createWindowsCsvParser(time: TimeAssumptions): RecordParser {
  const reader = createCsvRecordReader();
  const toUtc = cachedWallClockToUtc(time.timeZone);
  let columns: CsvColumns | undefined;
  let order: DateOrder | undefined;
  let waiting: WaitingRecord[] = [];

  function settle(settled: DateOrder, sink: RecordSink): void {
    order = settled;
    const held = waiting;
    waiting = [];
    for (const { record, eventId, stamp } of held) emitEvent(record, eventId, stamp, sink);
  }

  /** No date so far says which comes first: the habit of the clock decides, and the person is told. */
  function settleByGuess(sink: RecordSink): void {
    const first = waiting[0]!;
    const guess = fallbackOrder(waiting);
    sink.note?.(guessedOrderNote(first.record.fields[columns!.time] ?? '', first.stamp, guess));
    settle(guess, sink);
  }

  function emitEvent(record: CsvRecord, eventId: number, stamp: LocaleStamp, sink: RecordSink): void {
    const wall = stamp.wallClock(order ?? stamp.proves ?? 'month-first');
    const utc = stamp.utc ?? (Number.isNaN(wall) ? NaN : toUtc(wall));
    const message = columns?.message === undefined ? record.fields.at(-1) : record.fields[columns.message];
    const data = Number.isNaN(utc) ? undefined : eventDataFromMessage(eventId, message ?? '');
    const event = data && readWindowsEvent({ eventId, time: utc, data, line: record.line });
    if (event) sink.emit(event, record.text);
    else sink.unrecognized(record.text);
  }

  function read(record: CsvRecord, sink: RecordSink): void {
    if (!columns) {
      // The first record is the header, after PowerShell 5.1's "#TYPE System.…" line.
      if (/^\uFEFF?#TYPE /.test(record.fields[0] ?? '')) return;
      columns = findCsvColumns(record.fields.map((field) => field.replace(/^\uFEFF/, '').trim()));
      if (!columns) sink.unrecognized(record.text);
      return;
    }
    const eventId = Number(record.fields[columns.eventId]);
    const stamp = readLocaleStamp(record.fields[columns.time] ?? '');
    if (!windowsLogonEventIds.has(eventId) || !stamp) return sink.unrecognized(record.text);
    if (order === undefined && stamp.proves) settle(stamp.proves, sink);
    if (order === undefined && stamp.ambiguous) {
      waiting.push({ record, eventId, stamp });
      if (waiting.length >= mostWaitingRecords) settleByGuess(sink);
      return;
    }
    emitEvent(record, eventId, stamp, sink);
  }

  return {
    push: (text, sink) => reader.push(text, (record) => read(record, sink)),
    finish(sink) {
      reader.finish((record) => read(record, sink));
      if (waiting.length > 0) settleByGuess(sink);
    },
    lines: () => reader.lines(),
  };
}

/** Asking luxon for the offset per record would cost more than reading the record: once per hour. */
function cachedWallClockToUtc(timeZone: string): (wallClock: number) => number {
  const toUtc = wallClockToUtc(timeZone);
  const offsetOfHour = new Map<number, number>();
  return (wallClock) => {
    const hour = Math.floor(wallClock / 3_600_000) * 3_600_000;
    let offset = offsetOfHour.get(hour);
    if (offset === undefined) {
      offset = toUtc(hour) - hour;
      offsetOfHour.set(hour, offset);
    }
    return wallClock + offset;
  };
}

/** "Dates such as "05/11/2026 12:30" could be 5 November or 11 May …", with what to do. */
function guessedOrderNote(written: string, stamp: LocaleStamp, guess: DateOrder): string {
  const dayFirst = dayOf(stamp.wallClock('day-first'));
  const monthFirst = dayOf(stamp.wallClock('month-first'));
  const read =
    guess === 'day-first'
      ? `day first (${dayFirst}), as Windows writes dates with a 24-hour clock outside the US`
      : `month first (${monthFirst}), as US Windows writes dates with AM/PM`;
  return (
    `Dates in this file such as "${written.trim()}" can be read as ${dayFirst} or as ${monthFirst}, ` +
    `and no date in it settles which: they were read ${read}. If the computer that exported ` +
    'the events writes them the other way round, every date is wrong: export the Security log as ' +
    'XML instead (Event Viewer: Save All Events As… → XML), whose times cannot be misread.'
  );
}

function dayOf(wallClock: number): string {
  return new Date(wallClock).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Nothing in the file proves an order: AM/PM is the en-US habit (month first), 24 hours is not. */
function fallbackOrder(waiting: readonly WaitingRecord[]): DateOrder {
  return waiting[0]?.stamp.twelveHour ? 'month-first' : 'day-first';
}
