// Windows Security events exported as XML: Event Viewer's "Save All Events As… → XML"
// (<Events><Event>…</Event>…</Events>) and `wevtutil qe Security /f:xml` (the <Event> elements
// one after another, often all on one line). Records, not lines: read with the record parser.
// No XML library: the export's shape is fixed, and a tolerant scan copes with a cut-off file.
import type { LogFormat, RecordParser, RecordSink } from './logFormat';
import { noLineEvents } from './logFormat';
import { readRfc3339 } from '../time/rfc3339Timestamp';
import { readWindowsEvent, windowsLogonEventIds } from './windowsEvents';
import { createOpenSshChannel } from './windowsOpenSsh';

const eventNamespace = 'http://schemas.microsoft.com/win/2004/08/events/event';

export const windowsXmlFormat: LogFormat = {
  id: 'windows-xml',
  label: 'Windows Security events, XML (Event Viewer, wevtutil)',
  carriesOwnTime: true,
  detect(sampleLines) {
    const head = sampleLines.slice(0, 20).join('\n');
    if (head.includes(eventNamespace) && head.includes('<Event')) return 0.95;
    return head.includes('<Events>') ? 0.6 : 0;
  },
  createParser: () => noLineEvents,
  createRecordParser: createWindowsXmlParser,
};

const eventIdPattern = /<EventID(?:\s[^>]*)?>\s*(\d+)\s*<\/EventID>/;
const systemTimePattern = /<TimeCreated\s+SystemTime=["']([^"']+)["']/;
const dataPattern = /<Data\s+Name=["']([^"']+)["']\s*(?:\/>|>([^<]*)<\/Data>)/g;
const providerPattern = /<Provider\s+Name=["']([^"']+)["']/;
// The first <Channel> is System's; 104's UserData names the cleared log in a <Channel> of its own.
const channelPattern = /<Channel>([^<]*)<\/Channel>/;
const userDataPattern = /<UserData>([\s\S]*?)<\/UserData>/;
const userDataFieldPattern = /<(\w+)>([^<]*)<\/\1>/g;

function createWindowsXmlParser(): RecordParser {
  let buffer = '';
  let bufferLine = 1; // line number where `buffer` starts
  let lineBreaks = 0;
  let endsWithBreak = true;

  const openSsh = createOpenSshChannel();

  function read(record: string, line: number, sink: RecordSink): void {
    const eventId = Number(eventIdPattern.exec(record)?.[1]);
    const stamp = systemTimePattern.exec(record)?.[1];
    const time = stamp === undefined ? NaN : readRfc3339(stamp, 0, stamp.length);
    const provider = providerPattern.exec(record)?.[1];
    if (provider === 'OpenSSH') {
      const data = new Map<string, string>();
      for (const match of record.matchAll(dataPattern)) data.set(match[1]!, decodeXml(match[2] ?? ''));
      const read = openSsh.read({ eventId, time, data, line, provider }, (event) => sink.emit(event, record));
      if (!read) sink.unrecognized(record);
      return;
    }
    if (!windowsLogonEventIds.has(eventId) || Number.isNaN(time)) return sink.unrecognized(record);
    const data = new Map<string, string>();
    for (const match of record.matchAll(dataPattern)) data.set(match[1]!, decodeXml(match[2] ?? ''));
    // 1102 and 104 keep their fields in UserData/LogFileCleared, as plain child elements.
    const userData = userDataPattern.exec(record)?.[1];
    if (userData !== undefined) {
      for (const match of userData.matchAll(userDataFieldPattern))
        if (!data.has(match[1]!)) data.set(match[1]!, decodeXml(match[2]!));
    }
    const channel = channelPattern.exec(record)?.[1];
    const event = readWindowsEvent({
      eventId,
      time,
      data,
      line,
      provider,
      channel: channel && decodeXml(channel),
    });
    if (event) sink.emit(event, record);
    else sink.unrecognized(record);
  }

  return {
    push(text, sink) {
      lineBreaks += countBreaks(text, 0, text.length);
      if (text.length > 0) endsWithBreak = text.endsWith('\n');
      buffer += text;
      let at = 0;
      for (;;) {
        const start = eventStart(buffer, at);
        if (start < 0) {
          // Keep a tail that might be the beginning of "<Event".
          const keep = Math.max(at, buffer.length - 6);
          bufferLine += countBreaks(buffer, 0, keep);
          buffer = buffer.slice(keep);
          return;
        }
        const end = buffer.indexOf('</Event>', start);
        if (end < 0) {
          bufferLine += countBreaks(buffer, 0, start);
          buffer = buffer.slice(start);
          return;
        }
        const line = bufferLine + countBreaks(buffer, 0, start);
        read(buffer.slice(start, end + 8), line, sink);
        at = end + 8;
      }
    },
    finish(sink) {
      const start = eventStart(buffer, 0);
      if (start >= 0) sink.unrecognized(buffer.slice(start)); // an export cut off mid-event
      buffer = '';
      openSsh.finish((event) => sink.emit(event));
    },
    lines: () => lineBreaks + (endsWithBreak ? 0 : 1),
  };
}

/** Index of the next "<Event " or "<Event>" (not "<Events>", not "<EventData>"), or -1. */
function eventStart(text: string, from: number): number {
  for (let at = text.indexOf('<Event', from); at >= 0; at = text.indexOf('<Event', at + 6)) {
    const next = text.charCodeAt(at + 6);
    if (next === 32 || next === 62 /* > */ || next === 10 || next === 13 || next === 9) return at;
  }
  return -1;
}

function countBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

const entities: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text to plain text: a user name "&lt;script&gt;" is the text "<script>", and stays text. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}
