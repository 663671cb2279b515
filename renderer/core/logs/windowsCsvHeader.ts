// Which columns of a Windows event CSV hold the time, the event id and the message. The names
// are those Event Viewer (en-US) and PowerShell's Export-Csv write; PowerShell's are property
// names and the same in every language.

export type CsvColumns = {
  time: number;
  eventId: number;
  /** Undefined for Event Viewer: its header names one column fewer than its rows have. */
  message: number | undefined;
};

const timeNames = ['timecreated', 'date and time', 'timegenerated'];
const eventIdNames = ['id', 'event id', 'eventid'];

/** The header's names, from a raw first line (names hold no commas; quotes are dropped). */
export function headerFields(line: string): string[] {
  return line
    .replace(/^\uFEFF/, '')
    .split(',')
    .map((name) => name.trim().replace(/^"(.*)"$/, '$1'));
}

export function findCsvColumns(names: readonly string[]): CsvColumns | undefined {
  const lower = names.map((name) => name.toLowerCase());
  const time = lower.findIndex((name) => timeNames.includes(name));
  const eventId = lower.findIndex((name) => eventIdNames.includes(name));
  const message = lower.indexOf('message');
  if (time < 0 || eventId < 0) return undefined;
  // PowerShell always has a Message column; Event Viewer's is the unnamed one after "Task Category".
  if (message < 0 && !lower.includes('task category')) return undefined;
  return { time, eventId, message: message < 0 ? undefined : message };
}
