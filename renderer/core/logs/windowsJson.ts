// Windows Security events exported as JSON: `Get-WinEvent -LogName Security | ConvertTo-Json`
// (fields by position in "Properties", the time as "/Date(ms)/" or ISO) and evtx_dump-style
// exports ({"Event": {"System": …, "EventData": {named fields}}}), as one array, one object per
// line, or objects one after another. The records are found by a string-aware brace scan.
import type { LogFormat, RecordParser, RecordSink } from './logFormat';
import { noLineEvents } from './logFormat';
import { readRfc3339 } from '../time/rfc3339Timestamp';
import { readWindowsEvent, windowsLogonEventIds } from './windowsEvents';
import { propertyNames } from './windowsProperties';
import { createJsonRecordScanner } from './jsonRecords';

export const windowsJsonFormat: LogFormat = {
  id: 'windows-json',
  label: 'Windows Security events, JSON (Get-WinEvent | ConvertTo-Json)',
  carriesOwnTime: true,
  detect(sampleLines) {
    const head = sampleLines.join('\n');
    if (!/^\s*[[{]/.test(head)) return 0;
    if (/"(?:Id|EventID)"\s*:/.test(head) && /"(?:TimeCreated|SystemTime|ProviderName|Provider)"/.test(head))
      return 0.9;
    return 0;
  },
  createParser: () => noLineEvents,
  createRecordParser(): RecordParser {
    const scanner = createJsonRecordScanner();
    const read = (text: string, line: number, sink: RecordSink) => {
      const record = windowsRecordOf(text, line);
      const event = record && windowsLogonEventIds.has(record.eventId) ? readWindowsEvent(record) : undefined;
      if (event) sink.emit(event, text);
      else sink.unrecognized(text);
    };
    return {
      push: (text, sink) => scanner.push(text, (record, line) => read(record, line, sink)),
      finish: (sink) => scanner.finish((record, line) => read(record, line, sink)),
      lines: () => scanner.lines(),
    };
  },
};

type Json = Record<string, unknown>;

function windowsRecordOf(text: string, line: number) {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value)) return undefined;
  const event = isObject(value.Event) ? value.Event : undefined;
  if (event) {
    // evtx_dump: {"Event": {"System": {"EventID": 4625 | {"#text": 4625}, "TimeCreated": {"#attributes": {"SystemTime": …}}}, "EventData": {…}}}
    const system = isObject(event.System) ? event.System : {};
    const idValue = isObject(system.EventID) ? system.EventID['#text'] : system.EventID;
    const created = isObject(system.TimeCreated) ? system.TimeCreated : {};
    const attributes = isObject(created['#attributes']) ? created['#attributes'] : {};
    const data = isObject(event.EventData) ? event.EventData : userDataOf(event.UserData);
    const provider =
      isObject(system.Provider) && isObject(system.Provider['#attributes'])
        ? system.Provider['#attributes'].Name
        : undefined;
    return {
      eventId: Number(idValue),
      time: timeOf(attributes.SystemTime),
      data: new Map(Object.entries(data).map(([name, field]) => [name, textOf(field)])),
      line,
      provider: typeof provider === 'string' ? provider : undefined,
      channel: typeof system.Channel === 'string' ? system.Channel : undefined,
    };
  }
  // Get-WinEvent: {"Id": 4625, "TimeCreated": "/Date(1795251601000)/", "Properties": [{"Value": …}, …]}
  const eventId = Number(value.Id ?? value.EventID);
  const names = propertyNames[eventId] ?? [];
  const properties = Array.isArray(value.Properties) ? value.Properties : [];
  const data = new Map<string, string>();
  properties.forEach((property, index) => {
    const name = names[index];
    if (name !== undefined) data.set(name, textOf(isObject(property) ? property.Value : property));
  });
  return {
    eventId,
    time: timeOf(value.TimeCreated),
    data,
    line,
    provider: typeof value.ProviderName === 'string' ? value.ProviderName : undefined,
    channel: typeof value.LogName === 'string' ? value.LogName : undefined,
  };
}

/** evtx_dump's UserData ({"LogFileCleared": {"SubjectUserName": …}}): the fields of its one child. */
function userDataOf(value: unknown): Json {
  if (!isObject(value)) return {};
  const child = Object.values(value).find(isObject);
  return child === undefined
    ? {}
    : Object.fromEntries(Object.entries(child).filter(([name]) => name !== '#attributes'));
}

function timeOf(value: unknown): number {
  if (typeof value !== 'string') return NaN;
  const epoch = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/.exec(value);
  if (epoch) return Number(epoch[1]);
  return readRfc3339(value, 0, value.length);
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isObject(value) && '#text' in value) return textOf(value['#text']);
  return '';
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
